/// Diagnostics on standard error, gathered into large writes when nobody watches (standard error is not a
/// terminal and there is no progress line) and written at once otherwise.
struct ErrorStream {
  private let buffered: Bool
  private var buffer: [UInt8] = []

  /// Creates a stream; `buffered` gathers text until ``flush()`` or a full buffer.
  init(buffered: Bool) {
    self.buffered = buffered
  }

  /// Writes text.
  mutating func write(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    if !buffered {
      _ = StandardStreams.writeAll(bytes, to: 2)
      return
    }
    buffer += bytes
    if buffer.count >= 64 * 1024 { flush() }
  }

  /// Writes out what is gathered.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    _ = StandardStreams.writeAll(buffer, to: 2)
    buffer.removeAll(keepingCapacity: true)
  }
}
