import Testing

@testable import GeneDocs

@Suite("Identity resolution")
struct IdentityResolverTests {
  @Test(
    "symbols compare without regard to case, as uppercased() does",
    arguments: [
      ("CDK4", "cdk4", true), ("HLA-B", "hla-b", true), ("CDK4", "CDK6", false), ("CDK4", "CDK40", false),
      ("ÉGR1", "égr1", true), ("ÉGR1", "EGR1", false), ("straße", "STRASSE", true), ("C6orf15", "C6ORF15", true),
    ])
  func sameSymbol(_ left: String, _ right: String, _ same: Bool) {
    #expect(IdentityResolver.sameSymbol(left, right) == same)
    #expect(IdentityResolver.sameSymbol(left, right) == (left.uppercased() == right.uppercased()))
  }

  @Test("a first sentence about the chosen symbol in another case still gives its name")
  func proseInAnotherCase() {
    let prose = ProseIdentity(symbol: "cdk4", name: "Cyclin Dependent Kinase 4", aliases: [])
    let resolver = IdentityResolver(
      frontMatter: nil, title: ProseIdentity(symbol: "CDK4", name: nil, aliases: []), prose: prose,
      proseLocation: nil, path: "x.md")
    let (identity, diagnostics) = resolver.resolve()
    #expect(identity.symbol == "CDK4")
    #expect(identity.name == "Cyclin Dependent Kinase 4")
    #expect(diagnostics.isEmpty)
  }

  @Test(
    "`Name, also known as SYM,` gives the name where front matter, a title or the file name states SYM, and only there",
    arguments: [
      ("---\nsymbol: PBR5\n---\n", "notes.md", "Pyrimidine base reductase 5"),
      ("# PBR5\n\n", "notes.md", "Pyrimidine base reductase 5"),
      ("", "PBR5.md", "Pyrimidine base reductase 5"),
      ("# PBR6\n\n", "notes.md", nil),
      ("", "notes.md", nil),
    ] as [(String, String, String?)])
  func nameBeforeStatedSymbol(_ head: String, _ path: String, _ name: String?) throws {
    let document = head + "## Gene Summary\nPyrimidine base reductase 5, also known as PBR5, opens uracil rings.\n"
    let record = try #require(GeneDocumentConverter().convert(Array(document.utf8), path: path).record)
    #expect(record.name == name)
  }
}
