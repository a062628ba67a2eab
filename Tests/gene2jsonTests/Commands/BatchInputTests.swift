import Foundation
import Testing

@Suite("gene2json convert: batch inputs, through the binary")
struct BatchInputTests {
  @Test("a directory is walked recursively in byte order of full paths, hidden names and other files skipped")
  func directoryOrder() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let run = try shell.gene2json(["--format", "csv", "--columns", "source_path", "Fixtures/batch/tree"])
    #expect(run.status == 0)
    let paths = run.stdoutText.split(separator: "\r\n").dropFirst().map(String.init)
    #expect(
      paths
        == ["B.md", "a-b.md", "a.md", "a/x.md", "deeper/inner/deep.markdown", "z.MD"].map {
          "Fixtures/batch/tree/" + $0
        })
  }

  @Test("--files-from lists paths one a line (CRLF, blank lines); a missing one is a GD303 error, the rest go on")
  func filesFrom() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let list = "Fixtures/batch/tree/a.md\r\n\r\nFixtures/batch/missing.md\nFixtures/batch/tree/a\n"
    try Data(list.utf8).write(to: shell.work.appendingPathComponent("list.txt"))
    let run = try shell.run(#""$BIN" --format jsonl --files-from "$WORK/list.txt""#)
    #expect(run.status == 1)
    #expect(
      run.stderr == "Fixtures/batch/missing.md:1:1: error: cannot read: No such file or directory [GD303]\n")
    let paths = try jsonLines(run.stdout).map { ($0["source"] as? [String: Any])?["path"] as? String }
    #expect(paths == ["Fixtures/batch/tree/a.md", "Fixtures/batch/tree/a/x.md"])
  }

  @Test("--files-from - reads the list from standard input; an unreadable list is exit 2")
  func filesFromStandardInput() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let run = try shell.run(#"printf 'Fixtures/batch/tree/a.md\n' | "$BIN" --format jsonl --files-from -"#)
    #expect(run.status == 0)
    #expect(try jsonLines(run.stdout).count == 1)
    let missing = try shell.gene2json(["--files-from", "no/such/list.txt"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no/such/list.txt"))
    #expect(missing.stdout.isEmpty)
  }

  @Test("a symbolic-link loop, a dangling link and a missing operand are GD303 errors; the rest is converted")
  func unreadableInputs() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let run = try shell.run(
      """
      mkdir -p "$WORK/t/sub" && cp Fixtures/batch/tree/a.md "$WORK/t/sub/a.md"
      ln -s .. "$WORK/t/sub/loop" && ln -s nowhere.md "$WORK/t/gone.md"
      cd "$WORK" && "$BIN" --format jsonl t missing.md
      """)
    #expect(run.status == 1)
    #expect(
      run.stderr == """
        t/gone.md:1:1: error: cannot read: No such file or directory [GD303]
        t/sub/loop:1:1: error: cannot read: symbolic link loop: the directory contains itself [GD303]
        missing.md:1:1: error: cannot read: No such file or directory [GD303]

        """)
    #expect(try jsonLines(run.stdout).count == 1)
  }

  @Test("--jobs 1 and --jobs 4 give the same bytes on standard output and standard error")
  func jobsAreIdentical() throws {
    let shell = try Shell()
    defer { shell.remove() }
    try shell.corpus("c", count: 300)
    for format in ["json", "jsonl", "csv", "tsv"] {
      let script = #""$BIN" --format \#(format) --jobs %@ "$WORK/c" Fixtures/batch/special"#
      let one = try shell.run(script.replacingOccurrences(of: "%@", with: "1"))
      let four = try shell.run(script.replacingOccurrences(of: "%@", with: "4"))
      #expect(one.status == 1)
      #expect(one.stdout.count > 50_000)
      #expect(one.stdout == four.stdout)
      #expect(one.stderr == four.stderr)
      #expect(one.status == four.status)
    }
  }

  @Test("no INPUT reads a non-terminal standard input; - twice is a usage error")
  func standardInput() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let run = try shell.run(#""$BIN" --format jsonl < Fixtures/batch/tree/a.md"#)
    #expect(run.status == 0)
    #expect((try jsonLines(run.stdout).first?["source"] as? [String: Any])?["path"] as? String == "-")
    let twice = try shell.run(#""$BIN" - - < Fixtures/batch/tree/a.md"#)
    #expect(twice.status == 2)
    #expect(twice.stderr.contains("standard input can be read only once"))
    #expect(try shell.gene2json(["--jobs", "0", "Fixtures/batch/tree"]).status == 2)
  }
}

/// The objects of a JSON Lines text.
func jsonLines(_ data: Data) throws -> [[String: Any]] {
  try data.split(separator: UInt8(ascii: "\n")).map {
    try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] ?? [:]
  }
}
