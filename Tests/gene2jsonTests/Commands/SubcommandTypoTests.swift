import Foundation
import Testing

/// SPEC §3: a first operand that is no existing path but is close to a subcommand's name is a usage error.
@Suite("A mistyped subcommand is a usage error, through the binary")
struct SubcommandTypoTests {
  @Test(
    "exit 2, the subcommand meant on standard error, nothing on standard output",
    arguments: [
      (["valdate", "Fixtures/validate/docs"], "valdate", "validate"), (["vaildate"], "vaildate", "validate"),
      (["Convert", "Fixtures/convert/canonical.md"], "Convert", "convert"), (["schem"], "schem", "schema"),
      (["conver", "--format", "jsonl", "x.md"], "conver", "convert"), (["hlep"], "hlep", "help"),
    ])
  func typo(_ arguments: [String], _ typed: String, _ meant: String) throws {
    let run = try CLI.run(arguments)
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("Error: unknown command '\(typed)'; did you mean '\(meant)'?\n"))
  }

  @Test("an existing path with such a name is an operand, and a word far from every name is a missing file")
  func notTypos() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("valdate", "## Gene Summary\nCDK4 (Cyclin-Dependent Kinase 4) is a gene.\n")
    let existing = try CLI.run(["valdate"], in: scratch.url)
    #expect(existing.status == 1)  // converted: only the two other sections are missing
    #expect(existing.stdoutText.contains("\"symbol\": \"CDK4\""))
    let far = try CLI.run(["genes.md"], in: scratch.url)
    #expect(far.status == 1)
    #expect(far.stderr.contains("genes.md:1:1: error: cannot read: No such file or directory [GD303]"))
  }

  @Test("every subcommand the command declares is suggested, so a new one needs no second list")
  func everySubcommand() throws {
    let dump = try CLI.run(["--experimental-dump-help"])
    let root = try #require(try JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any])
    let command = try #require(root["command"] as? [String: Any])
    let names = try #require(command["subcommands"] as? [[String: Any]]).compactMap { $0["commandName"] as? String }
    #expect(names.contains("validate") && names.contains("help"))
    for name in names {
      // Swap the last two letters: one transposition away.
      var letters = Array(name)
      letters.swapAt(letters.count - 1, letters.count - 2)
      let typed = String(letters)
      let run = try CLI.run([typed])
      #expect(run.status == 2, "\(typed)")
      #expect(run.stderr.hasPrefix("Error: unknown command '\(typed)'; did you mean '\(name)'?\n"), "\(typed)")
    }
  }
}
