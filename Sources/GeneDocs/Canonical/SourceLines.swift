/// The lines of a decoded document as byte ranges without their line ends, and how its lines end.
///
/// Line ends are LF, CRLF or a lone CR, as in cmark (``LineIndex``). A final line end does not start another line.
/// A byte-order mark at the start (a second one: the decoder has dropped the first) is not part of line 1, as cmark
/// skips it too.
struct SourceLines {
  /// How the document's lines end.
  enum LineEnds: Equatable {
    /// Every line end is LF (or there is none).
    case lf
    /// Every line end is CRLF.
    case crlf
    /// Lone CRs, or a mix of kinds.
    case mixed
  }

  let bytes: [UInt8]
  private let index: LineIndex
  /// The number of lines (a final line end starts none).
  let count: Int
  /// How the lines end.
  let lineEnds: LineEnds
  /// Whether the last line ends with a line end.
  let endsWithLineEnd: Bool
  /// Where line 1 starts: after a byte-order mark.
  private let firstLineStart: Int

  init(_ bytes: [UInt8], index: LineIndex) {
    self.bytes = bytes
    self.index = index
    let starts = index.lineStarts
    endsWithLineEnd = starts.count > 1 && starts[starts.count - 1] == bytes.count
    count = endsWithLineEnd ? starts.count - 1 : (bytes.isEmpty ? 0 : starts.count)
    lineEnds = Self.lineEnds(bytes)
    firstLineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// The bytes of a 1-based line, without its line end.
  func content(_ line: Int) -> ArraySlice<UInt8> {
    guard line >= 1, line <= count else { return [] }
    let start = line == 1 ? min(firstLineStart, bytes.count) : index.lineStarts[line - 1]
    var end = line < index.lineStarts.count ? index.lineStarts[line] : bytes.count
    end = max(end, start)
    if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return bytes[start..<end]
  }

  /// Whether a line holds nothing but spaces and tabs.
  func isBlank(_ line: Int) -> Bool {
    content(line).allSatisfy(Self.isSpaceOrTab)
  }

  /// The line holding a byte offset.
  func line(ofOffset offset: Int) -> Int {
    index.location(ofOffset: offset).line
  }

  /// A space or a tab: the white space that trailing white space is made of.
  static func isSpaceOrTab(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  private static func lineEnds(_ bytes: [UInt8]) -> LineEnds {
    bytes.withUnsafeBufferPointer { buffer in
      // No CR (the usual case, found with `memchr`): LF only.
      guard ByteClass.firstIndex(of: UInt8(ascii: "\r"), in: buffer, from: 0) < buffer.count else { return .lf }
      var crlf = 0
      var other = 0
      var position = 0
      while position < buffer.count {
        if buffer[position] == UInt8(ascii: "\r") {
          if position + 1 < buffer.count, buffer[position + 1] == UInt8(ascii: "\n") {
            crlf += 1
            position += 1
          } else {
            other += 1
          }
        } else if buffer[position] == UInt8(ascii: "\n") {
          other += 1
        }
        position += 1
      }
      return crlf > 0 && other == 0 ? .crlf : .mixed
    }
  }
}
