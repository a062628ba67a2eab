import GeneDocs

/// How `convert` turns converted documents into the bytes of a text format: a record emitter for
/// `--records document`, a row emitter for `section` and `mention`. ``encode(_:)`` runs on worker threads; the
/// framing (``begin()``, ``separator()``, ``end()``) on the writing thread, in order.
struct OutputEncoder: Sendable {
  private var framing: any StreamFraming
  private let encoding: @Sendable (ConversionResult) -> [UInt8]?

  /// The encoder for a format, a unit and `--columns` (already checked). `singleObject` makes a JSON document one
  /// object rather than an array (rows are always an array).
  init(format: OutputFormat, records: RecordUnit, columns: String?, singleObject: Bool) {
    switch records {
    case .document:
      let chosen = columns.flatMap { try? RecordColumn.parse(list: $0) } ?? RecordColumn.defaults
      let emitter = format.makeEmitter(singleObject: singleObject, columns: chosen)
      framing = emitter
      encoding = { result in result.record.map(emitter.encode) }
    case .section:
      let emitter = RowEmitter<SectionRow>(
        format: format, columns: columns.flatMap { try? SectionRow.columnIndexes(list: $0) })
      framing = emitter
      encoding = { result in Self.encode(SectionRow.rows(of: result), emitter) }
    case .mention:
      let emitter = RowEmitter<MentionRow>(
        format: format, columns: columns.flatMap { try? MentionRow.columnIndexes(list: $0) })
      framing = emitter
      encoding = { result in Self.encode(result.record.map(MentionRow.rows(of:)) ?? [], emitter) }
    }
  }

  /// A document's bytes, or nil when it gives nothing to write (no record, or no rows).
  func encode(_ result: ConversionResult) -> [UInt8]? {
    encoding(result)
  }

  /// What opens the output.
  mutating func begin() -> [UInt8] { framing.begin() }
  /// What goes before the next document's bytes.
  mutating func separator() -> [UInt8] { framing.separator() }
  /// What closes the output.
  mutating func end() -> [UInt8] { framing.end() }

  private static func encode<Row>(_ rows: [Row], _ emitter: RowEmitter<Row>) -> [UInt8]? {
    rows.isEmpty ? nil : emitter.encode(rows)
  }
}
