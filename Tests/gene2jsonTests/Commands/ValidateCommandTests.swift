import Foundation
import Testing

@Suite("gene2json validate, through the binary")
struct ValidateCommandTests {
  static let docs = "Fixtures/validate/docs"
  static let table = "Fixtures/validate/gene-tables/hgnc_complete_set.txt"
  /// An explicit empty configuration, so that no `.gene2json.yml` above the checkout changes the results.
  static let defaults = ["--config", "Fixtures/validate/config/defaults.yml"]

  static func doc(_ name: String) -> String { "\(docs)/\(name).md" }

  // MARK: - Reporters

  @Test(
    "each reporter prints exactly its golden file (the library tests record them), exit 1",
    arguments: [
      ("text", "report.txt"), ("json", "report.json"), ("github", "report.github.txt"), ("sarif", "report.sarif"),
    ])
  func reporterGolden(_ reporter: String, _ golden: String) throws {
    let run = try CLI.run(
      [
        "validate", "--reporter", reporter, "--gene-table", Self.table, "--config",
        "Fixtures/validate/config/gd207.yml",
      ]
        + [Self.docs])
    #expect(run.status == 1)
    #expect(run.stderr.isEmpty)
    let expected = try Data(contentsOf: CLI.root.appendingPathComponent("Fixtures/validate/expected/\(golden)"))
    #expect(run.stdoutText == String(decoding: expected, as: UTF8.self))
  }

  @Test("good documents: exit 0 and only the summary line")
  func good() throws {
    let run = try CLI.run(
      ["validate", Self.doc("ok-canonical"), Self.doc("ok-front-matter"), "--gene-table", Self.table] + Self.defaults)
    #expect(run.status == 0)
    #expect(run.stdoutText == "Summary: 0 error(s), 0 warning(s) in 2 file(s)\n")
    #expect(run.stderr.isEmpty)
  }

  @Test("warnings exit 0, or 1 with --strict")
  func strict() throws {
    let plain = try CLI.run(["validate", Self.doc("gd103-unknown-section")] + Self.defaults)
    #expect(plain.status == 0)
    #expect(plain.stdoutText.contains(":10:1: warning: section 'Further Reading' is not one of the three"))
    let strict = try CLI.run(["validate", "--strict", Self.doc("gd103-unknown-section")] + Self.defaults)
    #expect(strict.status == 1)
    #expect(strict.stdoutText == plain.stdoutText)
  }

