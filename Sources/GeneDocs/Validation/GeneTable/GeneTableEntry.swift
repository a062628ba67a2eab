/// One gene in a gene table: its approved symbol and name, the other symbols it has gone by, and its accessions.
public struct GeneTableEntry: Sendable, Equatable {
  /// The approved symbol (`CDK4`).
  public let symbol: String
  /// The approved full name (`cyclin dependent kinase 4`); empty when the table gives none.
  public let name: String
  /// Symbols the gene had before (HGNC `prev_symbol`).
  public let previousSymbols: [String]
  /// Other symbols in use (HGNC `alias_symbol`, NCBI `Synonyms`).
  public let aliasSymbols: [String]
  /// Names the gene had before (HGNC `prev_name`).
  public let previousNames: [String]
  /// The HGNC id (`HGNC:1773`), when the table gives it.
  public let hgncID: String?
  /// The NCBI Gene id (`1019`), when the table gives it.
  public let ncbiGeneID: String?
  /// The Ensembl gene id (`ENSG00000135446`), when the table gives it.
  public let ensemblID: String?
  /// The PharmGKB accession (`PA102`), when the table gives it.
  public let pharmgkbID: String?

  /// Creates an entry.
  public init(
    symbol: String, name: String, previousSymbols: [String] = [], aliasSymbols: [String] = [],
    previousNames: [String] = [], hgncID: String? = nil, ncbiGeneID: String? = nil, ensemblID: String? = nil,
    pharmgkbID: String? = nil
  ) {
    self.symbol = symbol
    self.name = name
    self.previousSymbols = previousSymbols
    self.aliasSymbols = aliasSymbols
    self.previousNames = previousNames
    self.hgncID = hgncID
    self.ncbiGeneID = ncbiGeneID
    self.ensemblID = ensemblID
    self.pharmgkbID = pharmgkbID
  }

  /// The entry's identifiers, for a record's `gene`.
  public var identifiers: GeneIdentifiers {
    GeneIdentifiers(
      approvedSymbol: symbol, approvedName: name.isEmpty ? nil : name, hgncID: hgncID, ncbiGeneID: ncbiGeneID,
      ensemblID: ensemblID, pharmgkbID: pharmgkbID)
  }

  /// This entry with what `other` (the same gene in another table) adds: a name and accessions it lacks, and the
  /// other's previous and alias symbols and previous names.
  func merged(with other: GeneTableEntry) -> GeneTableEntry {
    func union(_ left: [String], _ right: [String]) -> [String] {
      left + right.filter { !left.contains($0) }
    }
    return GeneTableEntry(
      symbol: symbol, name: name.isEmpty ? other.name : name,
      previousSymbols: union(previousSymbols, other.previousSymbols),
      aliasSymbols: union(aliasSymbols, other.aliasSymbols), previousNames: union(previousNames, other.previousNames),
      hgncID: hgncID ?? other.hgncID, ncbiGeneID: ncbiGeneID ?? other.ncbiGeneID,
      ensemblID: ensemblID ?? other.ensemblID,
      pharmgkbID: pharmgkbID ?? other.pharmgkbID)
  }
}
