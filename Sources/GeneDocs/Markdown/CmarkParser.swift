import CArena
import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place that talks to libcmark.
///
/// It parses with `CMARK_OPT_SOURCEPOS` (and `CMARK_OPT_VALIDATE_UTF8` unless the caller vouches for the bytes),
/// walks the tree with `cmark_iter` (never recursion, so a million nested `>` cannot overflow the stack), copies each
/// top-level block into an immutable ``MarkdownBlock`` and frees the tree before it returns. Every string taken from
/// cmark is re-validated as UTF-8, because libcmark 0.30.2 can emit bytes that are not (`&#xFFFE;`).
package struct CmarkParser: Sendable {
  /// Creates a parser.
  package init() {}

  /// Parses UTF-8 Markdown bytes into a document.
  ///
  /// - Parameter sourceIsValidUTF8: the caller has checked that `source` is well-formed UTF-8 (as
  ///   ``GeneDocumentConverter`` does, through its decoder), so cmark need not check it again: its check was a
  ///   fifth of cmark's instructions in a batch run (callgrind). Ill-formed bytes passed with `true` still give
  ///   valid strings (every string from cmark is re-validated), but may not be replaced as cmark would.
  package func parse(_ source: [UInt8], sourceIsValidUTF8: Bool = false) -> MarkdownDocument {
    let options = CMARK_OPT_SOURCEPOS | (sourceIsValidUTF8 ? 0 : CMARK_OPT_VALIDATE_UTF8)
    let (input, protected) = StarAlleleGuard.protect(source)
    // cmark allocates from this thread's arena, taken back at once when the tree is freed (about 43 calloc/realloc
    // calls and as many frees a 2 KB document: malloc and free were 8% of a `--jobs 1` batch profile).
    let arena = gd_arena_begin()?.assumingMemoryBound(to: cmark_mem.self)
    defer { if arena != nil { gd_arena_end() } }
    let parser = arena.map { cmark_parser_new_with_mem(options, $0) } ?? cmark_parser_new(options)
    guard let parser else { return MarkdownDocument(blocks: [], source: source) }
    input.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
    }
    let root = cmark_parser_finish(parser)
    cmark_parser_free(parser)
    guard let root else { return MarkdownDocument(blocks: [], source: source) }
    defer { cmark_node_free(root) }
    let blocks = Self.collectBlocks(root, restoringStars: protected)
    let lines = LineIndex(source)
    return MarkdownDocument(
      blocks: Self.correctingSetextEnds(blocks, in: source, lines: lines), source: source, lines: lines)
  }

  // MARK: - Setext headings

  /// libcmark 0.30.2 reports a setext heading as ending on the line after its underline when another line
  /// follows (`Title\n===\nText` gives `1:1-3:5`); the heading really ends on its underline.
  private static func correctingSetextEnds(_ blocks: [MarkdownBlock], in source: [UInt8], lines: LineIndex)
    -> [MarkdownBlock]
  {
    guard blocks.contains(where: { $0.headingLevel != nil && $0.endLine > $0.start.line }) else { return blocks }
    return blocks.map { block in
      guard block.headingLevel != nil, block.endLine > block.start.line else { return block }
      var line = block.start.line + 1
      while line <= block.endLine, !isSetextUnderline(source, lines, line) { line += 1 }
      return MarkdownBlock(kind: block.kind, text: block.text, start: block.start, endLine: min(line, block.endLine))
    }
  }

  /// Whether a line is up to three spaces, then only `=` or only `-`, then white space.
  private static func isSetextUnderline(_ source: [UInt8], _ lines: LineIndex, _ line: Int) -> Bool {
    var index = lines.offset(line: line)
    let end = lines.offset(line: line + 1)
    var indent = 0
    while index < end, source[index] == UInt8(ascii: " "), indent < 3 {
      index += 1
      indent += 1
    }
    guard index < end, source[index] == UInt8(ascii: "=") || source[index] == UInt8(ascii: "-") else { return false }
    let marker = source[index]
    while index < end, source[index] == marker { index += 1 }
    while index < end, ByteClass.isWhitespace(source[index]) { index += 1 }
    return index == end
  }

  // MARK: - Walking

  private static func collectBlocks(_ root: OpaquePointer, restoringStars: Bool) -> [MarkdownBlock] {
    guard let iterator = cmark_iter_new(root) else { return [] }
    defer { cmark_iter_free(iterator) }
    var blocks: [MarkdownBlock] = []
    blocks.reserveCapacity(32)  // growing from empty was four allocations a document
    var builder = BlockTextBuilder(restoringStars: restoringStars)
    var depth = 0
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      if type == CMARK_NODE_DOCUMENT { continue }
      let isLeaf = isLeafType(type)
      if event == CMARK_EVENT_EXIT {
        depth -= 1
        if depth == 0 { blocks.append(builder.finish()) }
        continue
      }
      depth += isLeaf ? 0 : 1
      if depth == (isLeaf ? 0 : 1) {
        builder.start(
          kind: blockKind(node, type),
          start: SourceLocation(
            line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
          endLine: Int(cmark_node_get_end_line(node)))
      }
      appendContent(of: node, type: type, to: &builder)
      if isLeaf && depth == 0 { blocks.append(builder.finish()) }
    }
    return blocks
  }

  private static func appendContent(of node: OpaquePointer, type: cmark_node_type, to builder: inout BlockTextBuilder) {
    switch type {
    case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
      builder.beginLeafBlock()
    case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
      builder.beginLeafBlock()
      builder.appendLiteral(cmark_node_get_literal(node), trimmingTrailingNewlines: true)
    case CMARK_NODE_TEXT, CMARK_NODE_CODE:
      builder.appendLiteral(cmark_node_get_literal(node), trimmingTrailingNewlines: false)
    case CMARK_NODE_SOFTBREAK:
      builder.appendByte(UInt8(ascii: " "))
    case CMARK_NODE_LINEBREAK:
      builder.appendByte(UInt8(ascii: "\n"))
    default:
      break  // containers and inline HTML contribute no text of their own
    }
  }

  private static func isLeafType(_ type: cmark_node_type) -> Bool {
    switch type {
    case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
      CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
      return true
    default:
      return false
    }
  }

  private static func blockKind(_ node: OpaquePointer, _ type: cmark_node_type) -> MarkdownBlock.Kind {
    switch type {
    case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_LIST: return .list
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_CODE_BLOCK: return .codeBlock
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    default: return .paragraph
    }
  }
}

