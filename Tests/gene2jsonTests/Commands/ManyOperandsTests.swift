import Foundation
import Testing

/// Thousands of operands with options are parsed in linear time (runs of operands are folded before
/// ArgumentParser sees them); the result must be exactly what the operands say, in order.
@Suite("Many operands with options, through the binary")
struct ManyOperandsTests {
  /// `count` small documents in a scratch folder, as relative paths (in order).
  private func documents(_ count: Int, in shell: Shell) throws -> [String] {
    try shell.corpus("docs", count: count)
    var paths: [String] = []
    for index in 0..<count { paths.append(String(format: "docs/%03d/GEN%d.md", index / 10, index)) }
    return paths
  }

  private func sourcePaths(_ stdout: Data) -> [String] {
    String(decoding: stdout, as: UTF8.self).split(separator: "\n").compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
      return (object["source"] as? [String: Any])?["path"] as? String
    }
  }

  @Test("operands around options, - among them, and an option in the middle keep their order")
  func order() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let paths = try documents(300, in: shell)
    let stdin = "## Gene Summary\nPAX6 (Paired Box 6) is a gene.\n"
    try Data(stdin.utf8).write(to: shell.work.appendingPathComponent("stdin.md"))
    let arguments =
      ["--format", "jsonl"] + paths[0..<150] + ["-"] + paths[150..<200] + ["--jobs", "2"] + paths[200...]
    let run = try shell.run(
      "cd \"$WORK\" && \"$BIN\" " + arguments.map(Shell.quoted).joined(separator: " ") + " < stdin.md")
    #expect(run.status == 1)  // the generated documents are complete; stdin lacks two sections
    #expect(sourcePaths(run.stdout) == Array(paths[0..<150]) + ["-"] + Array(paths[150...]))
    let validate = try shell.run(
      "cd \"$WORK\" && \"$BIN\" validate --reporter json --jobs 1 " + paths.map(Shell.quoted).joined(separator: " "))
    #expect(validate.status == 0)
    #expect(validate.stdoutText == "[]\n")
  }

  @Test("a second - among many operands is still the usage error it is among few")
  func secondStandardInput() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let paths = try documents(200, in: shell)
    let arguments = ["--format", "jsonl"] + paths[0..<100] + ["-"] + paths[100...] + ["-"]
    let run = try shell.run("cd \"$WORK\" && \"$BIN\" " + arguments.map(Shell.quoted).joined(separator: " "))
    #expect(run.status == 2)
    #expect(run.stderr.contains("standard input can be read only once"))
    #expect(run.stdout.isEmpty)
  }

  @Test("an error about an operand names the operand itself")
  func errorsNameOperands() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let paths = try documents(200, in: shell)
    let run = try shell.run("cd \"$WORK\" && \"$BIN\" schema " + paths.map(Shell.quoted).joined(separator: " "))
    #expect(run.status == 2)
    #expect(run.stderr.contains("'docs/000/GEN0.md'"))
    #expect(!run.stderr.contains("\u{0}") && !run.stderr.contains("gene2json-operands"))
  }

  /// Folding operands is right only while every option takes one value (an `.upToNextOption` option would swallow
  /// the operands after it); this holds the command to that.
  @Test("every option of every subcommand takes at most one value")
  func singleValueOptions() throws {
    let dump = try CLI.run(["--experimental-dump-help"])
    let root = try #require(try JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any])
    var strategies: [String: Set<String>] = [:]
    func visit(_ command: [String: Any]) {
      let name = command["commandName"] as? String ?? "?"
      for argument in command["arguments"] as? [[String: Any]] ?? [] {
        strategies[name, default: []].insert(argument["parsingStrategy"] as? String ?? "default")
      }
      for subcommand in command["subcommands"] as? [[String: Any]] ?? [] { visit(subcommand) }
    }
    visit(try #require(root["command"] as? [String: Any]))
    #expect(strategies["convert"] != nil && strategies["validate"] != nil)
    for (command, used) in strategies {
      #expect(used.isSubset(of: ["default", "unconditional"]), "\(command): \(used)")
    }
  }
}
