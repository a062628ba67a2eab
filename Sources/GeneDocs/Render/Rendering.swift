/// What ``DocumentRenderer`` made of one record.
public struct Rendering: Sendable {
  /// The canonical document, or nil when the record cannot be rendered (see ``errors``).
  public let document: [UInt8]?
  /// The record's `source.path`, when it has one (files are named by its stem).
  public let sourcePath: String?
  /// The record's symbol.
  public let symbol: String?
  /// Why the record was not rendered: where it fails the schema, or what no document can say.
  public let errors: [String]
  /// What will not read back exactly as the record has it, though the document is written.
  public let warnings: [String]

  /// Creates a result.
  public init(document: [UInt8]?, sourcePath: String?, symbol: String?, errors: [String], warnings: [String]) {
    self.document = document
    self.sourcePath = sourcePath
    self.symbol = symbol
    self.errors = errors
    self.warnings = warnings
  }
}
