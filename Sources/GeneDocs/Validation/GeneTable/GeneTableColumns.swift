/// Where a gene table's columns are, by the names in its header, and how a row becomes an entry.
struct GeneTableColumns {
  let layout: GeneTableLayout
  private let symbol: Int
  private let name: Int
  private let fallbackSymbol: Int?
  private let fallbackName: Int?
  private let aliases: Int?
  private let previous: Int?
  private let previousNames: Int?
  private let status: Int?

  /// The columns of an HGNC or NCBI header, or nil for another header.
  init?(header: [String]) {
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    if header.contains("hgnc_id"), let symbol = column("symbol"), let name = column("name") {
      layout = .hgnc
      self.symbol = symbol
      self.name = name
      fallbackSymbol = nil
      fallbackName = nil
      aliases = column("alias_symbol")
      previous = column("prev_symbol")
      previousNames = column("prev_name")
      status = column("status")
    } else if header.first == "#tax_id" || header.first == "tax_id", let plainSymbol = column("Symbol") {
      layout = .ncbi
      symbol = column("Symbol_from_nomenclature_authority") ?? plainSymbol
      fallbackSymbol = plainSymbol
      let description = column("description")
      guard let authorityName = column("Full_name_from_nomenclature_authority") ?? description else { return nil }
      name = authorityName
      fallbackName = description
      aliases = column("Synonyms")
      previous = nil
      previousNames = nil
      status = nil
    } else {
      return nil
    }
  }

  /// The entry a row gives, or nil for a row without a symbol or one HGNC no longer approves.
  func entry(_ fields: [Substring]) -> GeneTableEntry? {
    if let status, let value = value(fields, status), value != "Approved" { return nil }
    guard let symbol = value(fields, symbol) ?? fallbackSymbol.flatMap({ value(fields, $0) }) else { return nil }
    let name = value(fields, name) ?? fallbackName.flatMap { value(fields, $0) } ?? ""
    return GeneTableEntry(
      symbol: symbol, name: name, previousSymbols: list(fields, previous), aliasSymbols: list(fields, aliases),
      previousNames: list(fields, previousNames))
  }

  // MARK: - Fields

  /// A field's text without surrounding quotes and white space; nil when empty or NCBI's `-`.
  private func value(_ fields: [Substring], _ column: Int) -> String? {
    guard column < fields.count else { return nil }
    let text = Self.unquoted(fields[column])
    return text.isEmpty || text == "-" ? nil : text
  }

  /// A `|`-separated list field.
  private func list(_ fields: [Substring], _ column: Int?) -> [String] {
    guard let column, let text = value(fields, column) else { return [] }
    return text.split(separator: "|").map { Self.unquoted($0) }.filter { !$0.isEmpty && $0 != "-" }
  }

  private static func unquoted(_ text: Substring) -> String {
    var trimmed = Substring(text.trimmingWhitespace())
    if trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" { trimmed = trimmed.dropFirst().dropLast() }
    return trimmed.trimmingWhitespace()
  }
}
