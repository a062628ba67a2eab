/// What the gene tables say about the document's gene (SPEC §2 `gene`): its approved symbol and name and its
/// accessions; each nil where no table given has it.
public struct GeneIdentifiers: Sendable, Equatable, Codable {
  /// The approved symbol (`CYP2D6`).
  public var approvedSymbol: String?
  /// The approved full name (`cytochrome P450 family 2 subfamily D member 6`).
  public var approvedName: String?
  /// The HGNC id (`HGNC:2625`).
  public var hgncID: String?
  /// The NCBI Gene id (`1565`).
  public var ncbiGeneID: String?
  /// The Ensembl gene id (`ENSG00000100197`).
  public var ensemblID: String?
  /// The PharmGKB gene accession (`PA128`).
  public var pharmgkbID: String?

  /// Creates identifiers.
  public init(
    approvedSymbol: String? = nil, approvedName: String? = nil, hgncID: String? = nil, ncbiGeneID: String? = nil,
    ensemblID: String? = nil, pharmgkbID: String? = nil
  ) {
    self.approvedSymbol = approvedSymbol
    self.approvedName = approvedName
    self.hgncID = hgncID
    self.ncbiGeneID = ncbiGeneID
    self.ensemblID = ensemblID
    self.pharmgkbID = pharmgkbID
  }

  enum CodingKeys: String, CodingKey {
    case approvedSymbol = "approved_symbol"
    case approvedName = "approved_name"
    case hgncID = "hgnc_id"
    case ncbiGeneID = "ncbi_gene_id"
    case ensemblID = "ensembl_id"
    case pharmgkbID = "pharmgkb_id"
  }

  /// Encodes the value, every key present (null where unknown).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(approvedSymbol, forKey: .approvedSymbol)
    try container.encode(approvedName, forKey: .approvedName)
    try container.encode(hgncID, forKey: .hgncID)
    try container.encode(ncbiGeneID, forKey: .ncbiGeneID)
    try container.encode(ensemblID, forKey: .ensemblID)
    try container.encode(pharmgkbID, forKey: .pharmgkbID)
  }
}
