import Foundation

/// Runs the built `gene2json` binary (found beside the test bundle) and captures what it did.
enum CLI {
  /// What a run produced.
  struct Run {
    let status: Int32
    let stdout: Data
    let stderr: String
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The package root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary: `GENE2JSON_BIN` when set, else the one built beside the test bundle.
  static let binary: URL = {
    if let path = ProcessInfo.processInfo.environment["GENE2JSON_BIN"] { return URL(fileURLWithPath: path) }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("gene2json")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/gene2json")
  }()

  /// Runs the binary with arguments in the package root, feeding `stdin` when given.
  static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL = root) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin == nil ? FileHandle.nullDevice : input
    try process.run()
    if let stdin {
      try input.fileHandleForWriting.write(contentsOf: stdin)
      try input.fileHandleForWriting.close()
    }
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: stdoutData, stderr: String(decoding: stderrData, as: UTF8.self))
  }
}
