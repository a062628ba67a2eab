/// A position in a document: 1-based line and 1-based column, the column counting UTF-8 bytes as cmark does.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
  /// The 1-based line number.
  public let line: Int
  /// The 1-based column, in UTF-8 bytes from the start of the line.
  public let column: Int

  /// Creates a location from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The first byte of the document.
  public static let start = SourceLocation(line: 1, column: 1)

  /// Orders values.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
