/// One gene in a gene table: its approved symbol and name and the other symbols it has gone by.
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

  /// Creates an entry.
  public init(
    symbol: String, name: String, previousSymbols: [String] = [], aliasSymbols: [String] = [],
    previousNames: [String] = []
  ) {
    self.symbol = symbol
    self.name = name
    self.previousSymbols = previousSymbols
    self.aliasSymbols = aliasSymbols
    self.previousNames = previousNames
  }
}
