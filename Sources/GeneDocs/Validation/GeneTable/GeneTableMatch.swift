/// What a gene table says about a symbol.
public enum GeneTableMatch: Sendable, Equatable {
  /// The symbol is approved, exactly as written.
  case approved(GeneTableEntry)
  /// The symbol is approved but written in other case (`Cdk4` for `CDK4`).
  case otherCase(GeneTableEntry)
  /// The symbol is a previous symbol of these genes.
  case previous([GeneTableEntry])
  /// The symbol is an alias symbol (or NCBI synonym) of these genes.
  case alias([GeneTableEntry])
  /// The table does not know the symbol.
  case unknown
}
