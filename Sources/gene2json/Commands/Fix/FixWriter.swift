import GeneDocs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The writing side of `fix`: takes batch events in input order, replaces documents in place (or lists them, or
/// prints their diff), and reports what could not be fixed.
struct FixWriter {
  /// What a run does with a document that is not canonical.
  enum Mode {
    /// Rewrite it in place.
    case write
    /// List it (`--check`).
    case check
    /// Print its unified diff (`--diff`).
    case diff
  }

  private let mode: Mode
  private let quiet: Bool
  private var tree: WalkedTree
  private var out = OutputSink(descriptor: 1)
  /// Findings on standard error, and the progress line under them.
  private var console: BatchConsole
  private(set) var summary = FixSummary()
  /// A document could not be fixed (or, with `--check`/`--diff`, would change): exit status 1.
  private(set) var failed = false
  /// An input could not be read or a document written: exit status 2.
  private(set) var toolFailed = false
  /// The real paths written so far: a file reached again by another name (a link inside the tree) is done.
  private var written: Set<String> = []

  init(mode: Mode, quiet: Bool, tree: WalkedTree, console: BatchConsole) {
    self.mode = mode
    self.quiet = quiet
    self.tree = tree
    self.console = console
  }

  /// Handles one document.
  mutating func handle(_ event: BatchEvent<FixedDocument>) throws(OutputError) {
    switch event {
    case .inputFailure(let path, let diagnostic):
      report(diagnostic.formatted(path: path))
      summary.failures += 1
      toolFailed = true
      console.finished(.unreadable)
    case .result(let path, let document):
      try handle(document, path: path)
      console.finished(DocumentOutcome(document.rewrite.findings.diagnostics))
    }
  }

  private mutating func handle(_ document: FixedDocument, path: String) throws(OutputError) {
    let rewrite = document.rewrite
    switch rewrite.outcome {
    case .canonical:
      summary.canonical += 1
      if path == "-" && mode == .write { try out.write(document.original) }
    case .unfixable, .unsafe:
      summary.notFixed += 1
      failed = true
      if path == "-" && mode == .write { try out.write(document.original) }
    case .rewritten(let bytes):
      try handle(rewritten: bytes, document, path: path)
    }
    for finding in rewrite.findings.findings where !quiet || finding.diagnostic.severity == .error {
      report(finding.diagnostic.formatted(path: path))
    }
    switch rewrite.outcome {
    case .unsafe(let reason):
      report("\(path): error: not fixed: \(reason)")
    case .unfixable:
      let errors = rewrite.findings.findings.count { $0.diagnostic.severity == .error }
      report("\(path): error: not fixed: \(errors) error(s) that fix cannot repair; left as it is")
    default:
      break
    }
  }

  private mutating func handle(rewritten bytes: [UInt8], _ document: FixedDocument, path: String) throws(OutputError) {
    let reasons = document.rewrite.reasons.map(\.rawValue).joined(separator: ", ")
    if path != "-" {
      switch tree.target(of: path) {
      case .outside(let real):
        summary.skipped += 1
        if !quiet { report("\(path): warning: not fixed: a symbolic link to '\(real)', outside the tree walked") }
        return
      case .unresolved(let message):
        writeFailed("gene2json: cannot write '\(path)': \(message)")
        return
      case .inside(let real, let status):
        if mode == .write && written.contains(real) {
          summary.canonical += 1
          return
        }
        if mode == .write {
          guard
            let message = Self.replace(
              real, status: status, shownAs: path, with: bytes, readCount: document.original.count)
          else {
            written.insert(real)
            summary.fixed += 1
            if !quiet { try out.write(Array("\(path): fixed: \(reasons)\n".utf8)) }
            return
          }
          writeFailed("gene2json: \(message)")
          return
        }
      }
    }
    summary.fixed += 1
    switch mode {
    case .write: try out.write(bytes)  // standard input: the canonical document to standard output
    case .check:
      failed = true
      try out.write(Array("\(path): would fix: \(reasons)\n".utf8))
    case .diff:
      failed = true
      try out.write(document.diff)
    }
  }

  /// Writes out what is gathered; the summary line unless quiet.
  mutating func finish() throws(OutputError) {
    try out.flush()
    if !quiet { report(summary.line(dryRun: mode != .write)) }
    console.finish(done: "fixed")
  }

  /// Ends a run that stopped early: findings out, the progress line erased.
  mutating func abandon() {
    console.abandon()
  }

  private mutating func writeFailed(_ message: String) {
    summary.failures += 1
    toolFailed = true
    report(message)
  }

  private mutating func report(_ line: String) {
    console.diagnostics(Array((line.hasSuffix("\n") ? line : line + "\n").utf8))
  }

  // MARK: - Replacing a file

  /// Replaces the regular file at `path` (a real path; `status` its status, when already known) with `bytes`,
  /// atomically, keeping its mode and owner; nil on success, else a message that names it `shown`. The file must
  /// still be the one read (`readCount` bytes) and must not change while it is written.
  private static func replace(
    _ path: String, status: stat?, shownAs shown: String, with bytes: [UInt8], readCount: Int
  ) -> String? {
    func failure(_ reason: String) -> String { "cannot write '\(shown)': \(reason)" }
    var before = status ?? stat()
    guard status != nil || stat(path, &before) == 0 else { return failure(String(cString: strerror(errno))) }
    guard (before.st_mode & S_IFMT) == S_IFREG else { return failure("not a regular file") }
    guard before.st_nlink <= 1 else {
      return failure("it has \(before.st_nlink) hard links, which replacing it would break apart; left as it is")
    }
    // Root may write anything (but on a read-only file system, which creating the temporary file reports).
    guard isRoot || access(path, W_OK) == 0 else { return failure(String(cString: strerror(errno))) }
    guard Int(before.st_size) == readCount else { return failure("it changed after it was read; left as it is") }
    do {
      let file = try OutputFile(replacing: path, like: before, shownAs: shown)
      guard StandardStreams.writeAll(bytes, to: file.descriptor) else {
        let message = String(cString: strerror(errno))
        file.discard()
        return failure(message)
      }
      var after = stat()
      guard stat(path, &after) == 0, Self.sameFile(before, after) else {
        file.discard()
        return failure("it changed while it was being fixed; left as it is")
      }
      try file.commit()
      return nil
    } catch {
      switch error {
      case .failed(let message): return message
      case .exists, .readerGone: return failure("cannot replace it")
      }
    }
  }

  private static let isRoot = geteuid() == 0

  private static func sameFile(_ left: stat, _ right: stat) -> Bool {
    left.st_dev == right.st_dev && left.st_ino == right.st_ino && left.st_size == right.st_size
      && left.st_mtim.tv_sec == right.st_mtim.tv_sec && left.st_mtim.tv_nsec == right.st_mtim.tv_nsec
  }
}
