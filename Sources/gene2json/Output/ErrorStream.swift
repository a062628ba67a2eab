/// Diagnostics on standard error, gathered into large writes when standard error is not a terminal and written at
/// once when it is (a person is watching), with the progress line erased before them.
struct ErrorStream {
  private let buffered: Bool
  private var buffer: [UInt8] = []

  /// Creates a stream; `buffered` gathers text until ``flush()`` or a full buffer.
  init(buffered: Bool) {
    self.buffered = buffered
  }

  /// Writes text, erasing the progress line first when it shows.
  mutating func write(_ bytes: [UInt8], progress: inout ProgressLine) {
    guard !bytes.isEmpty else { return }
    if !buffered {
      progress.clear()
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
