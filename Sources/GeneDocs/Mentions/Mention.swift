/// A drug, drug class, metabolite, disease, variant or other gene that a document names (SPEC §7).
///
/// In JSON: `{"kind", "text", "id", "vocabulary", "section", "line", "column"}`, and `"supported"` on drug mentions
/// when an annotations table was given. `text` is the span of the document exactly as written (after the repairs
/// the record's text has, such as `--fix-encoding`); `line` and `column` are 1-based, the column in UTF-8 bytes of
/// the input, so the input's bytes at that position are `text` (unless a repair falls inside it).
public struct Mention: Sendable, Equatable, Codable {
  /// What a mention names.
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    case drug
    case drugClass = "drug_class"
    case metabolite
    case disease
    case variant
    case gene
  }

  /// The part of the record a mention is in.
  public enum Section: String, Sendable, Equatable, Codable, CaseIterable {
    case summary
    case associations
    case pharmacogenetics
    /// Any other section, and text before the first heading.
    case other
  }

  /// What the mention names.
  public var kind: Kind
  /// The text exactly as written.
  public var text: String
  /// The vocabulary's accession (`PA451906`), the rsID itself for an rsID, the gene's approved symbol (or its HGNC
  /// id when the table gives one) for a gene; nil for other variants.
  public var id: String?
  /// The vocabulary or gene table the mention was found with (its file name), or nil for variants.
  public var vocabulary: String?
  /// The section the mention is in.
  public var section: Section
  /// 1-based line of the first byte.
  public var line: Int
  /// 1-based column of the first byte, in UTF-8 bytes.
  public var column: Int
  /// For a drug, when an annotations table is given: whether it pairs this drug with the document's gene; nil
  /// otherwise (and then absent from JSON).
  public var supported: Bool?

  /// Creates a mention.
  public init(
    kind: Kind, text: String, id: String?, vocabulary: String?, section: Section, line: Int, column: Int,
    supported: Bool? = nil
  ) {
    self.kind = kind
    self.text = text
    self.id = id
    self.vocabulary = vocabulary
    self.section = section
    self.line = line
    self.column = column
    self.supported = supported
  }

  /// Where the mention starts.
  public var location: SourceLocation { SourceLocation(line: line, column: column) }

  enum CodingKeys: String, CodingKey { case kind, text, id, vocabulary, section, line, column, supported }

  /// Encodes the value; `supported` only when known.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(text, forKey: .text)
    try container.encode(id, forKey: .id)
    try container.encode(vocabulary, forKey: .vocabulary)
    try container.encode(section, forKey: .section)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
    try container.encodeIfPresent(supported, forKey: .supported)
  }
}

extension Mention.Section {
  /// The section a field is.
  init(_ field: SectionField) {
    switch field {
    case .summary: self = .summary
    case .associations: self = .associations
    case .pharmacogenetics: self = .pharmacogenetics
    }
  }
}
