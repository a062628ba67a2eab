import Foundation
import Testing

/// `validate --quiet`, `--max-warnings`, `--select`/`--ignore` and `--max-bytes`, through the binary.
@Suite("validate: flags for CI, through the binary")
struct ValidateCIFlagsTests {
  static let defaults = ValidateCommandTests.defaults
  static func doc(_ name: String) -> String { ValidateCommandTests.doc(name) }

  /// Two documents with a warning each (GD103, GD106) and a clean one.
  static let warned = [doc("gd103-unknown-section"), doc("gd106-text-before-heading"), doc("ok-canonical")]

  @Test("--max-warnings N: exit 1 past N warnings, with a line saying so; N or fewer exit 0")
  func maxWarnings() throws {
    let within = try CLI.run(["validate", "--max-warnings", "2"] + Self.defaults + Self.warned)
    #expect(within.status == 0)
    #expect(within.stderr.isEmpty)
    let past = try CLI.run(["validate", "--max-warnings", "1"] + Self.defaults + Self.warned)
    #expect(past.status == 1)
    #expect(past.stdoutText == within.stdoutText)
    #expect(past.stderr == "gene2json: 2 warnings, more than --max-warnings 1 allows\n")
    let zero = try CLI.run(["validate", "--max-warnings", "0", Self.doc("ok-canonical")] + Self.defaults)
    #expect(zero.status == 0)
    let unreadable = try CLI.run(["validate", "--max-warnings", "0", "no-such.md"] + Self.defaults + Self.warned)
    #expect(unreadable.status == 2)
    let negative = try CLI.run(["validate", "--max-warnings=-1", Self.doc("ok-canonical")])
    #expect(negative.status == 2)
    #expect(negative.stderr.contains("--max-warnings must be 0 or more"))
  }

  @Test("--quiet reports errors only (with --strict, warnings too) and no summary line; the exit status is the same")
  func quiet() throws {
    let documents = Self.warned + [Self.doc("gd201-no-symbol")]
    let loud = try CLI.run(["validate"] + Self.defaults + documents)
    let quiet = try CLI.run(["validate", "--quiet"] + Self.defaults + documents)
    #expect(quiet.status == loud.status && quiet.status == 1)
    let errors = loud.stdoutText.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(!errors.isEmpty)
    #expect(quiet.stdoutText.split(separator: "\n") == errors)
    let strict = try CLI.run(["validate", "--quiet", "--strict"] + Self.defaults + Self.warned)
    #expect(strict.status == 1)
    #expect(strict.stdoutText.contains("[GD103]") && !strict.stdoutText.contains("Summary:"))
    let json = try CLI.run(["validate", "--quiet", "--reporter", "json"] + Self.defaults + Self.warned)
    #expect(json.status == 0 && json.stdoutText == "[]\n")
  }

  @Test("--select and --ignore override the configuration for one run")
  func selection() throws {
    let docs = ValidateCommandTests.docs
    let only = try CLI.run(["validate", "--select", "GD103,section-order"] + Self.defaults + [docs])
    let codes = Set(only.stdoutText.split(separator: "\n").dropLast().compactMap { $0.split(separator: "[").last })
    #expect(codes == ["GD103]", "GD107]"])
    #expect(only.status == 0)
    let prefix = try CLI.run(
      ["validate", "--select", "GD2", "--ignore", "no-symbol", "--ignore", "GD202"] + Self.defaults + [docs])
    let prefixCodes = Set(
      prefix.stdoutText.split(separator: "\n").dropLast().compactMap { $0.split(separator: "[").last })
    #expect(prefixCodes == ["GD205]"])
    // The configuration turns GD103 off; --select turns it on again, with its default severity.
    let scratch = try ScratchDirectory()
    try scratch.write("off.yml", "rules:\n  unknown-section: off\n")
    let configured = try CLI.run(["validate", "--config", scratch.path("off.yml"), Self.doc("gd103-unknown-section")])
    #expect(configured.stdoutText == "Summary: 0 error(s), 0 warning(s) in 1 file(s)\n")
    let selected = try CLI.run(
      ["validate", "--config", scratch.path("off.yml"), "--select", "GD103", Self.doc("gd103-unknown-section")])
    #expect(selected.stdoutText.contains(": warning: section 'Further Reading' is not one of the three"))
    let ignored = try CLI.run(["validate", "--ignore", "GD", Self.doc("gd201-no-symbol")] + Self.defaults)
    #expect(ignored.status == 0)
    let unknown = try CLI.run(["validate", "--ignore", "GD999", Self.doc("ok-canonical")])
    #expect(unknown.status == 2 && unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("--ignore: unknown rule 'GD999'"))
  }

  @Test("--max-bytes: the limit GD303 names is one validate accepts")
  func maxBytes() throws {
    let run = try CLI.run(["validate", "--max-bytes", "100", Self.doc("ok-canonical")] + Self.defaults)
    #expect(run.status == 1)
    #expect(run.stdoutText.contains("error: document is over the limit of 100 bytes (--max-bytes) [GD303]"))
  }

  /// Every `--option` a message advises must be one the subcommand that printed it accepts, or be named with the
  /// subcommand that does (`gene2json convert --fix-encoding`).
  @Test("remedies in messages name options the subcommand accepts", arguments: ["convert", "validate"])
  func remedies(_ subcommand: String) throws {
    let help = try CLI.run([subcommand, "--help"]).stdoutText
    let docs = ValidateCommandTests.docs
    let runs: [CLI.Run] =
      subcommand == "validate"
      ? try ["text", "json", "github", "sarif"].map {
        try CLI.run(
          ["validate", "--reporter", $0, "--max-bytes", "1000", "--gene-table", ValidateCommandTests.table]
            + Self.defaults + [docs, "Fixtures/convert"])
      }
      : [try CLI.run(["convert", "--max-bytes", "1000", docs, "Fixtures/convert"])]
    var named: Set<String> = []
    for run in runs {
      let text = run.stdoutText + run.stderr
      for match in text.matches(of: /(gene2json [a-z]+ )?(--[a-z][a-z-]*)/) where match.1 == nil {
        named.insert(String(match.2))
      }
    }
    #expect(named.contains("--max-bytes"))
    for option in named { #expect(help.contains(option + " ") || help.contains(option + "\n"), "\(option)") }
  }
}
