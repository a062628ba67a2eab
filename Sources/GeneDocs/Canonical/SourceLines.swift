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
  /// Each line's content as a byte range (index 0 is line 1), and whether it is blank: worked out once, since
  /// the builder asks about each line several times.
  private let ranges: [Range<Int>]
  private let blanks: [Bool]

  init(_ bytes: [UInt8], index: LineIndex) {
    self.bytes = bytes
    self.index = index
    let starts = index.lineStarts
    let endsWithLineEnd = starts.count > 1 && starts[starts.count - 1] == bytes.count
    let lineCount = endsWithLineEnd ? starts.count - 1 : (bytes.isEmpty ? 0 : starts.count)
    self.endsWithLineEnd = endsWithLineEnd
    count = lineCount
    lineEnds = Self.lineEnds(bytes)
    var ranges: [Range<Int>] = []
    var blanks: [Bool] = []
    ranges.reserveCapacity(lineCount)
    blanks.reserveCapacity(lineCount)
    bytes.withUnsafeBufferPointer { buffer in
      for line in 0..<lineCount {
        // A byte-order mark at the start (a second one) is not part of line 1.
        var start = starts[line]
        if line == 0, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
        var end = max(line + 1 < starts.count ? starts[line + 1] : buffer.count, start)
        if end > start, buffer[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var position = start
        while position < end, buffer[position] == 0x20 || buffer[position] == 0x09 { position += 1 }
        ranges.append(start..<end)
        blanks.append(position == end)
      }
    }
    self.ranges = ranges
    self.blanks = blanks
  }

  /// The bytes of a 1-based line, without its line end.
  func content(_ line: Int) -> ArraySlice<UInt8> {
    guard line >= 1, line <= count else { return [] }
    return bytes[ranges[line - 1]]
  }

  /// Whether a line holds nothing but spaces and tabs.
  func isBlank(_ line: Int) -> Bool {
    guard line >= 1, line <= count else { return true }
    return blanks[line - 1]
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