// MARK: - Text accumulation

/// Accumulates the plain text of one top-level block as UTF-8 bytes.
private struct BlockTextBuilder {
  /// Turn ``StarAlleleGuard``'s placeholder back into `*`.
  let restoringStars: Bool
  private var bytes: [UInt8] = []
  private var kind: MarkdownBlock.Kind = .paragraph
  private var start = SourceLocation.start
  private var endLine = 1
  private var needsSeparator = false

  init(restoringStars: Bool) {
    self.restoringStars = restoringStars
    bytes.reserveCapacity(2048)  // growing from empty was five reallocations (and copies) a document
  }

  mutating func start(kind: MarkdownBlock.Kind, start: SourceLocation, endLine: Int) {
    self.kind = kind
    self.start = start
    self.endLine = endLine
    bytes.removeAll(keepingCapacity: true)
    needsSeparator = false
  }

  /// Marks the start of a paragraph-like block: a blank line separates it from text before it.
  mutating func beginLeafBlock() {
    needsSeparator = !bytes.isEmpty
  }

  mutating func appendByte(_ byte: UInt8) {
    flushSeparator()
    bytes.append(byte)
  }

  mutating func appendLiteral(_ literal: UnsafePointer<CChar>?, trimmingTrailingNewlines: Bool) {
    guard let literal else { return }
    var length = strlen(literal)
    literal.withMemoryRebound(to: UInt8.self, capacity: length) { pointer in
      if trimmingTrailingNewlines {
        while length > 0, pointer[length - 1] == UInt8(ascii: "\n") || pointer[length - 1] == UInt8(ascii: "\r") {
          length -= 1
        }
      }
      guard length > 0 else { return }
      flushSeparator()
      bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: length))
    }
  }

  /// Returns the finished block; the text is re-validated as UTF-8 (invalid bytes become U+FFFD).
  mutating func finish() -> MarkdownBlock {
    if restoringStars { StarAlleleGuard.restore(&bytes) }
    return MarkdownBlock(kind: kind, text: String(decoding: bytes, as: UTF8.self), start: start, endLine: endLine)
  }

  private mutating func flushSeparator() {
    if needsSeparator {
      bytes.append(UInt8(ascii: "\n"))
      bytes.append(UInt8(ascii: "\n"))
      needsSeparator = false
    }
  }
}
