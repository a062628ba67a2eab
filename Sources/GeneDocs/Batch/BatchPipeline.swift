/// Runs a batch: walks the inputs, reads each one, and calls `work` on it, with results in input order.
enum BatchPipeline {
  /// In-flight documents per job: enough to keep every worker busy while the caller sleeps between batches.
  static let windowPerJob = 16

  /// Runs the batch; see ``forEachInput(operands:filesFrom:walk:jobs:work:emit:maxBytes:)``.
  static func run<Result: Sendable>(
    operands: [String], filesFrom: String?, walk: WalkOptions, jobs: Int,
    work: @escaping @Sendable (_ path: String, _ bytes: [UInt8]) -> Result,
    emit: (BatchEvent<Result>) throws -> Void, maxBytes: Int
  ) throws {
    let inputs = try InputEnumerator(operands: operands, filesFrom: filesFrom, walk: walk)
    guard jobs > 1, try inputs.hasAtLeast(2) else {
      while let item = try inputs.next() {
        switch item {
        case .input(let input): try emit(process(input, maxBytes: maxBytes, work: work))
        case .failure(let path, let diagnostic): try emit(.inputFailure(path: path, diagnostic))
        }
      }
      return
    }
    let pipeline = OrderedPipeline<BatchInput, BatchEvent<Result>>(window: jobs * windowPerJob) { input in
      process(input, maxBytes: maxBytes, work: work)
    }
    try pipeline.run(
      jobs: jobs,
      next: {
        switch try inputs.next() {
        case .input(let input): return .input(input)
        case .failure(let path, let diagnostic): return .output(.inputFailure(path: path, diagnostic))
        case nil: return nil
        }
      }, emit: emit)
  }

  /// Reads one input (at most `maxBytes + 1` bytes) and works on it.
  static func process<Result: Sendable>(
    _ input: BatchInput, maxBytes: Int, work: (String, [UInt8]) -> Result
  ) -> BatchEvent<Result> {
    switch InputReader.read(input, limit: maxBytes) {
    case .failure(let failure): return .inputFailure(path: input.path, InputFailure.diagnostic(failure.message))
    case .success(let bytes): return .result(path: input.path, work(input.path, bytes))
    }
  }
}

/// Converts (or checks) a batch of inputs: files, directories (their `*.md` and `*.markdown` files, recursively, in
/// byte order of full paths, less what `walk` leaves out), `-` for standard input, then the paths listed one a line
/// in `filesFrom` (a file, or `-` for standard input).
///
/// Each input is read (at most `maxBytes + 1` bytes, so an oversized one is known as such) and handed to `work`,
/// on `jobs` threads, the calling thread and `jobs - 1` workers (`jobs <= 1`, or a single input: all on the calling
/// thread). `emit` is called on the calling thread
/// with one event per input, in input order whatever `jobs` is: `.result` with what `work` returned, or
/// `.inputFailure` with a GD303 diagnostic for an input that could not be read or walked; the batch goes on.
/// Memory is bounded by a window of `16 × jobs` in-flight documents: the walk itself is streamed.
///
/// Throws ``InputListError`` when the `filesFrom` list cannot be opened or read, and rethrows what `emit` throws
/// (the batch then stops after the documents in flight).
public func forEachInput<Result: Sendable>(
  operands: [String], filesFrom: String?, walk: WalkOptions = WalkOptions(), jobs: Int,
  work: @escaping @Sendable (_ path: String, _ bytes: [UInt8]) -> Result,
  emit: (BatchEvent<Result>) throws -> Void, maxBytes: Int
) throws {
  try BatchPipeline.run(
    operands: operands, filesFrom: filesFrom, walk: walk, jobs: jobs, work: work, emit: emit, maxBytes: maxBytes)
}
