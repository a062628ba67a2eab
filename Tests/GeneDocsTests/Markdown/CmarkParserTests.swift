import Testing

@testable import GeneDocs

@Suite("The cmark parser")
struct CmarkParserTests {
  @Test("walks a million nested block quotes without recursion")
  func deepNesting() {
    let document = CmarkParser().parse(Array(String(repeating: ">", count: 1_000_000).utf8))
    #expect(document.blocks.count == 1)
    #expect(document.blocks.first?.kind == .blockQuote)
  }

  @Test("copies top-level blocks with 1-based positions and plain text")
  func blocks() {
    let source = "# Title\n\nSome *emphasis* and `code`\nacross lines.\n\n- one\n- two\n\n> quoted\n"
    let document = CmarkParser().parse(Array(source.utf8))
    #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .list, .blockQuote])
    #expect(document.blocks.map(\.start.line) == [1, 3, 6, 9])
    #expect(document.blocks[1].text == "Some emphasis and code across lines.")
    #expect(document.blocks[2].text == "one\n\ntwo")
  }

  @Test("a setext heading ends on its underline")
  func setext() {
    let document = CmarkParser().parse(Array("Gene Summary\n============\nText.\n".utf8))
    #expect(document.blocks.first?.headingLevel == 1)
    #expect(document.blocks.first?.endLine == 2)
  }
}
