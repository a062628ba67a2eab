/// One section of a record as a flat row (`--records section`, SPEC §8), for embedding and retrieval pipelines:
/// the document's symbol and gene ids, which part of the record the section is, its heading and text (plain, or
/// Markdown with `--markdown`), its lines in the document and the document's source.
///
/// A record gives one row for each section field that is not null and one for each entry of `other_sections`, in
/// document order.
public struct SectionRow: RecordRow, Equatable {
  /// The document's symbol.
  public var symbol: String?
  /// The document's gene (from the gene tables), or nil.
  public var gene: GeneIdentifiers?
  /// The part of the record: `summary`, `associations`, `pharmacogenetics` or `other`.
  public var section: Mention.Section
  /// The heading's plain text as the document writes it; nil for text before the first heading.
  public var heading: String?
  /// The section's text, as in the record.
  public var text: String
  /// The heading's line (or the first line of text before the first heading).
  public var lineStart: Int
  /// The section's last line.
  public var lineEnd: Int
  /// The document's path and SHA-256.
  public var source: RecordSource

  /// Creates a row.
  public init(
    symbol: String?, gene: GeneIdentifiers?, section: Mention.Section, heading: String?, text: String,
    lineStart: Int, lineEnd: Int, source: RecordSource
  ) {
    self.symbol = symbol
    self.gene = gene
    self.section = section
    self.heading = heading
    self.text = text
    self.lineStart = lineStart
    self.lineEnd = lineEnd
    self.source = source
  }

  /// The column names in order.
  public static let columns = [
    "symbol", "approved_symbol", "hgnc_id", "ncbi_gene_id", "ensembl_id", "pharmgkb_id", "section", "heading", "text",
    "line_start", "line_end", "source_path", "source_sha256",
  ]

  /// The values in column order.
  public var values: [RowValue] {
    [
      .string(symbol), .string(gene?.approvedSymbol), .string(gene?.hgncID), .string(gene?.ncbiGeneID),
      .string(gene?.ensemblID), .string(gene?.pharmgkbID), .string(section.rawValue), .string(heading),
      .string(text), .int(lineStart), .int(lineEnd), .string(source.path), .string(source.sha256),
    ]
  }

  /// The rows of a converted document: its record's sections, each with the span the converter found for it.
  public static func rows(of result: ConversionResult) -> [SectionRow] {
    guard let record = result.record else { return [] }
    return rows(of: record, sections: result.sections)
  }

  /// The rows of a record whose sections are at `spans` (``ConversionResult/sections``); a span whose text the
  /// record does not have gives no row.
  public static func rows(of record: GeneRecord, sections spans: [SectionSpan]) -> [SectionRow] {
    var rows: [SectionRow] = []
    rows.reserveCapacity(spans.count)
    var others = record.otherSections.makeIterator()
    for span in spans {
      let text: String?
      switch span.section {
      case .summary: text = record.summary
      case .associations: text = record.associations
      case .pharmacogenetics: text = record.pharmacogenetics
      case .other: text = others.next()?.text
      }
      guard let text else { continue }
      rows.append(
        SectionRow(
          symbol: record.symbol, gene: record.gene, section: span.section, heading: span.heading, text: text,
          lineStart: span.lineStart, lineEnd: span.lineEnd, source: record.source))
    }
    return rows
  }
}
