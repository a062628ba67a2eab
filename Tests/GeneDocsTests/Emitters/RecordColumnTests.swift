import Testing

@testable import GeneDocs

@Suite("RecordColumn")
struct RecordColumnTests {
  @Test("values: arrays joined with '; ', nested values as compact JSON, counts, null as nil")
  func values() {
    let record = SampleRecord.awkward
    #expect(RecordColumn.aliases.text(of: record) == "A,B; C\tD")
    #expect(RecordColumn.associations.text(of: record) == nil)
    #expect(
      RecordColumn.otherSections.text(of: record)
        == #"[{"heading":"Notes","text":"a\nb"},{"heading":null,"text":"pre"}]"#)
    #expect(RecordColumn.metadata.text(of: record) == #"{"tags":["x",0.5,null]}"#)
    #expect(RecordColumn.diagnostics.text(of: record)?.hasPrefix(#"[{"severity":"warning","code":"GD103","#) == true)
    #expect(RecordColumn.sourceBytes.text(of: record) == "321")
    #expect(RecordColumn.errorCount.text(of: record) == "1")
    #expect(RecordColumn.warningCount.text(of: record) == "1")
    #expect(RecordColumn.otherSections.text(of: SampleRecord.plain) == "[]")
    #expect(RecordColumn.metadata.text(of: SampleRecord.plain) == "{}")
  }

  @Test("parse: names in order, spaces allowed; an unknown or empty name throws")
  func parse() throws {
    #expect(try RecordColumn.parse(list: "source_path, symbol,error_count") == [.sourcePath, .symbol, .errorCount])
    #expect(throws: UnknownColumnError(name: "colour")) { try RecordColumn.parse(list: "symbol,colour") }
    #expect(throws: UnknownColumnError(name: "")) { try RecordColumn.parse(list: "symbol,,name") }
  }
}
