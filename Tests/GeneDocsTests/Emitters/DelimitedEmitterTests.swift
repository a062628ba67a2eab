import Testing

@testable import GeneDocs

@Suite("CSVEmitter and TSVEmitter")
struct DelimitedEmitterTests {
  private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test("CSV: header row, CRLF rows, fields with , \" CR LF quoted and quotes doubled, null empty")
  func csv() {
    var emitter = CSVEmitter(columns: [.symbol, .name, .aliases, .summary, .associations, .sourcePath])
    #expect(text(emitter.begin()) == "symbol,name,aliases,summary,associations,source_path\r\n")
    #expect(
      text(emitter.emit(SampleRecord.awkward))
        == "ZNF9X,\"Zinc \"\"Nine\"\", X\",\"A,B; C\tD\",\"Line one,\r\nline \"\"two\"\"\tand a \\ backslash — β 亜鉛\","
        + ",\"dir/z,9.md\"\r\n")
    #expect(emitter.end() == [])
  }

  @Test("TSV: header row, LF rows, tab LF CR backslash escaped, nothing else")
  func tsv() {
    var emitter = TSVEmitter(columns: [.symbol, .name, .aliases, .summary, .associations, .pharmacogenetics])
    #expect(text(emitter.begin()) == "symbol\tname\taliases\tsummary\tassociations\tpharmacogenetics\n")
    #expect(
      text(emitter.emit(SampleRecord.awkward))
        == "ZNF9X\tZinc \"Nine\", X\tA,B; C\\tD\tLine one,\\r\\nline \"two\"\\tand a \\\\ backslash — β 亜鉛\t\t\n")
  }

  @Test("the default columns are SPEC §3's")
  func defaults() {
    var emitter = CSVEmitter()
    #expect(
      text(emitter.begin())
        == "symbol,name,aliases,summary,associations,pharmacogenetics,other_sections,source_path,source_sha256\r\n")
  }
}
