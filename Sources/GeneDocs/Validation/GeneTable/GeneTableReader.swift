/// Reads an HGNC `hgnc_complete_set.txt`, an NCBI `gene_info` or a PharmGKB genes table (`genes.csv` or
/// `genes.tsv`), told apart by the header; a file that starts with gzip's magic number is inflated first.
///
/// HGNC: rows whose `status` is not `Approved` are skipped; `alias_symbol`, `prev_symbol` and `prev_name` are
/// `|`-separated lists, possibly in double quotes. NCBI: the approved symbol and name are the nomenclature
/// authority's when given (not `-`), else `Symbol` and `description`; `Synonyms` are alias symbols; the HGNC and
/// Ensembl ids come from `dbXrefs`. PharmGKB: comma-separated with RFC 4180 quotes (or tab-separated), no previous
/// symbols.
public enum GeneTableReader {
  /// The largest table read, inflated (HGNC's complete set is about 16 MB, NCBI's `Homo_sapiens.gene_info` about
  /// 12 MB).
  public static let maxBytes = 1 << 30

  /// Reads a table file.
  public static func read(path: String) throws(ValidationSetupError) -> GeneTable {
    let bytes = try TableFile.read(path: path, what: "gene table", limit: maxBytes)
    return try parse(bytes, path: path)
  }

  /// Reads a table from its bytes; `path` names it in errors and in mentions.
  public static func parse(_ bytes: [UInt8], path: String) throws(ValidationSetupError) -> GeneTable {
    // Fields are kept as bytes and made strings later: ill-formed UTF-8 is replaced first, as making each field a
    // string would (U+FFFD for each maximal ill-formed subsequence; the separators are ASCII, so per field or for
    // the whole file is the same).
    let bytes = UTF8Repair.repair(bytes)?.bytes ?? bytes
    // The store's offsets are 32-bit, and it may add up to about twice the text (HGNC prefixes, quoted fields).
    guard bytes.count <= GeneTableStore.maxTextBytes else {
      throw ValidationSetupError(
        path: path, message: "gene table too large: \(bytes.count) bytes (at most \(GeneTableStore.maxTextBytes))")
    }
    let text = DelimitedText(bytes, separator: DelimitedText.separator(ofHeader: bytes))
    var columns: GeneTableColumns?
    var headerMissing = true
    var store = GeneTableStore(bytes: bytes, genes: bytes.count / 160)
    text.forEachLine { line in
      guard let columns else {
        headerMissing = false
        columns = GeneTableColumns(header: (0..<line.count).map { line[$0] ?? "" })
        return columns != nil
      }
      if !line.isBlank { _ = columns.append(line, to: &store) }
      return true
    }
    if headerMissing { throw ValidationSetupError(path: path, line: 1, message: "gene table is empty") }
    guard let columns else {
      throw ValidationSetupError(
        path: path, line: 1,
        message: "not a gene table: the header is not HGNC's (hgnc_id, symbol, name, …), NCBI gene_info's "
          + "(#tax_id, GeneID, Symbol, …) or PharmGKB's (gid, gene, hgnc_id, … or PharmGKB Accession Id, Symbol, …)")
    }
    return GeneTable(layout: columns.layout, store: store, name: Paths.fileName(of: path))
  }
}
