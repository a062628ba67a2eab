/// A parsed Markdown document: its top-level blocks and the bytes they were parsed from.
package struct MarkdownDocument: Sendable {
  /// The top-level blocks, in document order.
  package let blocks: [MarkdownBlock]
  /// The UTF-8 bytes that were parsed (after decoding repairs), for slicing original Markdown source.
  package let source: [UInt8]
  /// The lines of `source`.
  package let lines: LineIndex

  /// Creates a document from blocks and the source they came from.
  package init(blocks: [MarkdownBlock], source: [UInt8]) {
    self.init(blocks: blocks, source: source, lines: LineIndex(source))
  }

  /// Creates a document whose source lines are already indexed.
  init(blocks: [MarkdownBlock], source: [UInt8], lines: LineIndex) {
    self.blocks = blocks
    self.source = source
    self.lines = lines
  }

  /// The byte offset of a location, clamped to the source.
  package func offset(of location: SourceLocation) -> Int {
    lines.offset(line: location.line, column: location.column)
  }

  /// The source between two byte offsets with surrounding white space trimmed, as a string.
  package func trimmedSource(from start: Int, to end: Int) -> String {
    var lower = max(0, min(start, source.count))
    var upper = max(lower, min(end, source.count))
    while lower < upper, ByteClass.isWhitespace(source[lower]) { lower += 1 }
    while upper > lower, ByteClass.isWhitespace(source[upper - 1]) { upper -= 1 }
    return String(decoding: source[lower..<upper], as: UTF8.self)
  }
}
