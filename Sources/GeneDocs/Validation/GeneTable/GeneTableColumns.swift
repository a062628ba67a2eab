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

  /// Adds the gene a row gives to `store` (a store over the table's text); false (nothing added) for a row without
  /// a symbol or one HGNC no longer approves. Fields as written are ranges of the text; only quoted ones (rare) are
  /// read as strings.
  func append(_ line: DelimitedText.Line, to store: inout GeneTableStore) -> Bool {
    if let status, let approved = Value(line, status), !approved.equals("Approved", in: line) { return false }
    guard let symbol = Value(line, symbol) ?? Value(line, fallbackSymbol) else { return false }
    store.beginGene()
    symbol.write(.symbol, to: &store, in: line)
    if let name = Value(line, name) ?? Value(line, fallbackName) {
      name.write(.name, to: &store, in: line)
    } else {
      store.set(.name, "")
    }
    var hgnc = Value(line, hgncID)
    var ensembl = Value(line, ensemblID)
    if let crossReferences, hgnc == nil || ensembl == nil {
      Self.forEachItem(line, crossReferences) { reference in
        if hgnc == nil, let id = reference.dropping(prefix: "HGNC:", in: line) { hgnc = id }
        if ensembl == nil, let id = reference.dropping(prefix: "Ensembl:", in: line) { ensembl = id }
      }
    }
    // An HGNC id is always written `HGNC:` and its number.
    hgnc?.write(.hgncID, to: &store, in: line, prefix: "HGNC:")
    Value(line, ncbiGeneID)?.write(.ncbiGeneID, to: &store, in: line)
    ensembl?.write(.ensemblID, to: &store, in: line)
    Value(line, pharmgkbID)?.write(.pharmgkbID, to: &store, in: line)
    appendList(line, previous, .previousSymbols, to: &store)
    appendList(line, aliases, .aliasSymbols, to: &store)
    appendList(line, previousNames, .previousNames, to: &store)
    return true
  }

  // MARK: - Fields

  /// A field's value: nil when absent, empty or NCBI's `-`; its bytes in the table's text, or a string when it
  /// was quoted.
  private enum Value {
    case range(Range<Int>)
    case text(String)

    init?(_ line: DelimitedText.Line, _ column: Int?) {
      switch line.fieldBytes(column) {
      case .none:
        return nil
      case .bytes(let range):
        guard !(range.count == 1 && line.text[range.lowerBound] == UInt8(ascii: "-")) else { return nil }
        self = .range(range)
      case .quoted:
        guard let text = line[column], text != "-" else { return nil }
        self = .text(text)
      }
    }

    func equals(_ text: String, in line: DelimitedText.Line) -> Bool {
      switch self {
      case .range(let range): return line.text[range].elementsEqual(text.utf8)
      case .text(let value): return value == text
      }
    }

    /// Whether the value starts with `prefix` as a string does (`hasPrefix`: by characters, so not when a
    /// combining mark follows).
    func starts(with prefix: StaticString, in line: DelimitedText.Line) -> Bool {
      switch self {
      case .range(let range):
        let bytes = UnsafeBufferPointer(rebasing: line.text[range])
        return prefix.withUTF8Buffer { prefix in
          guard bytes.starts(with: prefix) else { return false }
          guard bytes.count > prefix.count, bytes[prefix.count] >= 0x80 else { return true }
          return String(decoding: bytes, as: UTF8.self).hasPrefix(String(decoding: prefix, as: UTF8.self))
        }
      case .text(let value):
        return value.hasPrefix(prefix.description)
      }
    }

    /// The value without `prefix`, when it starts with it (as `hasPrefix` and `dropFirst` read it).
    func dropping(prefix: StaticString, in line: DelimitedText.Line) -> Value? {
      guard starts(with: prefix, in: line) else { return nil }
      switch self {
      case .range(let range): return .range((range.lowerBound + prefix.utf8CodeUnitCount)..<range.upperBound)
      case .text(let value): return .text(String(value.dropFirst(prefix.description.count)))
      }
    }

    /// Sets the field, `prefix` first unless the value starts with it.
    func write(
      _ field: GeneTableStore.Field, to store: inout GeneTableStore, in line: DelimitedText.Line,
      prefix: StaticString? = nil
    ) {
      let prefix = prefix.flatMap { starts(with: $0, in: line) ? nil : $0 }
      switch self {
      case .range(let range):
        if let prefix {
          store.set(field, UnsafeBufferPointer(rebasing: line.text[range]), prefix: prefix)
        } else {
          store.set(field, range: range)
        }
      case .text(let text):
        store.set(field, prefix.map { $0.description + text } ?? text)
      }
    }
  }

  /// Calls `body` with each item of a `|`-separated field as ``DelimitedText/Line/items(_:separator:)`` reads
  /// them: each without surrounding white space, empty ones and `-` dropped; as strings when the field holds a
  /// double quote.
  private static func forEachItem(_ line: DelimitedText.Line, _ column: Int, _ body: (Value) -> Void) {
    let text = line.text
    switch line.fieldBytes(column) {
    case .none:
      return
    case .bytes(let range) where !text[range].contains(UInt8(ascii: "\"")):
      var start = range.lowerBound
      while start <= range.upperBound {
        var end = start
        while end < range.upperBound, text[end] != UInt8(ascii: "|") { end += 1 }
        var lower = start
        var upper = end
        while lower < upper, ByteClass.isWhitespace(text[lower]) { lower += 1 }
        while upper > lower, ByteClass.isWhitespace(text[upper - 1]) { upper -= 1 }
        if upper > lower, !(upper - lower == 1 && text[lower] == UInt8(ascii: "-")) { body(.range(lower..<upper)) }
        start = end + 1
      }
    default:
      for item in line.items(column, separator: UInt8(ascii: "|")) { body(.text(item)) }
    }
  }

  /// Adds the items of a list field (`|`-separated; PharmGKB's alternate symbols are comma-separated, items in
  /// quotes).
  private func appendList(
    _ line: DelimitedText.Line, _ column: Int?, _ list: GeneTableStore.List, to store: inout GeneTableStore
  ) {
    guard let column else { return }
    if layout == .pharmgkb {
      for item in line.raw(column).map(DelimitedText.listItems) ?? [] { store.append(list, item) }
      return
    }
    Self.forEachItem(line, column) { item in
      switch item {
      case .range(let range): store.append(list, range: range)
      case .text(let text): store.append(list, text)
      }
    }
  }
}
