/// A heading's inline Markdown source as the document wrote it, and how it was written: what `fix` keeps of a
/// title, another section's heading or a sub-heading when it rewrites the line as ATX.
struct HeadingSource {
  /// The inline source: for ATX, the text between the opening and the closing `#`s, trimmed; for setext, the
  /// content lines trimmed and joined by one space.
  let content: [UInt8]
  /// Whether the heading was written setext-style (an underline of `=` or `-`).
  let isSetext: Bool
  /// Whether an ATX heading had a closing sequence of `#`s.
  let hadClosingHashes: Bool
  /// Whether a setext heading's content ran over more than one line.
  let isMultiline: Bool

  /// Reads the heading block's source lines; nil when they do not look like a heading (which cmark would not give).
  init?(_ block: MarkdownBlock, lines: SourceLines) {
    let first = block.start.line
    if block.endLine > first {
      var joined: [UInt8] = []
      for line in first..<block.endLine {
        let trimmed = Self.trimmed(lines.content(line))
        if !joined.isEmpty && !trimmed.isEmpty { joined.append(UInt8(ascii: " ")) }
        joined += trimmed
      }
      content = joined
      isSetext = true
      hadClosingHashes = false
      isMultiline = block.endLine - first > 1
      return
    }
    guard let (content, closed) = Self.atx(lines.content(first)) else { return nil }
    self.content = Array(content)
    isSetext = false
    hadClosingHashes = closed
    isMultiline = false
  }

  /// The ATX line of `level` with this content, ready to write: `## content`, with a `\` before a run of `#`s at
  /// the end that would otherwise read as a closing sequence.
  func atxLine(level: Int) -> [UInt8] {
    Self.atxLine(level: level, content: content)
  }

  /// `#`×level, a space and the content; `\` before a final run of `#`s that would read as a closing sequence.
  static func atxLine(level: Int, content: [UInt8]) -> [UInt8] {
    var line = [UInt8](repeating: UInt8(ascii: "#"), count: level)
    guard !content.isEmpty else { return line }
    line.append(UInt8(ascii: " "))
    var hashes = content.count
    while hashes > 0, content[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
    let closes = hashes < content.count && (hashes == 0 || SourceLines.isSpaceOrTab(content[hashes - 1]))
    if closes {
      line += content[..<hashes]
      line.append(UInt8(ascii: "\\"))
      line += content[hashes...]
    } else {
      line += content
    }
    return line
  }

  // MARK: - ATX

  /// The content of an ATX heading line (up to three spaces, one to six `#`s, then a space, a tab or the end) and
  /// whether it had a closing sequence (`#`s preceded by a space or a tab, or nothing but `#`s).
  static func atx(_ line: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, Bool)? {
    var index = line.startIndex
    var indent = 0
    while index < line.endIndex, line[index] == UInt8(ascii: " "), indent < 3 {
      index += 1
      indent += 1
    }
    let hashesStart = index
    while index < line.endIndex, line[index] == UInt8(ascii: "#") { index += 1 }
    let level = index - hashesStart
    guard level >= 1, level <= 6, index == line.endIndex || SourceLines.isSpaceOrTab(line[index]) else { return nil }
    var content = trimmed(line[index...])
    var end = content.endIndex
    while end > content.startIndex, content[end - 1] == UInt8(ascii: "#") { end -= 1 }
    guard end < content.endIndex, end == content.startIndex || SourceLines.isSpaceOrTab(content[end - 1]) else {
      return (content, false)
    }
    content = trimmed(content[..<end])
    return (content, true)
  }

  /// A slice without leading and trailing spaces and tabs.
  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper, SourceLines.isSpaceOrTab(bytes[lower]) { lower += 1 }
    while upper > lower, SourceLines.isSpaceOrTab(bytes[upper - 1]) { upper -= 1 }
    return bytes[lower..<upper]
  }
}
