import Testing

@testable import GeneDocs

@Suite("Validating documents with a configuration")
struct DocumentValidatorTests {
  static let document = """
    Draft notes.

    ## Overview
    CDK4 (Cyclin Dependent Kinase 4) is a kinase.

    ## Gene Drugs, Diseases, Phenotypes, and Pathways
    Melanoma.

    ## Pharmacogenetics
    Palbociclib.

    """

  @Test("the defaults report every conversion diagnostic with its default severity")
  func defaults() {
    let found = DocumentValidator().validate(Array(Self.document.utf8), path: "doc.md").diagnostics
    #expect(found.map(\.code) == [.textBeforeFirstHeading, .missingSection, .noSymbol, .unknownSection])
    #expect(found.map(\.severity) == [.warning, .error, .error, .warning])
  }

  @Test("rules set off are dropped, others take the configured severity, heading aliases are used")
  func configured() {
    let configuration = ValidationConfiguration(
      rules: [.textBeforeFirstHeading: .error, .sectionOrder: .off], headingAliases: [.summary: ["Overview"]])
    let found = DocumentValidator(configuration: configuration).validate(Array(Self.document.utf8), path: "doc.md")
    #expect(found.diagnostics.map(\.code) == [.textBeforeFirstHeading])
    #expect(found.diagnostics.map(\.severity) == [.error])
    let off = ValidationConfiguration(rules: [.textBeforeFirstHeading: .off], headingAliases: [.summary: ["Overview"]])
    #expect(DocumentValidator(configuration: off).validate(Array(Self.document.utf8), path: "doc.md").findings.isEmpty)
  }

  @Test("gene table findings are merged in line order")
  func geneTable() {
    let table = GeneTable(layout: .hgnc, entries: [GeneTableEntry(symbol: "CDK4", name: "cyclin dependent kinase 9")])
    let validator = DocumentValidator(
      configuration: ValidationConfiguration(headingAliases: [.summary: ["Overview"]]), geneTable: table)
    let found = validator.validate(Array(Self.document.utf8), path: "doc.md").diagnostics
    #expect(found.map(\.code) == [.textBeforeFirstHeading, .nameDiffersFromGeneTable])
    #expect(found.last?.location == SourceLocation(line: 4, column: 7))
  }

  @Test("documents over the size limit are GD303")
  func oversized() {
    let found = DocumentValidator(maxBytes: 10).validate(Array(Self.document.utf8), path: "doc.md").diagnostics
    #expect(found.map(\.code) == [.notText])
  }

  @Test("the summary counts files, errors and warnings; --strict fails on warnings")
  func summary() {
    var summary = ValidationSummary()
    summary.add(DocumentValidator().validate(Array(Self.document.utf8), path: "doc.md"))
    summary.add(ValidatedDocument(path: "clean.md", findings: []))
    #expect(summary.files == 2)
    #expect(summary.filesWithFindings == 1)
    #expect(summary.errors == 2)
    #expect(summary.warnings == 2)
    #expect(summary.failed(strict: false))
    var warningsOnly = ValidationSummary()
    warningsOnly.add(
      ValidatedDocument(path: "w.md", findings: [ValidationFinding(Diagnostic(.sectionOrder, "m", at: .start))]))
    #expect(!warningsOnly.failed(strict: false))
    #expect(warningsOnly.failed(strict: true))
  }
}
