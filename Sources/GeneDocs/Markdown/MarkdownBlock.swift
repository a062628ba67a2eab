/// One top-level block of a parsed Markdown document, copied out of cmark into an immutable value.
public struct MarkdownBlock: Sendable, Equatable {
  /// What kind of block this is.
  public enum Kind: Sendable, Equatable {
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
  public let kind: Kind
  /// The block's plain text: inline markup removed, soft breaks as one space, inner blocks separated by a blank line.
  public let text: String
  /// Where the block starts.
  public let start: SourceLocation
  /// The last line the block occupies (for a setext heading, its underline).
  public let endLine: Int

  /// Creates a block.
  public init(kind: Kind, text: String, start: SourceLocation, endLine: Int) {
    self.kind = kind
    self.text = text
    self.start = start
    self.endLine = endLine
  }

  /// The heading level, or nil when the block is not a heading.
  public var headingLevel: Int? {
    if case .heading(let level) = kind { return level }
    return nil
  }
}
