/// Reads an HGNC `hgnc_complete_set.txt` or an NCBI `gene_info` file (tab-separated, told apart by the header).
///
/// HGNC: rows whose `status` is not `Approved` are skipped; `alias_symbol`, `prev_symbol` and `prev_name` are
/// `|`-separated lists, possibly in double quotes. NCBI: the approved symbol and name are the nomenclature
/// authority's when given (not `-`), else `Symbol` and `description`; `Synonyms` are alias symbols.
public enum GeneTableReader {
  /// The largest table read (HGNC's complete set is about 16 MB, NCBI's `Homo_sapiens.gene_info` about 10 MB).
  public static let maxBytes = 1 << 30

  /// Reads a table file.
  public static func read(path: String) throws(ValidationSetupError) -> GeneTable {
    switch InputReader.read(path: path, limit: maxBytes) {
    case .failure(let failure):
      throw ValidationSetupError(path: path, message: "cannot read gene table: \(failure.message)")
    case .success(let bytes):
      guard bytes.count <= maxBytes else {
        throw ValidationSetupError(path: path, message: "gene table is over \(maxBytes) bytes")
      }
      return try parse(bytes, path: path)
    }
  }

  /// Reads a table from its bytes; `path` names it in errors.
  public static func parse(_ bytes: [UInt8], path: String) throws(ValidationSetupError) -> GeneTable {
    var lines = Self.lines(bytes)
    guard let header = lines.next() else {
      throw ValidationSetupError(path: path, line: 1, message: "gene table is empty")
    }
    let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard let layout = GeneTableColumns(header: columns) else {
      throw ValidationSetupError(
        path: path, line: 1,
        message: "not a gene table: the header is neither HGNC's (hgnc_id, symbol, name, …) nor NCBI gene_info's "
          + "(#tax_id, GeneID, Symbol, …)")
    }
    var entries: [GeneTableEntry] = []
    while let line = lines.next() {
      guard !line.isEmpty else { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if let entry = layout.entry(fields) { entries.append(entry) }
    }
    return GeneTable(layout: layout.layout, entries: entries)
  }

  /// The file's lines as text: a leading byte-order mark dropped, LF or CRLF ends.
  private static func lines(_ bytes: [UInt8]) -> some IteratorProtocol<String> {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return AnyIterator {
      guard start < bytes.count else { return nil }
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      var line = bytes[start..<end]
      if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
      start = end + 1
      return String(decoding: line, as: UTF8.self)
    }
  }
}
