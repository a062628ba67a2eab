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
}
