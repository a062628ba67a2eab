/// Counts a batch's inputs on a thread of its own, walking them as ``forEachInput(operands:filesFrom:walk:jobs:work:emit:maxBytes:)``
/// will (files are not read), so that a progress display can show a total and a time left while the batch runs.
///
/// The count is the number of events the batch delivers: every input, and every failure in its place. A list read
/// from standard input cannot be read twice, so it is never counted (``total`` stays nil); neither is a list that
/// cannot be read. Dropping the value stops the count.
package final class InputCount: Sendable {
  private final class State: @unchecked Sendable {
    let monitor = Monitor()
    // Guarded by `monitor`.
    var total: Int?
    var cancelled = false

    var isCancelled: Bool { monitor.locked { cancelled } }
  }

  private let state = State()
  private let thread: WorkerThread?

  /// Starts counting.
  package init(operands: [String], filesFrom: String?, walk: WalkOptions = WalkOptions()) {
    guard filesFrom != "-" else {
      thread = nil
      return
    }
    let state = state
    thread = WorkerThread {
      guard let inputs = try? InputEnumerator(operands: operands, filesFrom: filesFrom, walk: walk) else { return }
      var count = 0
      do {
        while try inputs.next() != nil {
          count += 1
          if count & 255 == 0 && state.isCancelled { return }
        }
      } catch {
        return
      }
      state.monitor.locked { state.total = count }
    }
  }

  deinit {
    state.monitor.locked { state.cancelled = true }
    thread?.join()
  }

  /// The number of inputs, once the count is done; nil until then (or for ever, when it cannot be counted).
  package var total: Int? { state.monitor.locked { state.total } }
}
