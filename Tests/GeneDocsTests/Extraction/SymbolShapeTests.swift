import Testing

@testable import GeneDocs

@Suite("Gene symbol shape")
struct SymbolShapeTests {
  @Test("accepts HGNC-style symbols", arguments: ["CDK4", "HLA-B", "C6orf15", "ADORA2A-AS1", "F5", "TH", "LKAAEAR1"])
  func accepts(_ word: String) {
    #expect(SymbolShape.matches(Array(word.utf8)))
  }

  @Test("rejects ordinary words", arguments: ["The", "This", "Gamma", "I", "DNA", "gene", "Currently", "A"])
  func rejects(_ word: String) {
    #expect(!SymbolShape.matches(Array(word.utf8)))
  }

  @Test("file names vote only when they are not accessions")
  func fileNames() {
    #expect(IdentityResolver.fileNameSymbol("docs/IL1RN.md") == "IL1RN")
    #expect(IdentityResolver.fileNameSymbol("docs/PA102.md") == nil)
    #expect(IdentityResolver.fileNameSymbol("ENSG00000136689.md") == nil)
    #expect(IdentityResolver.fileNameSymbol("PA2G4.md") == "PA2G4")
    #expect(IdentityResolver.fileNameSymbol("canonical.md") == nil)
    #expect(IdentityResolver.fileNameSymbol("-") == nil)
  }
}
