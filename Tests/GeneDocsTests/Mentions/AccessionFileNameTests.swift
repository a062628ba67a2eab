import Testing

@testable import GeneDocs

@Suite("Accession file names: the stem a gene table looks up")
struct AccessionFileNameTests {
  @Test(
    "an accession's stem, HGNC_ read as HGNC:; anything else is nil",
    arguments: [
      ("docs/PA128.md", "PA128"),
      ("/a/b.c/pa128.markdown", "pa128"),
      ("HGNC:2625.md", "HGNC:2625"),
      ("x/hgnc_2625.md", "HGNC:2625"),
      ("ENSG00000100197.md", "ENSG00000100197"),
      ("PA128.é.md", "PA128"),
      ("PA.md", nil),
      ("PA12a.md", nil),
      ("PA12\u{0663}.md", nil),
      ("CYP2D6.md", nil),
      ("docs/", nil),
      ("-", nil),
      ("HGNC_.md", nil),
    ] as [(String, String?)])
  func stem(path: String, expected: String?) {
    #expect(AccessionFileName.stem(of: path) == expected)
  }
}
