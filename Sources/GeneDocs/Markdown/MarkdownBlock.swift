/// One top-level block of a parsed Markdown document, copied out of cmark into an immutable value.
package struct MarkdownBlock: Sendable, Equatable {
  /// What kind of block this is.
  package enum Kind: Sendable, Equatable {
    /// An ATX or setext heading with its level (1–6).
    case heading(level: Int)
    case paragraph
    case list
    case blockQuote
    case codeBlock
    case htmlBlock
    case thematicBreak
  }

  /// The kind of block.
  package let kind: Kind
  /// The block's plain text: inline markup removed, soft breaks as one space, inner blocks separated by a blank line.
  package let text: String
  /// Where the block starts.
  package let start: SourceLocation
  /// The last line the block occupies (for a setext heading, its underline).
  package let endLine: Int

  /// Creates a block.
  package init(kind: Kind, text: String, start: SourceLocation, endLine: Int) {
    self.kind = kind
    self.text = text
    self.start = start
    self.endLine = endLine
  }

  /// The heading level, or nil when the block is not a heading.
  package var headingLevel: Int? {
    if case .heading(let level) = kind { return level }
    return nil
  }
}
