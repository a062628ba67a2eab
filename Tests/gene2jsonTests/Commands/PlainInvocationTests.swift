import Foundation
import Testing

/// `gene2json FILE...` skips ArgumentParser (start-up time); it must do exactly what `gene2json convert FILE...` does.
@Suite("Plain invocation: the same as convert")
struct PlainInvocationTests {
  @Test(
    "gives the same output, diagnostics and exit status as convert",
    arguments: [
      ["Fixtures/convert/canonical.md"], ["Fixtures/convert/refusal.md"], ["Fixtures/convert/nul-bytes.md"],
      ["Fixtures/convert/canonical.md", "Fixtures/convert/setext.md"], ["Fixtures/batch/tree"],
      ["Fixtures/convert/no-such-file.md"], ["-"],
    ])
  func sameAsConvert(_ operands: [String]) throws {
    let stdin = Data("# PAX6\n\n## Gene Summary\n\nPAX6 is a gene.\n".utf8)
    let plain = try CLI.run(operands, stdin: stdin)
    let explicit = try CLI.run(["convert"] + operands, stdin: stdin)
    #expect(plain.status == explicit.status)
    #expect(plain.stdout == explicit.stdout)
    #expect(plain.stderr == explicit.stderr)
    #expect(!plain.stdout.isEmpty || plain.status != 0)
  }

  @Test("still parses options, subcommand names and a second - with ArgumentParser")
  func optionsStillParsed() throws {
    let twoStdins = try CLI.run(["-", "-"], stdin: Data())
    #expect(twoStdins.status == 2)
    #expect(twoStdins.stderr.contains("standard input can be read only once"))
    let schema = try CLI.run(["schema"])
    #expect(schema.status == 0 && schema.stdoutText.contains("\"$schema\""))
    let jsonl = try CLI.run(["Fixtures/convert/canonical.md", "--format", "jsonl"])
    #expect(jsonl.status == 0 && jsonl.stdoutText.hasSuffix("}\n") && !jsonl.stdoutText.hasPrefix("{\n"))
  }
}
