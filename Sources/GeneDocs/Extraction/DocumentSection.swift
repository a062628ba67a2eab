/// One section of a document: a heading (nil for text before the first heading) and the blocks under it.
struct DocumentSection: Sendable {
  /// The heading block, or nil for text before the first heading.
  let heading: MarkdownBlock?
  /// The field the heading names, or nil for another section.
  let field: SectionField?
  /// The blocks under the heading (sub-headings of a deeper level included), in order: a slice of the document's
  /// blocks, so a section costs no array of its own.
  var blocks: ArraySlice<MarkdownBlock>
  /// Where the section's content starts in the source (the line after its heading).
  let contentStart: Int
  /// Where the section's content ends in the source (the next section's heading).
  var contentEnd: Int

  /// Plain text: the blocks' text joined by a blank line, empty blocks skipped, with no leading or trailing white
  /// space (SPEC §2; a code block's literal keeps its indentation and blank lines otherwise).
  var plainText: String {
    let texts = blocks.lazy.map(\.text).filter { !$0.isEmpty }
    guard let first = texts.first else { return "" }
    if texts.dropFirst().isEmpty { return first.trimmingWhitespace() }  // one block: no copy
    // Appended as strings, so the joined text is not validated as UTF-8 again (each block's text already is).
    var joined = ""
    joined.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 2 })
    joined += first
    for text in texts.dropFirst() {
      joined += "\n\n"
      joined += text
    }
    return joined.trimmingWhitespace()
  }

  /// Where diagnostics about the section point: its heading, else its first block.
  var location: SourceLocation {
    heading?.start ?? blocks.first?.start ?? .start
  }
}
