/// What one output row is (`--records`, SPEC §8): a whole document's record, one section, or one mention.
public enum RecordUnit: String, Sendable, CaseIterable {
  /// One ``GeneRecord`` a document (the default).
  case document
  /// One ``SectionRow`` a section of a record.
  case section
  /// One ``MentionRow`` a mention of a record.
  case mention

  /// The JSON Schema (draft 2020-12) of one output object of this unit; `Schemas/` holds the same texts.
  public var jsonSchema: String {
    switch self {
    case .document: return GeneRecordSchema.json
    case .section: return RowSchemas.section
    case .mention: return RowSchemas.mention
    }
  }

  /// The file in `Schemas/` that holds ``jsonSchema``.
  public var schemaFileName: String {
    switch self {
    case .document: return "gene-record.schema.json"
    case .section: return "section-row.schema.json"
    case .mention: return "mention-row.schema.json"
    }
  }
}
