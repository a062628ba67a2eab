/// What one gene-summary document says, as data (SPEC §2). Its JSON keys are in this order.
public struct GeneRecord: Sendable, Equatable, Codable {
  /// The official gene symbol the document is about; nil only when none can be found (then a GD201 error).
  public var symbol: String?
  /// The full gene name as the document states it, without surrounding quotes or markup.
  public var name: String?
  /// Other symbols or names the document gives.
  public var aliases: [String]
  /// Plain text (or Markdown source) of the `Gene Summary` section.
  public var summary: String?
  /// Plain text (or Markdown source) of the `Gene Drugs, Diseases, Phenotypes, and Pathways` section.
  public var associations: String?
  /// Plain text (or Markdown source) of the `Pharmacogenetics` section.
  public var pharmacogenetics: String?
  /// Every other section, in document order; text before the first heading has a nil heading.
  public var otherSections: [OtherSection]
  /// Front-matter keys other than symbol, name and aliases, values as given.
  public var metadata: [JSONMember]
  /// Identifiers from the gene tables; nil when no table is given (or none knows the gene).
  public var gene: GeneIdentifiers?
  /// The drugs, drug classes, metabolites, diseases, variants and other genes the text names, in document order.
  public var mentions: [Mention]
  /// Where the record came from.
  public var source: RecordSource
  /// What was wrong or repaired.
  public var diagnostics: [Diagnostic]

  /// Creates a record.
  public init(
    symbol: String?, name: String?, aliases: [String], summary: String?, associations: String?,
    pharmacogenetics: String?, otherSections: [OtherSection], metadata: [JSONMember], gene: GeneIdentifiers? = nil,
    mentions: [Mention] = [], source: RecordSource, diagnostics: [Diagnostic]
  ) {
    self.symbol = symbol
    self.name = name
    self.aliases = aliases
    self.summary = summary
    self.associations = associations
    self.pharmacogenetics = pharmacogenetics
    self.otherSections = otherSections
    self.metadata = metadata
    self.gene = gene
    self.mentions = mentions
    self.source = source
    self.diagnostics = diagnostics
  }

  enum CodingKeys: String, CodingKey {
    case symbol, name, aliases, summary, associations, pharmacogenetics
    case otherSections = "other_sections"
    case metadata, gene, mentions, source, diagnostics
  }

  /// Decodes a value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    symbol = try container.decodeIfPresent(String.self, forKey: .symbol)
    name = try container.decodeIfPresent(String.self, forKey: .name)
    aliases = try container.decode([String].self, forKey: .aliases)
    summary = try container.decodeIfPresent(String.self, forKey: .summary)
    associations = try container.decodeIfPresent(String.self, forKey: .associations)
    pharmacogenetics = try container.decodeIfPresent(String.self, forKey: .pharmacogenetics)
    otherSections = try container.decode([OtherSection].self, forKey: .otherSections)
    guard case .object(let members) = try container.decode(JSONValue.self, forKey: .metadata) else {
      throw DecodingError.dataCorruptedError(forKey: .metadata, in: container, debugDescription: "not an object")
    }
    metadata = members
    gene = try container.decodeIfPresent(GeneIdentifiers.self, forKey: .gene)
    mentions = try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
    source = try container.decode(RecordSource.self, forKey: .source)
    diagnostics = try container.decode([Diagnostic].self, forKey: .diagnostics)
  }

  /// Encodes the value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(symbol, forKey: .symbol)
    try container.encode(name, forKey: .name)
    try container.encode(aliases, forKey: .aliases)
    try container.encode(summary, forKey: .summary)
    try container.encode(associations, forKey: .associations)
    try container.encode(pharmacogenetics, forKey: .pharmacogenetics)
    try container.encode(otherSections, forKey: .otherSections)
    try container.encode(JSONValue.object(metadata), forKey: .metadata)
    try container.encode(gene, forKey: .gene)
    try container.encode(mentions, forKey: .mentions)
    try container.encode(source, forKey: .source)
    try container.encode(diagnostics, forKey: .diagnostics)
  }
}

/// A section that is not one of the three known ones.
public struct OtherSection: Sendable, Equatable, Codable {
  /// The heading's plain text; nil for text before the first heading.
  public let heading: String?
  /// The section's plain text (or Markdown source).
  public let text: String

  /// Creates a section.
  public init(heading: String?, text: String) {
    self.heading = heading
    self.text = text
  }

  enum CodingKeys: String, CodingKey { case heading, text }

  /// Encodes the value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(heading, forKey: .heading)
    try container.encode(text, forKey: .text)
  }
}

/// Where a record came from.
public struct RecordSource: Sendable, Equatable, Codable {
  /// The input path as given (`-` for standard input).
  public let path: String
  /// Lower-case hex SHA-256 of the input bytes.
  public let sha256: String
  /// The number of input bytes.
  public let bytes: Int

  /// Creates a source.
  public init(path: String, sha256: String, bytes: Int) {
    self.path = path
    self.sha256 = sha256
    self.bytes = bytes
  }
}
