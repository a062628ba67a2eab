import Foundation
import Testing

@Suite("gene2json convert, through the binary")
struct ConvertCommandTests {
  @Test("prints one JSON object equal to the golden file, exit 0")
  func singleFile() throws {
    let run = try CLI.run(["Fixtures/convert/canonical.md"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let golden = try Data(contentsOf: CLI.root.appendingPathComponent("Fixtures/convert/expected/canonical.json"))
    #expect(run.stdout == golden)
  }

  @Test("`convert` is the default subcommand")
  func explicitConvert() throws {
    let implicit = try CLI.run(["Fixtures/convert/canonical.md"])
    let explicit = try CLI.run(["convert", "Fixtures/convert/canonical.md"])
    #expect(implicit.stdout == explicit.stdout)
  }

  @Test("a refusal exits 1 with GD201 and GD101 on stderr as path:line:column")
  func refusal() throws {
    let run = try CLI.run(["Fixtures/convert/refusal.md"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("Fixtures/convert/refusal.md:1:1: error: no gene symbol found"))
    #expect(run.stderr.contains("[GD201]"))
    #expect(run.stderr.contains("error: required section 'Gene Summary' is missing [GD101]"))
    let record = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
    #expect(record?["symbol"] is NSNull)
  }

  @Test("warnings exit 0, or 1 with --strict; --quiet hides them")
  func strictAndQuiet() throws {
    let plain = try CLI.run(["Fixtures/convert/preamble.md"])
    #expect(plain.status == 0)
    #expect(plain.stderr.contains("warning: text before the first heading"))
    let strict = try CLI.run(["--strict", "Fixtures/convert/preamble.md"])
    #expect(strict.status == 1)
    let quiet = try CLI.run(["--quiet", "Fixtures/convert/preamble.md"])
    #expect(quiet.stderr.isEmpty)
  }

  @Test("NUL bytes give GD303 and no record")
  func nulBytes() throws {
    let run = try CLI.run(["Fixtures/convert/nul-bytes.md"])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("Fixtures/convert/nul-bytes.md:8:61: error: NUL byte"))
  }

  @Test("--max-bytes rejects a larger document with GD303")
  func maxBytes() throws {
    let run = try CLI.run(["--max-bytes", "100", "Fixtures/convert/canonical.md"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("over the limit of 100 bytes"))
    #expect(run.stderr.contains("[GD303]"))
  }

  @Test("standard input is read for - and its path is -")
  func standardInput() throws {
    let bytes = try Data(contentsOf: CLI.root.appendingPathComponent("Fixtures/convert/canonical.md"))
    let run = try CLI.run(["-"], stdin: bytes)
    #expect(run.status == 0)
    let record = try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any]
    #expect((record?["source"] as? [String: Any])?["path"] as? String == "-")
    #expect(record?["symbol"] as? String == "TPMT")
  }

  @Test("an unknown format is a usage error, exit 2")
  func usageError() throws {
    let run = try CLI.run(["--format", "xml", "Fixtures/convert/canonical.md"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
  }

  @Test("`schema` prints Schemas/gene-record.schema.json byte for byte")
  func schema() throws {
    let run = try CLI.run(["schema"])
    #expect(run.status == 0)
    #expect(run.stdout == (try Data(contentsOf: CLI.root.appendingPathComponent("Schemas/gene-record.schema.json"))))
  }

  @Test("--version and --help")
  func versionAndHelp() throws {
    let version = try CLI.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    let help = try CLI.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdoutText.contains("convert"))
    #expect(help.stdoutText.contains("schema"))
  }
}
