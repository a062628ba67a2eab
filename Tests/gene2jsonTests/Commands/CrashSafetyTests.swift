import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue #11: one document can never take a batch down silently. If the process dies anyway, `--output` leaves no
/// file behind (it is written unnamed and linked into place at the end) and a fatal signal names the documents in
/// flight. Through the binary.
@Suite("gene2json convert: nothing left behind and the document named when the process dies")
struct CrashSafetyTests {
  /// Big documents, so that conversion (not reading) takes most of a run and a signal finds documents in flight.
  static func writeBigDocuments(_ count: Int, into directory: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var paragraph = "## Gene Summary\nQRX\(1) (Quorum Regulator X 1) keeps cells in step.\n\n"
    for index in 0..<6_000 {
      paragraph += "Paragraph \(index) has **bold**, `code` and [a link](https://example.org) in it.\n\n"
    }
    paragraph += "## Gene Drugs, Diseases, Phenotypes, and Pathways\nNone.\n\n## Pharmacogenetics\nNone.\n"
    for index in 0..<count {
      try Data(paragraph.utf8).write(to: directory.appendingPathComponent(String(format: "doc%03d.md", index)))
    }
  }

  /// Starts the binary with `arguments`, standard error to `stderr`.
  static func start(_ arguments: [String], stderr: URL) throws -> Process {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = arguments
    process.currentDirectoryURL = CLI.root
    process.standardOutput = FileHandle.nullDevice
    FileManager.default.createFile(atPath: stderr.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: stderr)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return process
  }

  static func waitForExit(_ process: Process) {
    for _ in 0..<3_000 where process.isRunning { usleep(10_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  @Test("SIGKILL during a long run with --output leaves no file at all")
  func sigkillLeavesNothing() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = shell.work.appendingPathComponent("docs")
    let out = shell.work.appendingPathComponent("out")
    try Self.writeBigDocuments(40, into: docs)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let process = try Self.start(
      ["--jobs", "2", "-o", out.appendingPathComponent("genes.jsonl").path, docs.path],
      stderr: shell.work.appendingPathComponent("err"))
    usleep(400_000)
    #expect(process.isRunning)
    kill(process.processIdentifier, SIGKILL)
    Self.waitForExit(process)
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == SIGKILL)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
  }

  @Test("a fatal signal names each document in flight, dies of that signal, and leaves no output file")
  func fatalSignalNamesDocuments() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = shell.work.appendingPathComponent("docs")
    let out = shell.work.appendingPathComponent("out")
    try Self.writeBigDocuments(40, into: docs)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let err = shell.work.appendingPathComponent("err")
    // A signal can land between two documents; a few tries make a report of a document in flight certain.
    var named: [String] = []
    for signal in [SIGSEGV, SIGSEGV, SIGBUS, SIGSEGV, SIGFPE] where named.isEmpty {
      let process = try Self.start(
        ["--jobs", "2", "-o", out.appendingPathComponent("genes.jsonl").path, docs.path], stderr: err)
      usleep(600_000)
      #expect(process.isRunning)
      kill(process.processIdentifier, signal)
      Self.waitForExit(process)
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(process.terminationStatus == signal)
      #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
      let lines = String(decoding: try Data(contentsOf: err), as: UTF8.self).split(separator: "\n").map(String.init)
      #expect(lines.contains { $0.hasPrefix("gene2json: internal error") })
      named = lines.compactMap { line in
        line.hasPrefix("gene2json: internal error while converting ")
          ? String(line.dropFirst("gene2json: internal error while converting ".count)) : nil
      }
    }
    #expect(!named.isEmpty)
    for path in named {
      #expect(path.hasPrefix(docs.path + "/doc") && path.hasSuffix(".md"), "not an input: \(path)")
    }
  }

  @Test("the first sentence that trapped the old reader converts inside a batch, and the batch goes on")
  func trappingShapeInBatch() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = shell.work.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
    let sections = "\n\n## Gene Drugs, Diseases, Phenotypes, and Pathways\nNone.\n\n## Pharmacogenetics\nNone.\n"
    let first = "## Gene Summary\nCFX1, or CFX2 and FADD Interacting Kinase, is a kinase that trims membranes."
    let second = "## Gene Summary\nQRX2 (Quorum Regulator X 2) keeps cells in step."
    try Data((first + sections).utf8).write(to: docs.appendingPathComponent("a.md"))
    try Data((second + sections).utf8).write(to: docs.appendingPathComponent("b.md"))
    let run = try CLI.run(["--format", "jsonl", docs.path])
    #expect(run.status == 0)
    let records = run.stdoutText.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(records.count == 2)
    #expect(records.first?["symbol"] as? String == "CFX1")
    #expect(records.first?["name"] as? String == "CFX2 and FADD Interacting Kinase")
    #expect(records.last?["symbol"] as? String == "QRX2")
  }
}
