/// Finds where a text first occurs in a document's bytes, as a line and byte column like cmark's (after a leading
/// byte-order mark, which the converter drops), and tells byte columns as UTF-16 columns.
struct TextLocator {
  private let bytes: [UInt8]
  private let lines: LineIndex

  init(_ source: [UInt8]) {
    bytes = source.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(source.dropFirst(3)) : source
    lines = LineIndex(bytes)
  }

  /// The first occurrence of `text` not inside a longer word (no ASCII letter or digit on either side).
  func firstWord(_ text: String) -> SourceLocation? {
    find(Array(text.utf8)) { start, end in
      !(start > 0 && Self.isWordByte(bytes[start - 1])) && !(end < bytes.count && Self.isWordByte(bytes[end]))
    }
  }

  /// The first occurrence of `text`.
  func first(_ text: String) -> SourceLocation? {
    find(Array(text.utf8)) { _, _ in true }
  }

  /// The 1-based column of a location counted in UTF-16 code units (SARIF's default) instead of bytes.
  func utf16Column(of location: SourceLocation) -> Int {
    let start = lines.offset(line: location.line)
    let end = lines.offset(line: location.line, column: location.column)
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self).utf16.count + 1
  }

  private func find(_ needle: [UInt8], where accept: (Int, Int) -> Bool) -> SourceLocation? {
    guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
    var start = 0
    while start + needle.count <= bytes.count {
      guard let first = bytes[start...].firstIndex(of: needle[0]), first + needle.count <= bytes.count else {
        return nil
      }
      let end = first + needle.count
      if bytes[first..<end].elementsEqual(needle), accept(first, end) { return lines.location(ofOffset: first) }
      start = first + 1
    }
    return nil
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }
}
