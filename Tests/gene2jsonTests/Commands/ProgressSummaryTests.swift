import Foundation
import Testing

/// The progress line and the closing summary, under a pseudo-terminal (`script` from util-linux), with
/// `GENE2JSON_PROGRESS_DELAY=0` so that the line is drawn for every document instead of after a second.
@Suite(
  "Progress line and summary on a terminal, through the binary",
  .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
struct ProgressSummaryTests {
  static let clear = "\r\u{1B}[K"
  static let warning =
    "docs/b.md:10:1: warning: section 'Further Reading' is not one of the three (kept in other_sections) [GD103]"

  /// `docs/a.md`, `docs/b.md` (a GD103 warning) and `docs/c.md` in a scratch folder.
  private func documents() throws -> Shell {
    let shell = try Shell()
    let good = try String(contentsOf: CLI.root.appendingPathComponent("Fixtures/validate/docs/ok-canonical.md"))
    let warned = try String(
      contentsOf: CLI.root.appendingPathComponent("Fixtures/validate/docs/gd103-unknown-section.md"))
    for (name, text) in [("a", good), ("b", warned), ("c", good)] {
      let folder = shell.work.appendingPathComponent("docs")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).md"))
    }
    return shell
  }

  /// Runs a command line in `$WORK` under a pseudo-terminal; what the terminal showed, line ends as the terminal
  /// wrote them (CR LF).
  private func onTerminal(_ shell: Shell, _ command: String) throws -> (status: Int32, screen: String) {
    let run = try shell.run(
      "cd \"$WORK\" && GENE2JSON_PROGRESS_DELAY=0 script -qec " + Shell.quoted(command) + " /dev/null")
    return (run.status, run.stdoutText)
  }

  @Test("warnings print above the progress line, which is redrawn after them; the total and ETA; a summary")
  func convert() throws {
    let shell = try documents()
    defer { shell.remove() }
    let (status, screen) = try onTerminal(
      shell, "\"$BIN\" docs/a.md docs/b.md docs/c.md --jobs 1 --format jsonl -o out.jsonl")
    #expect(status == 0)
    #expect(screen.contains(Self.clear + "gene2json: 1 of 3 documents, "))
    #expect(screen.contains(Self.clear + Self.warning + "\r\n" + Self.clear + "gene2json: 1 of 3 documents, "))
    #expect(screen.contains(Self.clear + "gene2json: 3 of 3 documents, "))
    #expect(screen.contains(", ETA "))
    #expect(
      screen.hasSuffix(Self.clear + "3 documents in " + lastSeconds(screen) + ": 3 converted (1 with warnings)\r\n"))
    let records = try String(contentsOf: shell.work.appendingPathComponent("out.jsonl"))
    #expect(records.split(separator: "\n").count == 3 && !records.contains("gene2json:"))
  }

  @Test("--quiet hides warnings and the summary, not the progress line; --summary and --no-progress override")
  func overrides() throws {
    let shell = try documents()
    defer { shell.remove() }
    let quiet = try onTerminal(shell, "\"$BIN\" docs --quiet --format jsonl -o out.jsonl").screen
    #expect(!quiet.contains("GD103") && !quiet.contains("documents in "))
    #expect(quiet.contains(Self.clear + "gene2json: 3 "))
    let summarised = try onTerminal(shell, "\"$BIN\" docs --quiet --summary -o out.jsonl").screen
    #expect(summarised.contains(": 3 converted (1 with warnings)\r\n"))
    let still = try onTerminal(shell, "\"$BIN\" docs --no-progress --no-summary -o out.jsonl").screen
    #expect(still == Self.warning + "\r\n")
  }

  @Test("records on the terminal: no progress line unless --progress; one document: no summary")
  func recordsOnTerminal() throws {
    let shell = try documents()
    defer { shell.remove() }
    let records = try onTerminal(shell, "\"$BIN\" docs --format jsonl").screen
    #expect(!records.contains("gene2json: "))
    #expect(records.hasSuffix(": 3 converted (1 with warnings)\r\n"))
    #expect(
      try onTerminal(shell, "\"$BIN\" docs --format jsonl --progress").screen.contains(Self.clear + "gene2json: "))
    let one = try onTerminal(shell, "\"$BIN\" docs/a.md -o out.json").screen
    #expect(!one.contains("documents in ") && !one.contains("document in "))
  }

  @Test("not on a terminal: neither line, unless --progress or --summary")
  func pipes() throws {
    let shell = try documents()
    defer { shell.remove() }
    let plain = try shell.run("cd \"$WORK\" && \"$BIN\" docs --format jsonl")
    #expect(
      plain.stderr
        == "docs/b.md:10:1: warning: section 'Further Reading' is not one of the three (kept in other_sections) [GD103]\n"
    )
    let summary = try shell.run("cd \"$WORK\" && \"$BIN\" docs --format jsonl --summary --quiet")
    #expect(
      summary.stderr.hasPrefix("3 documents in ") && summary.stderr.hasSuffix(": 3 converted (1 with warnings)\n"))
    let progress = try shell.run("cd \"$WORK\" && GENE2JSON_PROGRESS_DELAY=0 \"$BIN\" docs --format jsonl --progress")
    #expect(progress.stderr.contains(Self.clear + "gene2json: 3 "))
  }

  @Test("a folder's total is counted while the batch runs, then shown with the ETA")
  func countedTotal() throws {
    let shell = try documents()
    defer { shell.remove() }
    try FileManager.default.copyItem(
      at: shell.work.appendingPathComponent("docs"), to: shell.work.appendingPathComponent("more"))
    // The FIFO holds the batch (--jobs 1) for half a second after the first draw started the count.
    let (status, screen) = try onTerminal(
      shell,
      "mkfifo slow.md && (sleep 0.5; cat docs/a.md > slow.md) & \"$BIN\" docs slow.md more --jobs 1 -o out.jsonl")
    #expect(status == 0)
    #expect(screen.contains(Self.clear + "gene2json: 5 of 7 documents, "))
    #expect(screen.hasSuffix(": 7 converted (2 with warnings)\r\n"))
  }

  @Test("validate: findings above the progress line, a summary of valid documents; --quiet keeps errors only")
  func validate() throws {
    let shell = try documents()
    defer { shell.remove() }
    let broken = "## Gene Summary\nNo symbol here.\n"
    try Data(broken.utf8).write(to: shell.work.appendingPathComponent("docs/d.md"))
    let (status, screen) = try onTerminal(shell, "\"$BIN\" validate docs --jobs 1")
    #expect(status == 1)
    // The total may or may not be counted by then: `1 document, ` or `1 of 4 documents, `.
    #expect(screen.contains(Self.clear + Self.warning + "\r\n" + Self.clear + "gene2json: 1 "))
    #expect(screen.contains(Self.clear + "Summary: 3 error(s), 1 warning(s) in 4 file(s)\r\n4 documents in "))
    #expect(screen.hasSuffix(": 3 valid (1 with warnings), 1 with errors\r\n"))
    let quiet = try onTerminal(shell, "\"$BIN\" validate docs --quiet").screen
    #expect(!quiet.contains("GD103") && !quiet.contains("Summary:") && !quiet.contains("documents in "))
    #expect(quiet.contains("docs/d.md:2:1: error: no gene symbol found"))
  }

  /// The seconds figure of the summary at the end of the screen (`0.01 s`), so that the rest can be compared.
  private func lastSeconds(_ screen: String) -> String {
    guard let range = screen.range(of: " documents in ", options: .backwards) else { return "?" }
    let rest = screen[range.upperBound...]
    return String(rest.prefix { $0 != ":" })
  }
}
