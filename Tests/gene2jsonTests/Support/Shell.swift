import Foundation

/// Runs shell scripts around the built binary (`$BIN`), with standard output and error going to files (so neither
/// can fill a pipe and stall the run), in a scratch directory that the script sees as `$WORK`.
struct Shell {
  /// What a script produced.
  struct Run {
    let status: Int32
    let stdout: Data
    let stderr: String
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The scratch directory, removed by ``remove()``.
  let work: URL

  /// Creates a scratch directory.
  init() throws {
    work = FileManager.default.temporaryDirectory.appendingPathComponent("gene2json-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
  }

  /// Removes the scratch directory.
  func remove() {
    try? FileManager.default.removeItem(at: work)
  }

  /// Runs `script` with `/bin/sh` in the package root; `$BIN` is the binary, `$WORK` the scratch directory.
  func run(_ script: String) throws -> Run {
    let out = work.appendingPathComponent(".stdout")
    let err = work.appendingPathComponent(".stderr")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exec >\"$WORK/.stdout\" 2>\"$WORK/.stderr\" </dev/null\n" + script]
    var environment = ProcessInfo.processInfo.environment
    environment["BIN"] = CLI.binary.path
    environment["WORK"] = work.path
    process.environment = environment
    process.currentDirectoryURL = CLI.root
    try process.run()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: (try? Data(contentsOf: out)) ?? Data(),
      stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
  }

  /// Runs the binary with arguments (each quoted for the shell).
  func gene2json(_ arguments: [String]) throws -> Run {
    try run("\"$BIN\" " + arguments.map(Self.quoted).joined(separator: " "))
  }

  /// Writes `count` small valid documents into `$WORK/name` (ten to a folder) and returns the folder's path.
  @discardableResult
  func corpus(_ name: String, count: Int) throws -> String {
    let root = work.appendingPathComponent(name)
    for index in 0..<count {
      let folder = root.appendingPathComponent(String(format: "%03d", index / 10))
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let symbol = "GEN\(index)"
      let text = """
        ## Gene Summary
        \(symbol) (Generated Gene \(index)) is a gene, with "quotes", commas and a tab\there.

        ## Gene Drugs, Diseases, Phenotypes, and Pathways
        Drug \(index), disease \(index).

        ## Pharmacogenetics
        None known.

        """
      try Data(text.utf8).write(to: folder.appendingPathComponent("\(symbol).md"))
    }
    return root.path
  }

  /// A word quoted for `/bin/sh`.
  static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
