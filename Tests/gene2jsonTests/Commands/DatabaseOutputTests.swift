import Foundation
import Testing

/// The database's content is read with Python's sqlite3 (Tests/database/check_sqlite.py checks it in depth).
@Suite("gene2json convert --format sqlite: usage, atomic writing, --update safety, through the binary")
struct DatabaseOutputTests {
  /// Prints `path|symbol` for every document, in id order.
  static let listDocuments =
    #"python3 -c 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "#
    + #"[print(*r, sep="|") for r in db.execute("SELECT path, symbol FROM documents ORDER BY document_id")]'"#

  @Test("usage errors: no --output, --update or --prune out of place, --records or --columns with sqlite")
  func usage() throws {
    let shell = try Shell()
    defer { shell.remove() }
    for (arguments, message) in [
      (["--format", "sqlite"], "needs --output FILE"),
      (["--format", "sqlite", "-o", "-"], "needs --output FILE"),
      (["--update", "-o", "$WORK/x.jsonl"], "--update applies to SQLite output"),
      (["--prune", "-o", "$WORK/x.db"], "--prune needs --update"),
      (["--records", "mention", "-o", "$WORK/x.db"], "a SQLite database holds every unit"),
      (["--columns", "symbol", "-o", "$WORK/x.sqlite3"], "--columns applies to csv and tsv, not sqlite"),
      (["--format", "parquet"], "unknown format 'parquet'"),
    ] {
      let run = try shell.run(
        #""$BIN" "# + arguments.map { "\"\($0)\"" }.joined(separator: " ") + " Fixtures/batch/tree")
      #expect(run.status == 2, "\(arguments)")
      #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
      #expect(run.stdout.isEmpty)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: shell.work.path).filter { !$0.hasPrefix(".std") } == [])
  }

  @Test("a database is written beside the path and renamed: nothing else is left; the same input twice is one row")
  func atomic() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let run = try shell.run(
      #"mkdir "$WORK/out" && "$BIN" -o "$WORK/out/genes.db" Fixtures/batch/tree Fixtures/batch/tree/a.md"#)
    #expect(run.status == 0 && run.stdout.isEmpty, "\(run.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: shell.work.appendingPathComponent("out").path) == ["genes.db"]
    )
    let documents = try shell.run(Self.listDocuments + #" "$WORK/out/genes.db""#)
    let paths = documents.stdoutText.split(separator: "\n").map { $0.split(separator: "|").first ?? "" }
    #expect(paths.count == Set(paths).count && paths.contains("Fixtures/batch/tree/a.md"), "\(documents.stdoutText)")
    // A run that fails (an unreadable list, exit 2) leaves the old database as it was and no temporary file.
    let before = try Data(contentsOf: shell.work.appendingPathComponent("out/genes.db"))
    let failed = try shell.run(#""$BIN" -o "$WORK/out/genes.db" --files-from "$WORK/no-such-list" Fixtures/batch/tree"#)
    #expect(failed.status == 2)
    #expect(try Data(contentsOf: shell.work.appendingPathComponent("out/genes.db")) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: shell.work.appendingPathComponent("out").path) == ["genes.db"]
    )
    let special = try shell.gene2json(["--format", "sqlite", "-o", "/dev/null", "Fixtures/batch/tree"])
    #expect(special.status == 2 && special.stderr.contains("not a regular file"))
  }

  /// Starts the binary on `arguments` and a FIFO operand (read last, it blocks the run), waits until `ready` says so
  /// (at most 60 s), checks what `check` checks, then sends `signal`.
  private func interrupted(
    _ arguments: [String], fifo: URL, signal: Int32, ready: () -> Bool = { true }, while check: () throws -> Void = {}
  ) throws {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = arguments + [fifo.path]
    process.currentDirectoryURL = CLI.root
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    usleep(700_000)
    for _ in 0..<600 where !ready() { usleep(100_000) }
    try check()
    kill(process.processIdentifier, signal)
    for _ in 0..<1000 where process.isRunning { usleep(10_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
  }

  @Test("SIGINT and SIGTERM during a new database remove its temporary file; the old one stays")
  func interruptNew() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let out = shell.work.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let fifo = shell.work.appendingPathComponent("fifo.md")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let target = out.appendingPathComponent("genes.sqlite")
    try Data("old".utf8).write(to: target)
    for signal in [SIGINT, SIGTERM] {
      let duringRun = {
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.count == 2 && names.contains { $0.hasPrefix(".genes.sqlite.gene2json-") }, "\(names)")
      }
      try interrupted(
        ["--jobs", "2", "-o", target.path, "Fixtures/batch/tree"], fifo: fifo, signal: signal, while: duringRun)
      #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["genes.sqlite"])
      #expect(try Data(contentsOf: target) == Data("old".utf8))
    }
  }

  @Test("SIGKILL in the middle of --update leaves the database as it was (SQLite rolls the transaction back)")
  func killedUpdate() throws {
    let shell = try Shell()
    defer { shell.remove() }
    // Enough documents that the replaced pages outgrow SQLite's cache and reach the file, with a hot journal.
    let corpus = try shell.corpus("c", count: 1500)
    let target = shell.work.appendingPathComponent("genes.sqlite")
    let journal = target.path + "-journal"
    let fifo = shell.work.appendingPathComponent("fifo.md")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let build = try shell.gene2json(["--markdown", "-o", target.path, corpus])
    #expect(build.status == 0)
    let dump =
      #"python3 -c 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "#
      + #"[print(line) for line in db.iterdump()]' "# + Shell.quoted(target.path)
    let before = try shell.run(dump).stdoutText
    #expect(before.contains("INSERT INTO \"sections\""))
    // Without --markdown every document is converted again and replaced inside the transaction; the run then
    // blocks on the FIFO, and is killed once the journal has stopped growing.
    var size = -1
    let journalSettled = {
      let now = (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? -1
      defer { size = now }
      return now > 0 && now == size
    }
    try interrupted(
      ["--jobs", "2", "--update", "-o", target.path, corpus], fifo: fifo, signal: SIGKILL, ready: journalSettled)
    #expect(FileManager.default.fileExists(atPath: journal), "no hot journal: the test did not reach the file")
    let after = try shell.run(dump)
    #expect(after.status == 0)
    #expect(after.stdoutText == before)
    let integrity = try shell.run(
      #"python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "#
        + Shell.quoted(target.path))
    #expect(integrity.stdoutText == "ok\n")
  }

  @Test(
    "--update of a missing database builds it; a rerun reports the stored diagnostics as a build does")
  func updateMissing() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let target = shell.work.appendingPathComponent("new.db")
    let first = try shell.gene2json(["--update", "-o", target.path, "Fixtures/convert"])
    let again = try shell.gene2json(["--update", "-o", target.path, "Fixtures/convert"])
    let fresh = try shell.gene2json(["-o", shell.work.appendingPathComponent("fresh.db").path, "Fixtures/convert"])
    #expect(first.status == 1 && again.status == 1 && fresh.status == 1)
    #expect(first.stderr == fresh.stderr && again.stderr == fresh.stderr && !fresh.stderr.isEmpty)
    let quiet = try shell.gene2json(["--update", "--quiet", "-o", target.path, "Fixtures/convert"])
    #expect(quiet.stderr.split(separator: "\n").allSatisfy { $0.contains(": error: ") })
  }
}
