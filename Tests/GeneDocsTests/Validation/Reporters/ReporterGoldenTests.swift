import Foundation
import Testing

@testable import GeneDocs

@Suite("Reporters: exact output over Fixtures/validate/docs")
struct ReporterGoldenTests {
  static let docs = "Fixtures/validate/docs"
  static let table = "Fixtures/validate/gene-tables/hgnc_complete_set.txt"
  /// Turns GD207 on and names the hand-written vocabulary and annotations.
  static let configuration = "Fixtures/validate/config/gd207.yml"

  /// The golden file of each reporter; `gene2json validate --reporter KIND --gene-table TABLE --config CONFIGURATION
  /// DOCS`, run in the package root, prints exactly this (the CLI tests check that too).
  static func golden(_ kind: ValidationReporterKind) -> String {
    switch kind {
    case .text: return "Fixtures/validate/expected/report.txt"
    case .json: return "Fixtures/validate/expected/report.json"
    case .github: return "Fixtures/validate/expected/report.github.txt"
    case .sarif: return "Fixtures/validate/expected/report.sarif"
    }
  }

  /// The fixture documents, validated against the HGNC fixture table with GD207 on, in sorted path order.
  static func documents() throws -> [ValidatedDocument] {
    let table = try GeneTableReader.parse(try FixturePaths.bytes(table), path: table)
    let configuration = try ValidationConfigurationLoader.load(
      path: FixturePaths.root.appendingPathComponent(Self.configuration).path)
    let reference = ReferenceData(
      geneTables: [table], vocabularies: try configuration.vocabularies.map { try VocabularyReader.read(path: $0) },
      annotations: try configuration.annotations.map { try ClinicalAnnotationsReader.read(path: $0) })
    let validator = DocumentValidator(configuration: configuration, reference: reference)
    let names = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.root.appendingPathComponent(docs).path)
    return try names.filter { $0.hasSuffix(".md") }.sorted().map { name in
      let path = "\(docs)/\(name)"
      return validator.validate(try FixturePaths.bytes(path), path: path)
    }
  }

  @Test("each reporter's output equals its golden file", arguments: ValidationReporterKind.allCases)
  func golden(_ kind: ValidationReporterKind) throws {
    let configuration = try ValidationConfigurationLoader.load(
      path: FixturePaths.root.appendingPathComponent(Self.configuration).path)
    var reporter: any ValidationReporter =
      kind == .sarif
      ? SARIFReporter(configuration: configuration, baseDirectory: FixturePaths.root.path)
      : kind.makeReporter(configuration: configuration)
    var summary = ValidationSummary()
    var output: [UInt8] = []
    for document in try Self.documents() {
      summary.add(document)
      output += reporter.report(document)
    }
    output += reporter.finish(summary)
    Golden.check(output, against: Self.golden(kind))
  }

  @Test("every rule has a fixture that triggers it, and the good fixtures trigger none")
  func everyRule() throws {
    let documents = try Self.documents()
    let codes = Set(documents.flatMap(\.diagnostics).map(\.code))
    #expect(codes == Set(DiagnosticCode.allCases))
    for document in documents {
      let name = document.path.split(separator: "/").last!
      if name.hasPrefix("ok-") {
        #expect(document.findings.isEmpty, "\(name)")
      } else {
        let code = "GD" + name.dropFirst(2).prefix(3)
        #expect(document.diagnostics.contains { $0.code.rawValue == code }, "\(name) does not trigger \(code)")
      }
    }
  }

  @Test("the drug-summary shape is rejected with GD101 for the two missing gene sections")
  func drugSummary() throws {
    let document = try #require(try Self.documents().first { $0.path.hasSuffix("gd101-drug-summary.md") })
    let missing = document.diagnostics.filter { $0.code == .missingSection }
    #expect(missing.map(\.severity) == [.error, .error])
    #expect(missing.map(\.message).allSatisfy { $0.contains("Gene Summary") || $0.contains("Gene Drugs") })
  }
}
