/// One mention of a record as a flat row (`--records mention`, SPEC §8): the mention (SPEC §7) with its document's
/// symbol and source, for joins. `supported` is always there: null where the record's mention has none.
public struct MentionRow: RecordRow, Equatable {
  /// The document's symbol.
  public var symbol: String?
  /// The mention.
  public var mention: Mention
  /// The document's path and SHA-256.
  public var source: RecordSource

  /// Creates a row.
  public init(symbol: String?, mention: Mention, source: RecordSource) {
    self.symbol = symbol
    self.mention = mention
    self.source = source
  }

  /// The column names in order.
  public static let columns = [
    "symbol", "kind", "text", "id", "vocabulary", "section", "line", "column", "supported", "source_path",
    "source_sha256",
  ]

  /// The values in column order.
  public var values: [RowValue] {
    [
      .string(symbol), .string(mention.kind.rawValue), .string(mention.text), .string(mention.id),
      .string(mention.vocabulary), .string(mention.section.rawValue), .int(mention.line), .int(mention.column),
      mention.supported.map(RowValue.bool) ?? .null, .string(source.path), .string(source.sha256),
    ]
  }

  /// The rows of a record: one a mention, in document order.
  public static func rows(of record: GeneRecord) -> [MentionRow] {
    record.mentions.map { MentionRow(symbol: record.symbol, mention: $0, source: record.source) }
  }
}