  @Test("the drug-summary shape is rejected with GD101s")
  func drugSummary() throws {
    let run = try CLI.run(["validate", Self.doc("gd101-drug-summary")] + Self.defaults)
    #expect(run.status == 1)
    #expect(run.stdoutText.contains("1:1: error: required section 'Gene Summary' is missing [GD101]"))
    #expect(
      run.stdoutText.contains(
        "1:1: error: required section 'Gene Drugs, Diseases, Phenotypes, and Pathways' is missing [GD101]"))
  }

  // MARK: - Configuration and gene tables

  @Test("a configuration sets severities, turns rules off, adds headings and names a gene table beside it")
  func configuration() throws {
    let names = ["gd206-previous-symbol", "gd204-name-differs", "gd103-unknown-section"]
    let run = try CLI.run(["validate", "--config", "Fixtures/validate/config/ncbi.yml"] + names.map(Self.doc))
    #expect(run.status == 1)
    #expect(
      run.stdoutText.contains(
        "warning: symbol 'CMM3' is a synonym of 'CDK4' in the gene table (gene holds the approved symbol) [GD206]"))
    #expect(run.stdoutText.contains("2:9: error: name 'Vitamin K Epoxide Reductase' differs"))
    #expect(!run.stdoutText.contains("GD103"))
    let sarif = try CLI.run([
      "validate", "--reporter", "sarif", "--config", "Fixtures/validate/config/ncbi.yml", Self.doc("ok-canonical"),
    ])
    #expect(sarif.status == 0)
    #expect(sarif.stdoutText.contains("\"ruleConfigurationOverrides\""))
  }

  @Test("--gene-table overrides the configuration's table")
  func geneTableOverride() throws {
    let run = try CLI.run(
      [
        "validate", "--config", "Fixtures/validate/config/ncbi.yml", "--gene-table", Self.table,
        Self.doc("gd206-previous-symbol"),
      ])
    #expect(
      run.stdoutText.contains(
        "is a previous symbol of 'CDK4' in the gene table (gene holds the approved symbol) [GD206]"))
  }

  @Test(
    "a bad configuration or gene table is a tool failure: exit 2, the file, key and line on stderr, nothing on stdout",
    arguments: [
      (
        ["--config", "Fixtures/validate/config/bad-key.yml"],
        "Fixtures/validate/config/bad-key.yml:3:1: error: "
          + "unknown key 'rulez' (expected rules, headings, gene-table, vocabularies, annotations or exclude)\n"
      ),
      (
        ["--config", "Fixtures/validate/config/bad-severity.yml"],
        "Fixtures/validate/config/bad-severity.yml:2:10: error: "
          + "'rules.GD103' is 'loud', not a rule setting (use off, warning or error)\n"
      ),
      (
        ["--config", "Fixtures/validate/config/missing-table.yml"],
        "Fixtures/validate/config/../gene-tables/nowhere.tsv: error: "
          + "cannot read gene table: No such file or directory\n"
      ),
      (
        ["--config", "Fixtures/validate/config/none.yml"],
        "Fixtures/validate/config/none.yml: error: cannot read configuration: No such file or directory\n"
      ),
      (
        ["--gene-table", "Fixtures/validate/docs/ok-canonical.md"] + defaults,
        "Fixtures/validate/docs/ok-canonical.md:1: error: not a gene table: the header is not HGNC's "
          + "(hgnc_id, symbol, name, …), NCBI gene_info's (#tax_id, GeneID, Symbol, …) or PharmGKB's (gid, gene, "
          + "hgnc_id, … or PharmGKB Accession Id, Symbol, …)\n"
      ),
    ])
  func setupFailure(_ options: [String], _ stderr: String) throws {
    let run = try CLI.run(["validate"] + options + [Self.doc("gd201-no-symbol")])
    #expect(run.status == 2)
    #expect(run.stderr == stderr)
    #expect(run.stdout.isEmpty)
  }

  @Test("usage errors exit 2", arguments: [["--reporter", "xml"], ["--jobs", "0"], ["--no-such-flag"]])
  func usage(_ options: [String]) throws {
    let run = try CLI.run(["validate"] + options + Self.defaults + [Self.doc("ok-canonical")])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(!run.stderr.isEmpty)
  }

  @Test("an unreadable input exits 2, after the others are reported")
  func unreadableInput() throws {
    let run = try CLI.run(["validate", "missing.md", Self.doc("gd201-no-symbol")] + Self.defaults)
    #expect(run.status == 2)
    #expect(run.stderr == "missing.md: error: cannot read: No such file or directory\n")
    #expect(run.stdoutText.contains("[GD201]"))
  }

  @Test("a configuration is found in the working directory or above it")
  func configurationFoundUpward() throws {
    let top = FileManager.default.temporaryDirectory.appendingPathComponent("g2j-validate-\(UUID().uuidString)")
    let deep = top.appendingPathComponent("docs/genes")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: top) }
    let document = CLI.root.appendingPathComponent(Self.doc("gd106-text-before-heading")).path
    let before = try CLI.run(["validate", document], in: deep)
    #expect(before.stdoutText.contains("[GD106]"))
    try Data("rules:\n  text-before-first-heading: off\n".utf8).write(to: top.appendingPathComponent(".gene2json.yml"))
    let after = try CLI.run(["validate", document], in: deep)
    #expect(after.status == 0)
    #expect(after.stdoutText == "Summary: 0 error(s), 0 warning(s) in 1 file(s)\n")
  }

  // MARK: - Inputs

  @Test("--files-from, standard input and --jobs give the same report in the same order")
  func inputs() throws {
    let expected = try CLI.run(["validate", "--jobs", "1", Self.docs] + Self.defaults).stdoutText
    let parallel = try CLI.run(["validate", "--jobs", "3", Self.docs] + Self.defaults)
    #expect(parallel.stdoutText == expected)
    let names = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent(Self.docs).path)
      .sorted()
    let list = Data(names.map { "\(Self.docs)/\($0)\n" }.joined().utf8)
    let fromStdin = try CLI.run(["validate", "--files-from", "-"] + Self.defaults, stdin: list)
    #expect(fromStdin.stdoutText == expected)
    let document = try Data(contentsOf: CLI.root.appendingPathComponent(Self.doc("gd201-no-symbol")))
    let piped = try CLI.run(["validate"] + Self.defaults, stdin: document)
    #expect(piped.status == 1)
    #expect(piped.stdoutText.hasPrefix("-:2:1: error: no gene symbol found"))
  }

  // MARK: - The real corpus

  /// `shared/corpus/gene-docs` beside the checkout (as in CI) or beside a folder above it (a worktree).
  static let corpus: URL = {
    var folder = CLI.root.deletingLastPathComponent()
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("shared/corpus/gene-docs")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/gene-docs")
  }()

  @Test(
    "the real corpus has no errors",
    .enabled(if: FileManager.default.fileExists(atPath: corpus.path), "needs ../shared/corpus/gene-docs"))
  func corpusHasNoErrors() throws {
    let run = try CLI.run(["validate", Self.corpus.path] + Self.defaults)
    #expect(run.status == 0)
    #expect(run.stdoutText.hasSuffix("Summary: 0 error(s), 0 warning(s) in 450 file(s)\n"))
  }
}
