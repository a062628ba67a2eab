/// Works on inputs on `jobs` threads (the calling thread and `jobs - 1` workers) and hands the results to `emit` on
/// the calling thread in input order: the documents of a batch (``BatchPipeline``), the records `render` renders.
///
/// At most `window` inputs are in flight (queued, being worked on, or done and waiting for their turn), so memory
/// is bounded by the window, not by the corpus. The calling thread walks the inputs to keep the window full, emits
/// every result that is ready in order, and otherwise works on the next queued input itself; it sleeps only when
/// every queued input is taken and the next result in order is not ready.
///
/// The calling thread used to only walk, emit and sleep, beside `jobs` workers: with `--jobs 2` on two cores that
/// was three threads on two processors and about 6,000 sleeps and wake-ups for 50,000 documents (futex and
/// scheduler work were 5% of a profile).
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  /// What the caller feeds in: an input to work on, or a result already known (a file that could not be read).
  enum Feed {
    case input(Input)
    case output(Output)
  }

  private enum Slot {
    case empty
    case queued(Input)
    case taken
    case done(Output)
  }

  /// What the calling thread does next.
  private enum Step {
    case emit([Output])
    case process(index: Int, Input)
    case finish
  }

  private let monitor = Monitor()
  private let work: @Sendable (Input) -> Output
  private let window: Int
  // Guarded by `monitor`.
  private var slots: [Slot]
  private var submitted = 0
  private var taken = 0
  private var readyEnd = 0
  private var wakeTarget = Int.max
  private var closed = false
  private var cancelled = false

  init(window: Int, work: @escaping @Sendable (Input) -> Output) {
    self.window = max(window, 2)
    self.work = work
    self.slots = Array(repeating: .empty, count: self.window)
  }

  /// Runs on this thread and `jobs - 1` worker threads until `next` gives nil; `emit` is called on this thread, in
  /// input order. What `next` or `emit` throws stops the run (after the inputs in flight) and is rethrown.
  func run(jobs: Int, next: () throws -> Feed?, emit: (Output) throws -> Void) throws {
    // A worker the system refuses is one fewer: the calling thread works on whatever no worker takes.
    let workers = (0..<max(jobs - 1, 1)).compactMap { _ in WorkerThread { self.workerLoop() } }
    defer {
      monitor.locked {
        cancelled = true
        monitor.broadcastWork()
      }
      for worker in workers { worker.join() }
    }
    var emitted = 0
    var exhausted = false
    while true {
      var items: [Feed] = []
      while !exhausted && items.count < window - (submitted - emitted) {
        if let item = try next() { items.append(item) } else { exhausted = true }
      }
      switch monitor.locked({ nextStep(queueing: items, closing: exhausted, emitted: emitted) }) {
      case .emit(let events):
        for event in events { try emit(event) }
        emitted += events.count
      case .process(let index, let input):
        let output = work(input)
        monitor.locked {
          slots[index % window] = .done(output)
          advanceReady()
        }
      case .finish:
        return
      }
    }
  }

  // MARK: - Caller side

  /// Queues new items, then: the results ready in order, else the next queued input to work on, else (waiting for
  /// the workers) the next results in order; `.finish` when everything is emitted.
  private func nextStep(queueing items: [Feed], closing: Bool, emitted: Int) -> Step {
    for item in items {
      switch item {
      case .input(let input): slots[submitted % window] = .queued(input)
      case .output(let output): slots[submitted % window] = .done(output)
      }
      submitted += 1
    }
    if closing { closed = true }
    if !items.isEmpty || closing { monitor.broadcastWork() }
    advanceReady()
    if readyEnd == emitted {
      if closed && emitted == submitted { return .finish }
      if let (index, input) = takeQueued() { return .process(index: index, input) }
      wakeTarget = emitted + 1
      while readyEnd == emitted { monitor.waitForResults() }
      wakeTarget = Int.max
    }
    var outputs: [Output] = []
    outputs.reserveCapacity(readyEnd - emitted)
    for index in emitted..<readyEnd {
      guard case .done(let output) = slots[index % window] else { preconditionFailure("slot not done") }
      slots[index % window] = .empty
      outputs.append(output)
    }
    return .emit(outputs)
  }

  /// The next queued input and its index, marked taken; nil when none is left. Call holding the mutex.
  private func takeQueued() -> (Int, Input)? {
    while taken < submitted {
      let index = taken
      taken += 1
      if case .queued(let input) = slots[index % window] {
        slots[index % window] = .taken
        return (index, input)
      }
    }
    return nil
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
      guard let (index, input) = takeQueued() else { continue }
      monitor.unlock()
      let output = work(input)
      monitor.lock()
      slots[index % window] = .done(output)
      advanceReady()
      if readyEnd >= wakeTarget { monitor.signalResults() }
    }
    monitor.unlock()
  }
}
