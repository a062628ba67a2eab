/// The layouts of gene table that `--gene-table` reads, told apart by their header line.
public enum GeneTableLayout: String, Sendable, Equatable {
  /// HGNC's `hgnc_complete_set.txt`: `hgnc_id`, `symbol`, `name`, `alias_symbol`, `prev_symbol`, `prev_name`, …
  case hgnc
  /// NCBI's `gene_info`: `#tax_id`, `GeneID`, `Symbol`, `Synonyms`, `description`, … and the nomenclature
  /// authority's symbol and full name.
  case ncbi

  /// How the table calls a symbol that is not the approved one but is in use (`an alias symbol`).
  var aliasWording: String {
    switch self {
    case .hgnc: return "an alias symbol"
    case .ncbi: return "a synonym"
    }
  }
}
