/// Reads and converts inputs on worker threads and hands the results back to the calling thread in input order.
///
/// At most `window` inputs are in flight (queued, being worked on, or done and waiting for their turn), so memory
/// is bounded by the window, not by the corpus. The caller's thread walks the inputs, fills the window and sleeps
/// until half of it is done in order, then emits that half and refills: one wake-up per `window / 2` documents.
final class OrderedPipeline<Result: Sendable>: @unchecked Sendable {
  private enum Slot {
    case empty
    case queued(BatchInput)
    case taken
    case done(BatchEvent<Result>)
  }

  private let monitor = Monitor()
  private let work: @Sendable (String, [UInt8]) -> Result
  private let maxBytes: Int
  private let window: Int
  // Guarded by `monitor`.
  private var slots: [Slot]
  private var submitted = 0
  private var taken = 0
  private var readyEnd = 0
  private var wakeTarget = Int.max
  private var closed = false
  private var cancelled = false

  init(window: Int, maxBytes: Int, work: @escaping @Sendable (String, [UInt8]) -> Result) {
    self.window = max(window, 2)
    self.maxBytes = maxBytes
    self.work = work
    self.slots = Array(repeating: .empty, count: self.window)
  }

  /// Runs the batch with `jobs` worker threads; `emit` is called on this thread, in input order.
  func run(
    _ inputs: InputEnumerator, jobs: Int, emit: (BatchEvent<Result>) throws -> Void
  ) throws {
    let workers = (0..<jobs).map { _ in WorkerThread { self.workerLoop() } }
    defer {
      monitor.locked {
        cancelled = true
        monitor.broadcastWork()
      }
      for worker in workers { worker.join() }
    }
    var emitted = 0
    var exhausted = false
    while !exhausted || emitted < submitted {
      var items: [InputItem] = []
      while !exhausted && items.count < window - (submitted - emitted) {
        if let item = try inputs.next() { items.append(item) } else { exhausted = true }
      }
      let events = monitor.locked { exchange(items, closing: exhausted, emitted: emitted) }
      for event in events { try emit(event) }
      emitted += events.count
    }
  }

  // MARK: - Caller side

  /// Queues new items, then waits until half a window (or all that is left) is done in order and takes it.
  private func exchange(_ items: [InputItem], closing: Bool, emitted: Int) -> [BatchEvent<Result>] {
    for item in items {
      switch item {
      case .input(let input): slots[submitted % window] = .queued(input)
      case .failure(let path, let diagnostic): slots[submitted % window] = .done(.inputFailure(path: path, diagnostic))
      }
      submitted += 1
    }
    advanceReady()
    if closing { closed = true }
    if !items.isEmpty || closing { monitor.broadcastWork() }
    wakeTarget = min(submitted, emitted + max(1, window / 2))
    while readyEnd < wakeTarget { monitor.waitForResults() }
    wakeTarget = Int.max
    var events: [BatchEvent<Result>] = []
    events.reserveCapacity(readyEnd - emitted)
    for index in emitted..<readyEnd {
      guard case .done(let event) = slots[index % window] else { preconditionFailure("slot not done") }
      slots[index % window] = .empty
      events.append(event)
    }
    return events
  }

  private func advanceReady() {
    while readyEnd < submitted, case .done = slots[readyEnd % window] { readyEnd += 1 }
  }

  // MARK: - Worker side

  private func workerLoop() {
    monitor.lock()
    while true {
      while taken == submitted && !closed && !cancelled { monitor.waitForWork() }
      if cancelled || taken == submitted { break }
      let index = taken
      taken += 1
      guard case .queued(let input) = slots[index % window] else {
        advanceReady()
        continue
      }
      slots[index % window] = .taken
      monitor.unlock()
      let event = BatchPipeline.process(input, maxBytes: maxBytes, work: work)
      monitor.lock()
      slots[index % window] = .done(event)
      advanceReady()
      if readyEnd >= wakeTarget { monitor.signalResults() }
    }
    monitor.unlock()
  }
}
