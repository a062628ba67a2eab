import Testing

@testable import GeneDocs

@Suite("GD203, GD204 and GD206 against a gene table")
struct GeneTableCheckTests {
  static let entries = [
    GeneTableEntry(
      symbol: "CDK4", name: "cyclin dependent kinase 4", previousSymbols: ["CMM3"], aliasSymbols: ["PSK-J3"],
      previousNames: ["cell division kinase four"]),
    GeneTableEntry(symbol: "HLA-B", name: "major histocompatibility complex, class I, B", aliasSymbols: ["HLAB"]),
    GeneTableEntry(symbol: "ABC2", name: "second gene", previousSymbols: ["OLD1"]),
    GeneTableEntry(symbol: "ABC3", name: "third gene", previousSymbols: ["OLD1"]),
    GeneTableEntry(symbol: "ABC4", name: "fourth gene", previousSymbols: ["OLD1"]),
  ]

  func diagnostics(
    symbol: String?, name: String?, source: String = "", layout: GeneTableLayout = .hgnc
  ) -> [Diagnostic] {
    let record = GeneRecord(
      symbol: symbol, name: name, aliases: [], summary: nil, associations: nil, pharmacogenetics: nil,
      otherSections: [],
      metadata: [], source: RecordSource(path: "x.md", sha256: "", bytes: 0), diagnostics: [])
    let check = GeneTableCheck(table: GeneTable(layout: layout, entries: Self.entries))
    return check.diagnostics(for: record, source: Array(source.utf8))
  }

  @Test(
    "names agree case, hyphens, punctuation and spacing aside",
    arguments: [
      "Cyclin-Dependent Kinase 4", "cyclin dependent kinase 4", "CYCLIN DEPENDENT KINASE-4",
      "Cyclin dependent kinase (4)",
    ])
  func sameName(_ name: String) {
    #expect(diagnostics(symbol: "CDK4", name: name).isEmpty)
  }

  @Test("no name, or no symbol, is not checked")
  func nothingToCheck() {
    #expect(diagnostics(symbol: "CDK4", name: nil).isEmpty)
    #expect(diagnostics(symbol: nil, name: "anything").isEmpty)
  }

  @Test("GD204 at the name, with a note when it is a previous name")
  func differentName() {
    let source = "## Gene Summary\nCDK4 (Cell Division Kinase Four) is a kinase.\n"
    let found = diagnostics(symbol: "CDK4", name: "Cell Division Kinase Four", source: source)
    #expect(
      found == [
        Diagnostic(
          .nameDiffersFromGeneTable,
          "name 'Cell Division Kinase Four' differs from the gene table's approved name 'cyclin dependent kinase 4' "
            + "for CDK4 (it is a previous name)", at: SourceLocation(line: 2, column: 7))
      ])
    #expect(found.first?.severity == .warning)
  }

  @Test("GD203 for an unknown symbol, at its first whole-word occurrence")
  func unknown() {
    let source = "---\nsymbol: XYZ\n---\nXYZZY and XYZ are here.\n"
    #expect(
      diagnostics(symbol: "XYZ", name: nil, source: source) == [
        Diagnostic(
          .symbolNotInGeneTable, "symbol 'XYZ' is not in the gene table", at: SourceLocation(line: 2, column: 9))
      ])
  }

  @Test(
    "GD206 names the approved symbol a previous or alias symbol of one gene maps to, and that gene is the document's",
    arguments: [
      ("CMM3", GeneTableLayout.hgnc, "a previous symbol of 'CDK4'"),
      ("PSK-J3", .hgnc, "an alias symbol of 'CDK4'"),
      ("PSK-J3", .ncbi, "a synonym of 'CDK4'"),
    ])
  func resolved(_ symbol: String, _ layout: GeneTableLayout, _ reason: String) {
    let found = diagnostics(symbol: symbol, name: nil, layout: layout)
    #expect(found.map(\.code) == [.symbolIsPreviousOrAlias])
    #expect(found.first?.severity == .warning)
    #expect(
      found.first?.message == "symbol '\(symbol)' is \(reason) in the gene table (gene holds the approved symbol)")
    let check = GeneTableCheck(table: GeneTable(layout: layout, entries: Self.entries))
    let resolution = check.resolve(symbol: symbol, name: nil, accession: nil, source: [])
    #expect(resolution.entry?.symbol == "CDK4")
  }

  @Test(
    "GD203 when the symbol is in another case or maps to several genes",
    arguments: [
      ("OLD1", "it is a previous symbol of 'ABC2', 'ABC3' or 'ABC4'"),
      ("Cdk4", "the approved symbol is 'CDK4' (the case differs)"),
    ])
  func mapped(_ symbol: String, _ reason: String) {
    let found = diagnostics(symbol: symbol, name: nil)
    #expect(found.map(\.code) == [.symbolNotInGeneTable])
    #expect(found.first?.message == "symbol '\(symbol)' is not an approved symbol in the gene table: \(reason)")
    #expect(found.first?.location == .start)
  }

  @Test("a previous symbol of several genes resolves to the one the file name's accession names")
  func ambiguousResolvedByAccession() {
    let check = GeneTableCheck(table: GeneTable(layout: .hgnc, entries: Self.entries))
    let resolution = check.resolve(symbol: "OLD1", name: nil, accession: Self.entries[3], source: [])
    #expect(resolution.entry?.symbol == "ABC3")
    #expect(resolution.diagnostics.map(\.code) == [.symbolIsPreviousOrAlias])
    let unknown = check.resolve(symbol: "NOPE1", name: nil, accession: Self.entries[2], source: [])
    #expect(unknown.entry?.symbol == "ABC2")
    #expect(unknown.diagnostics.map(\.code) == [.symbolNotInGeneTable])
  }

  @Test("HLA-B is found as a whole word after a BOM, the column counted as the converter does")
  func locationAfterBOM() {
    let source = "\u{FEFF}# HLA-B\n"
    #expect(
      diagnostics(symbol: "HLA-B", name: "Other", source: source).first?.location == SourceLocation(line: 1, column: 3))
  }
}
