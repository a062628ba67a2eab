#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered writes to a file descriptor: bytes are gathered into large writes (`flushThreshold`) instead of one
/// `write` call a record.
struct OutputSink {
  /// Gathered bytes are written once there are this many.
  static let flushThreshold = 128 * 1024

  private let descriptor: Int32
  private var buffer: [UInt8] = []

  /// A sink writing to `descriptor`.
  init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.flushThreshold + 64 * 1024)
  }

  /// Adds bytes, writing out when the buffer is full.
  mutating func write(_ bytes: [UInt8]) throws(OutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Writes out what is gathered.
  mutating func flush() throws(OutputError) {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard !buffer.isEmpty, !StandardStreams.writeAll(buffer, to: descriptor) else { return }
    if errno == EPIPE { throw .readerGone }
    throw .failed("cannot write the output: \(String(cString: strerror(errno)))")
  }
}
