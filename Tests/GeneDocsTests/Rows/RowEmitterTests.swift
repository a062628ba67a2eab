import Foundation
import Testing

@testable import GeneDocs

@Suite("RowEmitter: section and mention rows as JSON, JSON Lines, CSV and TSV")
struct RowEmitterTests {
  private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  static let mention = Mention(
    kind: .drug, text: "war,farin", id: "PA451906", vocabulary: "drugs.tsv", section: .pharmacogenetics, line: 8,
    column: 3, supported: true)
  static let variant = Mention(
    kind: .variant, text: "rs1800497", id: "rs1800497", vocabulary: nil, section: .summary, line: 2, column: 40)
  static let rows = [
    MentionRow(symbol: "ZNF9X", mention: mention, source: SampleRecord.awkward.source),
    MentionRow(symbol: nil, mention: variant, source: SampleRecord.plain.source),
  ]

  @Test("jsonl: one object a line with every column, supported null where the mention has none")
  func jsonLines() throws {
    var emitter = RowEmitter<MentionRow>(format: .jsonl)
    let bytes = emitter.begin() + emitter.separator() + emitter.encode(Self.rows) + emitter.end()
    let lines = text(bytes).split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
    #expect(second?.count == MentionRow.columns.count)
    #expect(second?["supported"] is NSNull && second?["symbol"] is NSNull)
    #expect(lines[0].hasPrefix(#"{"symbol":"ZNF9X","kind":"drug","text":"war,farin","id":"PA451906","#))
    #expect(lines[0].contains(#""line":8,"column":3,"supported":true,"source_path":"dir/z,9.md","#))
  }

  @Test("json: always an array, the rows of every document its elements")
  func json() throws {
    var emitter = RowEmitter<MentionRow>(format: .json)
    var bytes = emitter.begin()
    for chunk in [Array(Self.rows[...0]), Array(Self.rows[1...])] {
      bytes += emitter.separator() + emitter.encode(chunk)
    }
    bytes += emitter.end()
    let array = try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]]
    #expect(array?.map { $0["text"] as? String } == ["war,farin", "rs1800497"])
    #expect(text(bytes).hasPrefix("[\n  {\n    \"symbol\": \"ZNF9X\",\n"))
    var empty = RowEmitter<SectionRow>(format: .json)
    #expect(text(empty.begin() + empty.end()) == "[]\n")
  }

  @Test("csv and tsv: the chosen columns, each format's escaping, null as an empty field")
  func delimited() throws {
    let columns = try MentionRow.columnIndexes(list: "text, supported,symbol")
    var csv = RowEmitter<MentionRow>(format: .csv, columns: columns)
    #expect(
      text(csv.begin() + csv.encode(Self.rows))
        == "text,supported,symbol\r\n\"war,farin\",true,ZNF9X\r\nrs1800497,,\r\n")
    var tsv = RowEmitter<SectionRow>(format: .tsv, columns: try SectionRow.columnIndexes(list: "section,text"))
    let row = SectionRow(
      symbol: "A", gene: nil, section: .other, heading: nil, text: "a\tb\nc\\", lineStart: 1, lineEnd: 2,
      source: SampleRecord.plain.source)
    #expect(text(tsv.begin() + tsv.encode([row])) == "section\ttext\nother\ta\\tb\\nc\\\\\n")
    var all = RowEmitter<SectionRow>(format: .csv)
    #expect(text(all.begin()) == SectionRow.columns.joined(separator: ",") + "\r\n")
  }

  @Test("an unknown column names the columns there are")
  func unknownColumn() {
    #expect(throws: UnknownColumnError(name: "colour", known: SectionRow.columns)) {
      try SectionRow.columnIndexes(list: "text,colour")
    }
    #expect(
      UnknownColumnError(name: "x", known: MentionRow.columns).description.hasSuffix("source_path, source_sha256"))
  }

  @Test("mention rows carry the record's mentions in order, with its symbol and source")
  func mentionRows() {
    var record = SampleRecord.awkward
    record.mentions = [Self.variant, Self.mention]
    let rows = MentionRow.rows(of: record)
    #expect(rows.map(\.mention) == record.mentions)
    #expect(rows.allSatisfy { $0.symbol == "ZNF9X" && $0.source == record.source })
    #expect(rows[0].values[8] == .null && rows[1].values[8] == .bool(true))
  }
}
