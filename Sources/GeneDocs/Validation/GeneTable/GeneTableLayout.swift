/// The layouts of gene table that `--gene-table` reads, told apart by their header line.
public enum GeneTableLayout: String, Sendable, Equatable {
  /// HGNC's `hgnc_complete_set.txt`: `hgnc_id`, `symbol`, `name`, `alias_symbol`, `prev_symbol`, `prev_name`,
  /// `entrez_id`, `ensembl_gene_id`, …
  case hgnc
  /// NCBI's `gene_info`: `#tax_id`, `GeneID`, `Symbol`, `Synonyms`, `dbXrefs`, `description`, … and the
  /// nomenclature authority's symbol and full name.
  case ncbi
  /// PharmGKB's genes table: `genes.csv` (`gid,gene,hgnc_id,ensembl_id,…`) or `genes.tsv` (`PharmGKB Accession Id`,
  /// `NCBI Gene ID`, `HGNC ID`, `Ensembl Id`, `Name`, `Symbol`, `Alternate Symbols`, …).
  case pharmgkb

  /// How the table calls a symbol that is not the approved one but is in use (`an alias symbol`).
  var aliasWording: String {
    switch self {
    case .hgnc: return "an alias symbol"
    case .ncbi: return "a synonym"
    case .pharmgkb: return "an alternate symbol"
    }
  }
}
