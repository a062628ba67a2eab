import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("gene2json render: through the binary")
struct RenderCommandTests {
  /// A record as JSON text, with the given members replacing the defaults.
  static func record(_ overrides: [String: Any] = [:]) -> String {
    var record: [String: Any] = [
      "symbol": "CDK4", "name": "Cyclin Dependent Kinase 4", "aliases": ["PSK-J3"],
      "summary": "CDK4 is a kinase.", "associations": "Melanoma.", "pharmacogenetics": "Palbociclib.",
      "other_sections": [], "metadata": [:], "source": ["path": "docs/CDK4.md"],
    ]
    for (key, value) in overrides { record[key] = value }
    let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  static func files(_ url: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
  }

  @Test("convert | render | convert gives the records back (but source and diagnostics), plain and --markdown")
  func roundTrip() throws {
    let shell = try Shell()
    defer { shell.remove() }
    for markdown in [false, true] {
      let flag = markdown ? ["--markdown"] : []
      let out = shell.work.appendingPathComponent(markdown ? "markdown" : "plain")
      let words = flag.joined(separator: " ")
      _ = try shell.run(
        #""$BIN" --format jsonl --fix-encoding "# + words + #" Fixtures/convert > "$WORK/records.jsonl""#)
      let run = try shell.run(#""$BIN" render "# + words + #" "$WORK/records.jsonl" -o "\#(out.path)""#)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.contains("Summary: 36 written, 0 skipped in 36 record(s)"))
      _ = try shell.run(#""$BIN" --format jsonl --fix-encoding "# + words + #" "\#(out.path)" > "$WORK/back.jsonl""#)
      let before = try Data(contentsOf: shell.work.appendingPathComponent("records.jsonl"))
      let after = try Data(contentsOf: shell.work.appendingPathComponent("back.jsonl"))
      // Both in file-name order: render names each file after its source's stem. Mentions move down by the lines of
      // front matter render adds (README: the documented exception).
      #expect(
        Set(FixCommandTests.withoutSourceAndDiagnostics(after, keepingPositions: false))
          == Set(FixCommandTests.withoutSourceAndDiagnostics(before, keepingPositions: false)))
      // What render writes is canonical.
      let check = try shell.gene2json(["fix", "--check", out.path])
      #expect(check.stdoutText.isEmpty || markdown, "\(check.stdoutText)")
    }
  }

  @Test("hostile names never leave the folder; each is made safe and reported with what it was written as")
  func hostileNames() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let records = [
      Self.record(["source": ["path": "../../x.md"]]), Self.record(["symbol": "../etc", "source": ["path": "-"]]),
      Self.record(["symbol": "-rf", "source": ["path": "/etc/passwd/.."]]),
      Self.record(["symbol": "a\u{1}b", "source": ["path": ".hidden.md"]]), Self.record(["source": ["path": "x.md"]]),
    ].joined(separator: "\n")
    try records.write(to: shell.work.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
    let out = shell.work.appendingPathComponent("deep/out")
    let run = try shell.gene2json(["render", shell.work.appendingPathComponent("r.jsonl").path, "-o", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(Self.files(out) == ["_.md", "___etc.md", "_hidden.md", "x.md", "x_2.md"])
    #expect(Self.files(shell.work) == [".stderr", ".stdout", "deep", "r.jsonl"])
    #expect(
      run.stderr.contains(":2: warning: written as '\(out.path)/___etc.md' (no source path; symbol '../etc' made safe"))
    #expect(run.stderr.contains(":4: warning: written as '\(out.path)/_hidden.md' (source path '.hidden' made safe)"))
    #expect(run.stderr.contains(":5: warning: written as '\(out.path)/x_2.md' ('x.md' already written"))
    let bySymbol = try shell.gene2json([
      "render", shell.work.appendingPathComponent("r.jsonl").path, "-o", shell.work.appendingPathComponent("s").path,
      "--name-by", "symbol",
    ])
    #expect(bySymbol.status == 0)
    #expect(
      Self.files(shell.work.appendingPathComponent("s")) == ["CDK4.md", "CDK4_2.md", "___etc.md", "_rf.md", "a_b.md"])
  }

  @Test("existing files are kept (exit 1) unless --force; --force replaces a link in the folder, not its target")
  func existingFiles() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let out = shell.work.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try "old\n".write(to: out.appendingPathComponent("CDK4.md"), atomically: true, encoding: .utf8)
    try "outside\n".write(to: shell.work.appendingPathComponent("target.md"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: out.appendingPathComponent("TP53.md").path, withDestinationPath: "../target.md")
    let records = Self.record() + "\n" + Self.record(["symbol": "TP53", "source": ["path": "TP53.md"]]) + "\n"
    try records.write(to: shell.work.appendingPathComponent("r.jsonl"), atomically: true, encoding: .utf8)
    let kept = try shell.gene2json(["render", shell.work.appendingPathComponent("r.jsonl").path, "-o", out.path])
    #expect(kept.status == 1)
    #expect(kept.stderr.contains(":1: error: '\(out.path)/CDK4.md' exists (--force replaces it); skipped"))
    #expect(try String(contentsOf: out.appendingPathComponent("CDK4.md"), encoding: .utf8) == "old\n")
    let forced = try shell.gene2json([
      "render", "--force", shell.work.appendingPathComponent("r.jsonl").path, "-o", out.path,
    ])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(
      try String(contentsOf: out.appendingPathComponent("CDK4.md"), encoding: .utf8).hasPrefix("---\nsymbol: CDK4\n"))
    #expect(try String(contentsOf: shell.work.appendingPathComponent("target.md"), encoding: .utf8) == "outside\n")
    var status = stat()
    #expect(lstat(out.appendingPathComponent("TP53.md").path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG)
    #expect(Self.files(out) == ["CDK4.md", "TP53.md"])
  }

  @Test("a record that fails the schema is reported with its line and skipped; the others are written; exit 1")
  func schemaFailures() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let records = [
      Self.record(), #"{"symbol": "X1"}"#, "not json", Self.record(["aliases": "A"]),
      Self.record(["source": ["path": "TP53.md"], "symbol": "TP53", "gene": NSNull(), "mentions": []]),
    ].joined(separator: "\n")
    let run = try shell.run(
      "printf '%s\\n' \(Shell.quoted(records)) | \"$BIN\" render -o \"$WORK/out\"")
    #expect(run.status == 1)
    #expect(run.stderr.contains("-:2: error: /: missing key 'name'"))
    #expect(run.stderr.contains("-:3:1: error: not JSON: expected a value; skipped"))
    #expect(run.stderr.contains("-:4: error: /aliases: expected array, found a string"))
    #expect(run.stderr.contains("Summary: 2 written, 3 skipped in 5 record(s)"))
    #expect(Self.files(shell.work.appendingPathComponent("out")) == ["CDK4.md", "TP53.md"])
  }

  @Test("a JSON array and a single pretty object are read; - and a missing file; a folder that is a file")
  func inputs() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let array = "[\n" + Self.record() + ",\n" + Self.record(["source": ["path": "b.md"]]) + "\n]\n"
    let arrayRun = try shell.run("printf '%s' \(Shell.quoted(array)) | \"$BIN\" render - -o \"$WORK/a\"")
    #expect(arrayRun.status == 0)
    #expect(Self.files(shell.work.appendingPathComponent("a")) == ["CDK4.md", "b.md"])
    let pretty = try shell.run(
      "\"$BIN\" Fixtures/convert/canonical.md > \"$WORK/one.json\" && \"$BIN\" render \"$WORK/one.json\" -o \"$WORK/p\""
    )
    #expect(pretty.status == 0)
    #expect(Self.files(shell.work.appendingPathComponent("p")) == ["canonical.md"])
    let missing = try shell.gene2json(["render", "/no/such.jsonl", "-o", shell.work.appendingPathComponent("m").path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read '/no/such.jsonl'"))
    let file = try shell.run("touch \"$WORK/file\" && \"$BIN\" render \"$WORK/one.json\" -o \"$WORK/file\"")
    #expect(file.status == 2)
    #expect(file.stderr.contains("cannot create"))
  }
}
