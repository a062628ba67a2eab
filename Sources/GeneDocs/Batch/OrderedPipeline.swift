/// Reads and converts inputs on `jobs` threads (the calling thread and `jobs - 1` workers) and hands the results to
/// `emit` on the calling thread in input order.
///
/// At most `window` inputs are in flight (queued, being worked on, or done and waiting for their turn), so memory
/// is bounded by the window, not by the corpus. The calling thread walks the inputs to keep the window full, emits
/// every result that is ready in order, and otherwise works on the next queued input itself; it sleeps only when
/// every queued input is taken and the next result in order is not ready.
///
/// The calling thread used to only walk, emit and sleep, beside `jobs` workers: with `--jobs 2` on two cores that
/// was three threads on two processors and about 6,000 sleeps and wake-ups for 50,000 documents (futex and
/// scheduler work were 5% of a profile).
final class OrderedPipeline<Result: Sendable>: @unchecked Sendable {
  private enum Slot {
    case empty
    case queued(BatchInput)
    case taken
    case done(BatchEvent<Result>)
  }

  /// What the calling thread does next.
  private enum Step {
    case emit([BatchEvent<Result>])
    case process(index: Int, BatchInput)
    case finish
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

  /// Runs the batch on this thread and `jobs - 1` worker threads; `emit` is called on this thread, in input order.
  func run(
    _ inputs: InputEnumerator, jobs: Int, emit: (BatchEvent<Result>) throws -> Void
  ) throws {
    let workers = (0..<max(jobs - 1, 1)).map { _ in WorkerThread { self.workerLoop() } }
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
      var items: [InputItem] = []
      while !exhausted && items.count < window - (submitted - emitted) {
        if let item = try inputs.next() { items.append(item) } else { exhausted = true }
      }
      switch monitor.locked({ nextStep(queueing: items, closing: exhausted, emitted: emitted) }) {
      case .emit(let events):
        for event in events { try emit(event) }
        emitted += events.count
      case .process(let index, let input):
        let event = BatchPipeline.process(input, maxBytes: maxBytes, work: work)
        monitor.locked {
          slots[index % window] = .done(event)
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
  private func nextStep(queueing items: [InputItem], closing: Bool, emitted: Int) -> Step {
    for item in items {
      switch item {
      case .input(let input): slots[submitted % window] = .queued(input)
      case .failure(let path, let diagnostic): slots[submitted % window] = .done(.inputFailure(path: path, diagnostic))
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
    var events: [BatchEvent<Result>] = []
    events.reserveCapacity(readyEnd - emitted)
    for index in emitted..<readyEnd {
      guard case .done(let event) = slots[index % window] else { preconditionFailure("slot not done") }
      slots[index % window] = .empty
      events.append(event)
    }
    return .emit(events)
  }

  /// The next queued input and its index, marked taken; nil when none is left. Call holding the mutex.
  private func takeQueued() -> (Int, BatchInput)? {
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
      let event = BatchPipeline.process(input, maxBytes: maxBytes, work: work)
      monitor.lock()
      slots[index % window] = .done(event)
      advanceReady()
      if readyEnd >= wakeTarget { monitor.signalResults() }
    }
    monitor.unlock()
  }
}
