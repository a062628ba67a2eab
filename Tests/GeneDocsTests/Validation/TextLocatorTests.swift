import Testing

@testable import GeneDocs

@Suite("Locating text and counting UTF-16 columns")
struct TextLocatorTests {
  @Test("whole words only: CDK4 is not found inside CDK44 or XCDK4")
  func wholeWord() {
    let locator = TextLocator(Array("CDK44 XCDK4\r\nthe CDK4-bound form".utf8))
    #expect(locator.firstWord("CDK4") == SourceLocation(line: 2, column: 5))
    #expect(locator.first("CDK4") == SourceLocation(line: 1, column: 1))
    #expect(locator.firstWord("ABC") == nil)
  }

  @Test("a byte column after multi-byte characters is a smaller UTF-16 column")
  func utf16() {
    let locator = TextLocator(Array("x\né🧬 CDK4\n".utf8))
    let byteColumn = locator.firstWord("CDK4")
    #expect(byteColumn == SourceLocation(line: 2, column: 8))
    #expect(locator.utf16Column(of: SourceLocation(line: 2, column: 8)) == 5)
    #expect(locator.utf16Column(of: SourceLocation(line: 1, column: 1)) == 1)
  }
}
