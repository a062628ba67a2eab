/// One thing `fix` changed to put a document into canonical form (SPEC §9).
public struct CanonicalChange: Sendable, Equatable {
  /// What kind of change it is.
  public enum Kind: String, Sendable, CaseIterable, Comparable {
    case byteOrderMark = "byte-order mark"
    case mojibake = "mojibake"
    case lineEnds = "line ends"
    case frontMatterDelimiters = "front matter delimiters"
    case headingNames = "heading names"
    case headingLevels = "heading levels"
    case setextHeadings = "setext headings"
    case closingHashes = "closing #s"
    case subheadingLevels = "sub-heading levels"
    case sectionOrder = "section order"
    case blankLines = "blank lines"
    case trailingWhitespace = "trailing white space"
    case finalLineEnd = "final line end"

    /// Orders kinds as they are declared (the order reasons are listed in).
    public static func < (lhs: Kind, rhs: Kind) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// The kind of change.
  public let kind: Kind
  /// The 1-based line of the original document it is at.
  public let line: Int
  /// What was changed, for people.
  public let message: String

  /// Creates a change.
  public init(_ kind: Kind, line: Int, _ message: String) {
    self.kind = kind
    self.line = line
    self.message = message
  }
}
