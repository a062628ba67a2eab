import Testing

@testable import GeneDocs

@Suite("Section plain text")
struct DocumentSectionTests {
  private static func convert(_ text: String) throws -> GeneRecord {
    try #require(GeneDocumentConverter().convert(Array(text.utf8), path: "-").record)
  }

  @Test("has no leading or trailing white space, even when a code block starts or ends it (SPEC §2)")
  func trimmed() throws {
    let record = try Self.convert("## Gene Summary\n\n      indented code\n\n## Extra\n\n```\n\n  x  \n```\n")
    #expect(record.summary == "indented code")
    #expect(record.otherSections.first?.text == "x")
  }

  @Test("inner white space of code blocks is kept")
  func innerKept() throws {
    let record = try Self.convert("## Gene Summary\nTPMT is a gene.\n\n```\na\n\n  b\n```\n")
    #expect(record.summary == "TPMT is a gene.\n\na\n\n  b")
  }

  @Test("a section whose only text is white space has no text: GD105, the field null")
  func whitespaceOnly() throws {
    let record = try Self.convert("## Gene Summary\nTPMT is a gene.\n\n## Pharmacogenetics\n\n```\n   \n```\n")
    #expect(record.pharmacogenetics == nil)
    #expect(record.diagnostics.contains { $0.code == .emptySection && $0.line == 4 })
  }
}
