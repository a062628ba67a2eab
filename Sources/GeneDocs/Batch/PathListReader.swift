#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a list of paths, one a line, from a file or standard input, a chunk at a time (never the whole list).
/// Empty lines are skipped and a line's trailing CR is dropped, so CRLF lists work.
final class PathListReader {
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  /// Opens a list: a file path, or `-` for standard input.
  init(path: String) throws(InputListError) {
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
      return
    }
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw InputListError(message: "cannot read '\(path)': \(SystemError.current)") }
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The next non-empty line, or nil at the end of the list.
  func next() throws(InputListError) -> String? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = line(buffer[start..<newline])
        start = newline + 1
        if !line.isEmpty { return line }
        continue
      }
      if atEnd {
        let rest = line(buffer[start...])
        start = buffer.count
        return rest.isEmpty ? nil : rest
      }
      try fill()
    }
  }

  private func line(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes, as: UTF8.self)
  }

  private func fill() throws(InputListError) {
    buffer.removeFirst(start)
    start = 0
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var count: Int
    repeat {
      count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    } while count < 0 && errno == EINTR
    guard count >= 0 else { throw InputListError(message: "cannot read the list of paths: \(SystemError.current)") }
    if count == 0 { atEnd = true }
    buffer += chunk.prefix(count)
  }
}
