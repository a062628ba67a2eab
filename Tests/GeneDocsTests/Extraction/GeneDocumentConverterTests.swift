import Testing

@testable import GeneDocs

@Suite("Converting documents")
struct GeneDocumentConverterTests {
  private func convert(_ text: String, path: String = "doc.md", options: ConversionOptions = ConversionOptions())
    -> ConversionResult
  {
    GeneDocumentConverter(options: options).convert(Array(text.utf8), path: path)
  }

  private func codes(_ result: ConversionResult) -> [String] { result.diagnostics.map(\.code.rawValue) }

  private let sections = """
    ## Gene Summary
    ABCG2 (ATP Binding Cassette Subfamily G Member 2) exports urate.

    ## Gene Drugs, Diseases, Phenotypes, and Pathways
    Gout is linked to it.

    ## Pharmacogenetics
    Rosuvastatin levels rise in carriers.
    """

  @Test("a deeper heading that names no section stays in its section")
  func subHeading() throws {
    let record = try #require(convert(sections + "\n\n### Variant Q141K\nThe common variant.\n").record)
    #expect(record.pharmacogenetics == "Rosuvastatin levels rise in carriers.\n\nVariant Q141K\n\nThe common variant.")
    #expect(record.otherSections.isEmpty)
  }

  @Test("front matter naming another gene than the prose: no name or aliases borrowed from the prose")
  func proseAboutAnotherGene() throws {
    let result = convert("---\nsymbol: ABCB1\n---\n" + sections)
    let record = try #require(result.record)
    #expect(record.symbol == "ABCB1")
    #expect(record.name == nil)
    #expect(codes(result) == ["GD202"])
    #expect(result.diagnostics[0].line == 2)
  }

  @Test("front matter that is not YAML is kept as text before the first heading")
  func invalidFrontMatter() throws {
    let result = convert("---\nsymbol: [unclosed\n---\n" + sections)
    let record = try #require(result.record)
    #expect(record.otherSections.first == OtherSection(heading: nil, text: "symbol: [unclosed"))
    #expect(result.diagnostics.first?.code == .textBeforeFirstHeading)
    #expect(record.symbol == "ABCG2")
  }

  @Test("metadata keeps YAML types and key order")
  func metadata() throws {
    let record = try #require(convert("---\nzeta: 1\nalpha: true\nbeta: [x, 2.5]\nnote: null\n---\n" + sections).record)
    #expect(
      record.metadata == [
        JSONMember("zeta", .int(1)), JSONMember("alpha", .bool(true)),
        JSONMember("beta", .array([.string("x"), .double(2.5)])), JSONMember("note", .null),
      ])
  }

  @Test("a title line outranks the prose and is not a section")
  func title() throws {
    let result = convert("# ABCG2 — Breast Cancer Resistance Protein\n\n" + sections)
    let record = try #require(result.record)
    #expect(record.name == "Breast Cancer Resistance Protein")
    #expect(record.otherSections.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test("an empty section is null with GD105")
  func emptySection() throws {
    let result = convert(sections.replacingOccurrences(of: "Gout is linked to it.", with: ""))
    #expect(result.record?.associations == nil)
    #expect(codes(result) == ["GD105"])
  }

  @Test("--markdown slices each section's source byte for byte")
  func markdownSlices() throws {
    let text = sections.replacingOccurrences(of: "Gout is linked", with: "**Gout** is [linked](https://x.example)")
    let record = try #require(convert(text, options: ConversionOptions(markdown: true)).record)
    #expect(record.associations == "**Gout** is [linked](https://x.example) to it.")
  }

  @Test("a million nested block quotes are turned away before parsing, with GD303")
  func deepNesting() throws {
    let result = convert(String(repeating: ">", count: 1_000_000))
    #expect(result.record == nil)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .notText)
    #expect(diagnostic.severity == .error)
    #expect((diagnostic.line, diagnostic.column) == (1, 33))
  }

  @Test("entities cmark turns into non-characters still give valid UTF-8 text")
  func nonCharacterEntities() throws {
    let record = try #require(convert("## Gene Summary\nABCG2 &#xFFFE; and &#xD800; and &#0;.\n").record)
    let summary = try #require(record.summary)
    #expect(String(validating: Array(summary.utf8), as: UTF8.self) != nil)
    #expect(summary.hasPrefix("ABCG2 "))
  }

  @Test("star alleles keep their asterisks")
  func starAlleles() throws {
    let record = try #require(convert(sections + "\nCarriers of ABCG2*2 and ABCG2*3 differ.\n").record)
    #expect(record.pharmacogenetics?.contains("ABCG2*2 and ABCG2*3") == true)
  }
}
