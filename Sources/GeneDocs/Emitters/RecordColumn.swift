/// A column of the CSV and TSV outputs: one field of the record as text.
///
/// Arrays of strings join with `; `; nested values (`other_sections`, `metadata`, `gene`, `mentions`, `diagnostics`)
/// hold their compact JSON text; `drugs` and `variants` are the distinct drug and variant mentions (first spelling,
/// in document order) joined with `; `; a null value is an empty field.
public enum RecordColumn: String, Sendable, CaseIterable {
  case symbol
  case name
  case aliases
  case summary
  case associations
  case pharmacogenetics
  case otherSections = "other_sections"
  case metadata
  case gene
  case approvedSymbol = "approved_symbol"
  case hgncID = "hgnc_id"
  case ncbiGeneID = "ncbi_gene_id"
  case ensemblID = "ensembl_id"
  case pharmgkbID = "pharmgkb_id"
  case mentions
  case drugs
  case variants
  case sourcePath = "source_path"
  case sourceSHA256 = "source_sha256"
  case sourceBytes = "source_bytes"
  case diagnostics
  case errorCount = "error_count"
  case warningCount = "warning_count"

  /// SPEC §3's default columns.
  public static let defaults: [RecordColumn] = [
    .symbol, .name, .aliases, .summary, .associations, .pharmacogenetics, .otherSections, .sourcePath,
    .sourceSHA256,
  ]

  /// The columns of a comma-separated list such as `symbol,name,source_path` (spaces around names allowed).
  public static func parse(list: String) throws(UnknownColumnError) -> [RecordColumn] {
    var columns: [RecordColumn] = []
    for name in names(inList: list) {
      guard let column = RecordColumn(rawValue: name) else { throw UnknownColumnError(name: name) }
      columns.append(column)
    }
    return columns
  }

  /// The names of a comma-separated list, spaces around them dropped (an empty name stays, to be refused).
  static func names(inList list: String) -> [String] {
    list.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
  }

  /// The column's value in a record, or nil for null.
  public func text(of record: GeneRecord) -> String? {
    switch self {
    case .symbol: return record.symbol
    case .name: return record.name
    case .aliases: return record.aliases.joined(separator: "; ")
    case .summary: return record.summary
    case .associations: return record.associations
    case .pharmacogenetics: return record.pharmacogenetics
    case .otherSections: return Self.json { GeneRecord.write(record.otherSections, key: nil, to: &$0) }
    case .metadata: return Self.json { $0.value(.object(record.metadata)) }
    case .gene: return record.gene.map { gene in Self.json { GeneRecord.write(gene, key: nil, to: &$0) } }
    case .approvedSymbol: return record.gene?.approvedSymbol
    case .hgncID: return record.gene?.hgncID
    case .ncbiGeneID: return record.gene?.ncbiGeneID
    case .ensemblID: return record.gene?.ensemblID
    case .pharmgkbID: return record.gene?.pharmgkbID
    case .mentions: return Self.json { GeneRecord.write(record.mentions, key: nil, to: &$0) }
    case .drugs: return Self.distinct(record.mentions, kind: .drug)
    case .variants: return Self.distinct(record.mentions, kind: .variant)
    case .sourcePath: return record.source.path
    case .sourceSHA256: return record.source.sha256
    case .sourceBytes: return String(record.source.bytes)
    case .diagnostics: return Self.json { GeneRecord.write(record.diagnostics, key: nil, to: &$0) }
    case .errorCount: return String(record.diagnostics.count { $0.severity == .error })
    case .warningCount: return String(record.diagnostics.count { $0.severity == .warning })
    }
  }

  /// The distinct mentions of a kind (by id, else by text case aside), as first written, joined with `; `.
  private static func distinct(_ mentions: [Mention], kind: Mention.Kind) -> String {
    var seen: Set<String> = []
    var texts: [String] = []
    for mention in mentions where mention.kind == kind {
      if seen.insert(mention.id ?? mention.text.lowercased()).inserted { texts.append(mention.text) }
    }
    return texts.joined(separator: "; ")
  }

  private static func json(_ body: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter(pretty: false, reservingCapacity: 256)
    body(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
