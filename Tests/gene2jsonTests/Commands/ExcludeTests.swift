import Foundation
import Testing

/// `--exclude`, `exclude:` in `.gene2json.yml`, `.gitignore`/`.ignore` and `--no-ignore` in directory walks, for every
/// subcommand that walks; operands named explicitly are never left out.
@Suite("Excludes and ignore files in directory walks, through the binary")
struct ExcludeTests {
  static let document =
    "## Gene Summary\nCDK4 (Cyclin-Dependent Kinase 4) is a gene.\n\n"
    + "## Gene Drugs, Diseases, Phenotypes, and Pathways\nNone.\n\n## Pharmacogenetics\nNone.\n"

  /// A scratch folder `docs/` of gene documents beside a README, drafts and an archive.
  private func tree() throws -> ScratchDirectory {
    let scratch = try ScratchDirectory()
    for name in [
      "docs/README.md", "docs/CDK4.md", "docs/genes/TP53.md", "docs/genes/README.md", "docs/drafts/NEW1.md",
      "docs/archive/OLD1.md", "docs/genes/archive/OLD2.md",
    ] {
      try scratch.write(name, Self.document)
    }
    return scratch
  }

  /// The paths `convert --format csv --columns source_path` writes for `arguments`, run in the scratch folder.
  private func converted(_ arguments: [String], in scratch: ScratchDirectory) throws -> [String] {
    let run = try CLI.run(["convert", "--format", "csv", "--columns", "source_path"] + arguments, in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdoutText.split(separator: "\r\n").dropFirst().map(String.init)
  }

  /// How many documents `validate` checked (from the text reporter's summary line).
  private func validatedCount(_ arguments: [String], in scratch: ScratchDirectory) throws -> Int? {
    let run = try CLI.run(["validate"] + arguments, in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    let words = run.stdoutText.split(separator: "\n").last?.split(separator: " ") ?? []
    return words.count >= 2 ? Int(words[words.count - 2]) : nil
  }

  @Test("--exclude: gitignore-style, relative to each walked folder, repeatable")
  func excludeOption() throws {
    let scratch = try tree()
    #expect(
      try converted(["--exclude", "README.md", "--exclude", "drafts/", "--exclude", "/archive", "docs"], in: scratch)
        == ["docs/CDK4.md", "docs/genes/TP53.md", "docs/genes/archive/OLD2.md"])
    #expect(
      try converted(["--exclude", "archive/**", "--exclude", "*.md", "--exclude", "!CDK4.md", "docs"], in: scratch)
        == ["docs/CDK4.md"])
    #expect(
      try validatedCount(["--exclude", "README.md", "--exclude", "archive/", "docs"], in: scratch)
        == 3)
  }

  @Test("operands and listed paths are never left out")
  func explicitOperands() throws {
    let scratch = try tree()
    try scratch.write(".gitignore", "README.md\n")
    try scratch.write("list.txt", "docs/genes/README.md\n")
    #expect(
      try converted(["--exclude", "*.md", "docs/README.md", "--files-from", "list.txt"], in: scratch)
        == ["docs/README.md", "docs/genes/README.md"])
  }

  @Test(".gitignore and .ignore are honoured in and above the walk (in a repository); --no-ignore reads neither")
  func ignoreFiles() throws {
    let scratch = try tree()
    try scratch.write(".git/HEAD", "ref: refs/heads/main\n")  // the repository's root, for the parent .gitignore
    try scratch.write(".gitignore", "README.md\ndocs/drafts/\n")
    try scratch.write("docs/genes/.ignore", "archive/\n")
    #expect(
      try converted(["docs"], in: scratch) == ["docs/CDK4.md", "docs/archive/OLD1.md", "docs/genes/TP53.md"])
    #expect(try converted(["--no-ignore", "docs"], in: scratch).count == 7)
    #expect(
      try converted(["--no-ignore", "--exclude", "README.md", "docs"], in: scratch)
        == [
          "docs/CDK4.md", "docs/archive/OLD1.md", "docs/drafts/NEW1.md", "docs/genes/TP53.md",
          "docs/genes/archive/OLD2.md",
        ])
    #expect(
      try validatedCount(["docs"], in: scratch) == 3)
  }

  @Test("exclude: in .gene2json.yml is relative to its folder, for convert and validate; --exclude '!x' outranks it")
  func configured() throws {
    let scratch = try tree()
    try scratch.write(".gene2json.yml", "exclude:\n  - README.md\n  - docs/archive/\n")
    let expected = ["docs/CDK4.md", "docs/drafts/NEW1.md", "docs/genes/TP53.md", "docs/genes/archive/OLD2.md"]
    #expect(try converted(["docs"], in: scratch) == expected)
    let inDocs = try CLI.run(
      ["--format", "csv", "--columns", "source_path", "."], in: scratch.url.appendingPathComponent("docs"))
    #expect(
      inDocs.stdoutText.split(separator: "\r\n").dropFirst().map(String.init) == expected.map { "./" + $0.dropFirst(5) }
    )
    #expect(
      try validatedCount(["docs"], in: scratch) == 4)
    #expect(try converted(["--exclude", "!README.md", "docs"], in: scratch).contains("docs/README.md"))
    try scratch.write(".gene2json.yml", "exclude: {a: b}\n")
    let bad = try CLI.run(["docs"], in: scratch.url)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains(".gene2json.yml:1:10: error: 'exclude' must be a non-empty string"))
    #expect(bad.stdout.isEmpty)
  }
}
