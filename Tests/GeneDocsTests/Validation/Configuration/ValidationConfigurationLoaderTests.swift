import Foundation
import Testing

@testable import GeneDocs

@Suite(".gene2json.yml: reading and finding")
struct ValidationConfigurationLoaderTests {
  // MARK: - Reading

  @Test("rules by code or name, true/false, heading aliases and a gene table relative to the file")
  func fullConfiguration() throws {
    let yaml = """
      rules:
        GD103: off
        name-differs-from-gene-table: error
        GD107: false
        gd106: true
      headings:
        summary: [Overview, Gene Overview]
        pharmacogenetics: PGx
      gene-table: tables/hgnc_complete_set.txt
      """
    let configuration = try ValidationConfigurationLoader.parse(yaml, path: "config/.gene2json.yml")
    #expect(configuration.path == "config/.gene2json.yml")
    #expect(
      configuration.rules == [
        .unknownSection: .off, .nameDiffersFromGeneTable: .error, .sectionOrder: .off,
        .textBeforeFirstHeading: .warning,
      ])
    #expect(configuration.headingAliases == [.summary: ["Overview", "Gene Overview"], .pharmacogenetics: ["PGx"]])
    #expect(configuration.geneTable == "config/tables/hgnc_complete_set.txt")
    #expect(configuration.severity(for: .unknownSection) == nil)
    #expect(configuration.severity(for: .nameDiffersFromGeneTable) == .error)
    #expect(configuration.severity(for: .missingSection) == .error)
  }

  @Test("an empty file, or one of comments, is the default configuration")
  func empty() throws {
    #expect(try ValidationConfigurationLoader.parse("", path: "c.yml") == ValidationConfiguration(path: "c.yml"))
    #expect(try ValidationConfigurationLoader.parse("# nothing\n", path: "c.yml").rules.isEmpty)
  }

  @Test("an absolute gene table path is kept")
  func absoluteGeneTable() throws {
    let configuration = try ValidationConfigurationLoader.parse("gene-table: /data/gene_info\n", path: "a/c.yml")
    #expect(configuration.geneTable == "/data/gene_info")
  }

  @Test(
    "a bad configuration names the key and its line",
    arguments: [
      (
        "rules:\n  GD101: error\nrulez: {}\n", 3,
        "unknown key 'rulez' (expected rules, headings, gene-table, vocabularies, annotations or exclude)"
      ),
      ("rules:\n  GD103: loud\n", 2, "'rules.GD103' is 'loud', not a rule setting (use off, warning or error)"),
      ("rules:\n  GD999: off\n", 2, "unknown rule 'GD999' under 'rules'"),
      ("rules:\n  GD103: off\n  unknown-section: error\n", 3, "rule GD103 (unknown-section) is set twice"),
      ("rules: [GD101]\n", 1, "'rules' must be a mapping of keys to values"),
      ("headings:\n  references: [Sources]\n", 2, "unknown field 'references' under 'headings'"),
      ("headings:\n  summary: []\n", nil, nil),
      ("headings:\n  summary: [Overview, {a: b}]\n", 2, "'headings.summary' must be a non-empty string"),
      ("gene-table: ''\n", 1, "'gene-table' must be a non-empty string"),
      ("- just\n- a list\n", 1, "the configuration must be a mapping of keys to values"),
      ("rules:\n  GD101: error\n GD102: off\n", 3, "configuration is not valid YAML"),
      ("rules: {}\nrules: {}\n", 1, "key 'rules' appears more than once"),
      ("rules:\n  [a]: off\n", 2, "a key in 'rules' is not text"),
    ] as [(String, Int?, String?)])
  func badConfiguration(_ yaml: String, _ line: Int?, _ message: String?) throws {
    guard let message else {
      _ = try ValidationConfigurationLoader.parse(yaml, path: "c.yml")
      return
    }
    let error = #expect(throws: ValidationSetupError.self) {
      try ValidationConfigurationLoader.parse(yaml, path: "c.yml")
    }
    #expect(error?.line == line)
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    #expect(error?.description.hasPrefix("c.yml:\(line ?? 0):") == true)
  }

  @Test("an unreadable file is an error naming it")
  func unreadable() {
    let error = #expect(throws: ValidationSetupError.self) {
      try ValidationConfigurationLoader.load(path: "/nonexistent/.gene2json.yml")
    }
    #expect(
      error?.description == "/nonexistent/.gene2json.yml: error: cannot read configuration: No such file or directory")
  }

  // MARK: - Finding

  @Test("found in the starting folder or the nearest folder above it")
  func findUpward() throws {
    let top = FileManager.default.temporaryDirectory.appendingPathComponent("g2j-config-\(UUID().uuidString)")
    let deep = top.appendingPathComponent("a/b/c")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: top) }
    #expect(
      ValidationConfigurationLoader.find(from: deep.path) == nil
        || !ValidationConfigurationLoader.find(from: deep.path)!.hasPrefix(top.path))
    try Data("rules: {}\n".utf8).write(to: top.appendingPathComponent("a/.gene2json.yaml"))
    #expect(ValidationConfigurationLoader.find(from: deep.path) == top.path + "/a/.gene2json.yaml")
    try Data("rules: {}\n".utf8).write(to: top.appendingPathComponent("a/b/.gene2json.yml"))
    #expect(ValidationConfigurationLoader.find(from: deep.path) == top.path + "/a/b/.gene2json.yml")
    #expect(ValidationConfigurationLoader.find(from: top.path + "/a/b") == top.path + "/a/b/.gene2json.yml")
  }
}
