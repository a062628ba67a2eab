/// Where a gene table's columns are, by the names in its header, and how a row becomes an entry.
struct GeneTableColumns {
  let layout: GeneTableLayout
  private var symbol: Int?
  private var name: Int?
  private var fallbackSymbol: Int?
  private var fallbackName: Int?
  private var aliases: Int?
  private var previous: Int?
  private var previousNames: Int?
  private var status: Int?
  private var hgncID: Int?
  private var ncbiGeneID: Int?
  private var ensemblID: Int?
  private var pharmgkbID: Int?
  /// NCBI's `dbXrefs` (`MIM:123|HGNC:HGNC:5|Ensembl:ENSG…`), for the HGNC and Ensembl ids.
  private var crossReferences: Int?

  /// The columns of an HGNC, NCBI or PharmGKB header, or nil for another header.
  init?(header: [String]) {
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    if header.contains("hgnc_id"), let symbol = column("symbol"), let name = column("name") {
      layout = .hgnc
      self.symbol = symbol
      self.name = name
      aliases = column("alias_symbol")
      previous = column("prev_symbol")
      previousNames = column("prev_name")
      status = column("status")
      hgncID = column("hgnc_id")
      ncbiGeneID = column("entrez_id")
      ensemblID = column("ensembl_gene_id")
      pharmgkbID = column("pharmgkb_id")
    } else if header.first == "#tax_id" || header.first == "tax_id", let plainSymbol = column("Symbol") {
      layout = .ncbi
      symbol = column("Symbol_from_nomenclature_authority") ?? plainSymbol
      fallbackSymbol = plainSymbol
      let description = column("description")
      guard let authorityName = column("Full_name_from_nomenclature_authority") ?? description else { return nil }
      name = authorityName
      fallbackName = description
      aliases = column("Synonyms")
      ncbiGeneID = column("GeneID")
      crossReferences = column("dbXrefs")
    } else if let accession = column("gid"), let symbol = column("gene") {
      layout = .pharmgkb
      self.symbol = symbol
      pharmgkbID = accession
      hgncID = column("hgnc_id")
      ensemblID = column("ensembl_id")
      ncbiGeneID = column("ncbi_gene_id")
    } else if let accession = column("PharmGKB Accession Id"), let symbol = column("Symbol") {
      layout = .pharmgkb
      self.symbol = symbol
      pharmgkbID = accession
      name = column("Name")
      aliases = column("Alternate Symbols")
      hgncID = column("HGNC ID")
      ncbiGeneID = column("NCBI Gene ID")
      ensemblID = column("Ensembl Id")
    } else {
      return nil
    }
  }

  /// The entry a row gives, or nil for a row without a symbol or one HGNC no longer approves.
  func entry(_ line: DelimitedText.Line) -> GeneTableEntry? {
    if let status, let value = value(line, status), value != "Approved" { return nil }
    guard let symbol = value(line, symbol) ?? value(line, fallbackSymbol) else { return nil }
    let name = value(line, name) ?? value(line, fallbackName) ?? ""
    var hgnc = value(line, hgncID)
    var ensembl = value(line, ensemblID)
    if let crossReferences, hgnc == nil || ensembl == nil {
      for reference in line.items(crossReferences, separator: UInt8(ascii: "|")) {
        if hgnc == nil, reference.hasPrefix("HGNC:") { hgnc = String(reference.dropFirst(5)) }
        if ensembl == nil, reference.hasPrefix("Ensembl:") { ensembl = String(reference.dropFirst(8)) }
      }
    }
    if let id = hgnc, !id.hasPrefix("HGNC:") { hgnc = "HGNC:" + id }
    return GeneTableEntry(
      symbol: symbol, name: name, previousSymbols: list(line, previous), aliasSymbols: list(line, aliases),
      previousNames: list(line, previousNames), hgncID: hgnc, ncbiGeneID: value(line, ncbiGeneID),
      ensemblID: ensembl, pharmgkbID: value(line, pharmgkbID))
  }

  // MARK: - Fields

  /// A field's text; nil when absent, empty or NCBI's `-`.
  private func value(_ line: DelimitedText.Line, _ column: Int?) -> String? {
    guard let text = line[column], text != "-" else { return nil }
    return text
  }

  /// A `|`-separated list field (PharmGKB's alternate symbols are comma-separated, items in quotes).
  private func list(_ line: DelimitedText.Line, _ column: Int?) -> [String] {
    guard let column else { return [] }
    if layout == .pharmgkb { return line.raw(column).map(DelimitedText.listItems) ?? [] }
    return line.items(column, separator: UInt8(ascii: "|"))
  }
}
