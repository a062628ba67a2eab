import Foundation
import Testing

@Suite("gene2json convert: atomic output, pipes and signals, through the binary")
struct OutputSafetyTests {
  @Test("--output holds the same bytes as standard output, and no temporary file is left")
  func atomicOutput() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let piped = try shell.gene2json(["--format", "jsonl", "Fixtures/batch/tree"])
    let run = try shell.run(
      #"mkdir "$WORK/out" && "$BIN" --format jsonl -o "$WORK/out/records.jsonl" Fixtures/batch/tree"#)
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    #expect(try Data(contentsOf: shell.work.appendingPathComponent("out/records.jsonl")) == piped.stdout)
    let names = try FileManager.default.contentsOfDirectory(atPath: shell.work.appendingPathComponent("out").path)
    #expect(names == ["records.jsonl"])
    let dash = try shell.gene2json(["--format", "jsonl", "-o", "-", "Fixtures/batch/tree"])
    #expect(dash.stdout == piped.stdout)
  }

  @Test("an unwritable output is exit 2 with a message and no file; a failed batch still writes its records")
  func unwritableOutput() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let missing = try shell.run(#""$BIN" -o "$WORK/no/such/dir/out.json" Fixtures/batch/tree"#)
    #expect(missing.status == 2)
    #expect(missing.stderr.hasPrefix("gene2json: cannot write '"))
    let directory = try shell.run(#""$BIN" -o "$WORK" Fixtures/batch/tree"#)
    #expect(directory.status == 2)
    #expect(directory.stderr.contains("is a directory"))
    let full = try shell.run(#""$BIN" --format jsonl -o /dev/full Fixtures/batch/tree"#)
    #expect(full.status == 2)
    #expect(full.stderr.contains("No space left on device"))
    let stdoutFull = try shell.run(#""$BIN" --format jsonl Fixtures/batch/tree > /dev/full"#)
    #expect(stdoutFull.status == 2)
    #expect(stdoutFull.stderr.contains("No space left on device"))
  }

  @Test("a reader that goes away (| head -1) ends the run quietly with status 0")
  func brokenPipe() throws {
    let shell = try Shell()
    defer { shell.remove() }
    try shell.corpus("c", count: 2000)
    let run = try shell.run(
      #"{ "$BIN" --format jsonl "$WORK/c" 2>"$WORK/err"; echo $? >"$WORK/status"; } | head -1"#)
    #expect(run.stdoutText.split(separator: "\n").count == 1)
    let status = try String(contentsOf: shell.work.appendingPathComponent("status"), encoding: .utf8)
    #expect(status == "0\n")
    #expect(try Data(contentsOf: shell.work.appendingPathComponent("err")).isEmpty)
  }

  @Test("SIGINT and SIGTERM during --output leave no output and no temporary file")
  func interrupt() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let out = shell.work.appendingPathComponent("out")
    let fifo = shell.work.appendingPathComponent("fifo.md")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    #expect(mkfifo(fifo.path, 0o600) == 0)
    for signal in [SIGINT, SIGTERM] {
      // Reading the FIFO blocks (no writer), so the run is surely under way when the signal comes.
      let process = Process()
      process.executableURL = CLI.binary
      process.arguments = [
        "--jobs", "2", "-o", out.appendingPathComponent("records.json").path, "Fixtures/batch/tree", fifo.path,
      ]
      process.currentDirectoryURL = CLI.root
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      process.standardInput = FileHandle.nullDevice
      try process.run()
      // The output is an unnamed file (O_TMPFILE): nothing shows in the folder while the run blocks.
      usleep(500_000)
      #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
      kill(process.processIdentifier, signal)
      for _ in 0..<1000 where process.isRunning { usleep(10_000) }
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(process.terminationStatus == signal)
      #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
    }
  }
}
