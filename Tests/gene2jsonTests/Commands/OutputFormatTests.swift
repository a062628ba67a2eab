import Foundation
import Testing

@Suite("gene2json convert: output formats, through the binary")
struct OutputFormatTests {
  @Test("every format reads back with independent readers (Tests/readback/readback.py)")
  func readback() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let run = try shell.run(#"python3 Tests/readback/readback.py --binary "$BIN""#)
    let last = run.stdoutText.split(separator: "\n").last.map(String.init) ?? ""
    #expect(run.status == 0, "\(run.stdoutText)\(run.stderr)")
    #expect(last.hasSuffix(" passed, 0 failed"), "\(last)")
  }

  @Test("the format comes from --output's extension when --format is absent")
  func formatFromExtension() throws {
    let shell = try Shell()
    defer { shell.remove() }
    for (name, start) in [("out.csv", "symbol,name,"), ("out.tsv", "symbol\tname\t"), ("out.jsonl", "{\"symbol\":")] {
      let run = try shell.run(#""$BIN" -o "$WORK/\#(name)" Fixtures/batch/tree"#)
      #expect(run.status == 0)
      #expect(run.stdout.isEmpty)
      let text = try String(contentsOf: shell.work.appendingPathComponent(name), encoding: .utf8)
      #expect(text.hasPrefix(start))
    }
    let json = try shell.run(#""$BIN" -o "$WORK/out" Fixtures/batch/tree"#)
    #expect(json.status == 0)
    #expect(try String(contentsOf: shell.work.appendingPathComponent("out"), encoding: .utf8).hasPrefix("[\n  {"))
  }

  @Test("--columns picks and orders columns; an unknown one, or one with json, is a usage error (exit 2)")
  func columns() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let run = try shell.gene2json(["--format", "tsv", "--columns", "source_bytes, symbol", "Fixtures/batch/tree/a.md"])
    #expect(run.status == 0)
    #expect(run.stdoutText == "source_bytes\tsymbol\n124\tAAA1\n")
    let unknown = try shell.gene2json(["--format", "csv", "--columns", "symbol,colour", "Fixtures/batch/tree"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("unknown column 'colour'"))
    #expect(unknown.stdout.isEmpty)
    let json = try shell.gene2json(["--format", "jsonl", "--columns", "symbol", "Fixtures/batch/tree"])
    #expect(json.status == 2)
  }

  @Test("an empty directory gives an empty array, or a header row alone")
  func emptyBatch() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let array = try shell.run(#"mkdir "$WORK/empty" && "$BIN" "$WORK/empty""#)
    #expect(array.status == 0)
    #expect(array.stdoutText == "[]\n")
    let csv = try shell.run(#""$BIN" --format csv --columns symbol "$WORK/empty""#)
    #expect(csv.stdoutText == "symbol\r\n")
  }
}
