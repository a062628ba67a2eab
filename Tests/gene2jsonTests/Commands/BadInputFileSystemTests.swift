import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Inputs that cannot be read: a directory on standard input, a socket, a symbolic link to itself, a missing path,
/// a directory that loops, a file that vanishes.
///
/// The first group holds today and after the batch input layer lands. The second group is SPEC §3's contract for
/// the batch input layer (directories walked recursively, `--files-from`, every unreadable input a
/// `path:1:1: error: cannot read: … [GD303]` line): it is disabled until that layer is merged; then remove the
/// `.disabled` trait.
@Suite("Bad input, file system: through the binary")
struct BadInputFileSystemTests {
  private static let good = BadInputEncodingTests.document(damage: Array("fine".utf8))

  // MARK: - Today

  @Test("a directory on standard input: cannot read (EISDIR), no record, exit 1")
  func directoryOnStandardInput() throws {
    let scratch = try ScratchDirectory()
    let run = try Self.run(["-"], stdin: scratch.url.path)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("-"))
    #expect(run.stderr.contains("error: cannot read: Is a directory"))
  }

  @Test(
    "unreadable inputs (missing, a socket, a link to itself) fail one by one; the others are converted; exit 1")
  func unreadableInputs() throws {
    let scratch = try ScratchDirectory()
    let good = try scratch.write("good.md", Self.good)
    let missing = scratch.path("missing.md")
    let socket = try Self.makeSocket(scratch.path("socket.md"))
    let loop = scratch.path("loop.md")
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.md")
    let run = try CLI.run([missing, socket, loop, good])
    #expect(run.status == 1)
    let lines = BadInputEncodingTests.lines(run.stderr)
    #expect(lines.count == 3)
    #expect(lines.contains { $0.hasPrefix(missing) && $0.contains("error: cannot read: No such file or directory") })
    #expect(lines.contains { $0.hasPrefix(socket) && $0.contains("error: cannot read: No such device or address") })
    #expect(
      lines.contains { $0.hasPrefix(loop) && $0.contains("error: cannot read: Too many levels of symbolic links") })
    let records = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
    #expect(records.map { ($0["source"] as? [String: Any])?["path"] as? String } == [good])
  }

  // MARK: - After the batch input layer

  @Test(
    "a directory INPUT is walked recursively for *.md and *.markdown, in sorted path order")
  func directoryWalk() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("docs/b.md", Self.good)
    try scratch.write("docs/a.md", Self.good)
    try scratch.write("docs/sub/c.markdown", Self.good)
    try scratch.write("docs/notes.txt", "not a document")
    try FileManager.default.createDirectory(atPath: scratch.path("docs/dir.md"), withIntermediateDirectories: true)
    try scratch.write("docs/dir.md/d.md", Self.good)
    let run = try CLI.run(["--format", "jsonl", scratch.path("docs")])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let paths = try Self.jsonLinesPaths(run)
    #expect(paths == ["a.md", "b.md", "dir.md/d.md", "sub/c.markdown"].map { scratch.path("docs/\($0)") })
  }

  @Test(
    "a symbolic link loop in a walked directory: GD303 for it, exit 1, the other documents converted")
  func symlinkLoop() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("docs/a.md", Self.good)
    try scratch.write("docs/sub/b.md", Self.good)
    try FileManager.default.createSymbolicLink(atPath: scratch.path("docs/sub/back"), withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: scratch.path("docs/self.md"), withDestinationPath: "self.md")
    let run = try CLI.run(["--format", "jsonl", scratch.path("docs")])
    #expect(run.status == 1)
    #expect(Self.hasReadFailure(run, path: scratch.path("docs/sub/back")))
    #expect(Self.hasReadFailure(run, path: scratch.path("docs/self.md")))
    #expect(try Self.jsonLinesPaths(run) == [scratch.path("docs/a.md"), scratch.path("docs/sub/b.md")])
  }

  @Test(
    "an unreadable file in a walked directory: GD303 for it, exit 1, the other documents converted")
  func unreadableInWalk() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("docs/a.md", Self.good)
    // Root reads a chmod 000 file, so a socket stands in: open(2) fails with ENXIO whoever runs the test.
    let socket = try Self.makeSocket(scratch.path("docs/b.md"))
    var unreadable = [socket]
    if getuid() != 0 {
      let locked = try scratch.write("docs/c.md", Self.good)
      chmod(locked, 0)
      unreadable.append(locked)
    }
    let run = try CLI.run(["--format", "jsonl", scratch.path("docs")])
    #expect(run.status == 1)
    for path in unreadable { #expect(Self.hasReadFailure(run, path: path)) }
    #expect(try Self.jsonLinesPaths(run) == [scratch.path("docs/a.md")])
  }

  @Test(
    "a file listed but gone by the time it is read (--files-from): GD303, exit 1, the others converted")
  func vanishedFile() throws {
    let scratch = try ScratchDirectory()
    let first = try scratch.write("a.md", Self.good)
    let gone = try scratch.write("gone.md", Self.good)
    let last = try scratch.write("z.md", Self.good)
    let list = try scratch.write("list.txt", [first, gone, last].joined(separator: "\n") + "\n")
    try FileManager.default.removeItem(atPath: gone)
    let run = try CLI.run(["--format", "jsonl", "--files-from", list])
    #expect(run.status == 1)
    #expect(Self.hasReadFailure(run, path: gone))
    #expect(run.stderr.contains("No such file or directory"))
    #expect(try Self.jsonLinesPaths(run) == [first, last])
  }

  @Test("unreadable INPUTs given directly use the same GD303 line")
  func directInputsUseGD303() throws {
    let scratch = try ScratchDirectory()
    let missing = scratch.path("missing.md")
    let socket = try Self.makeSocket(scratch.path("socket.md"))
    let run = try CLI.run([missing, socket])
    #expect(run.status == 1)
    #expect(Self.hasReadFailure(run, path: missing))
    #expect(Self.hasReadFailure(run, path: socket))
    let standardInput = try Self.run(["-"], stdin: scratch.url.path)
    #expect(Self.hasReadFailure(standardInput, path: "-"))
  }

  // MARK: - Helpers

  /// Whether standard error has `path:1:1: error: cannot read: … [GD303]`.
  private static func hasReadFailure(_ run: CLI.Run, path: String) -> Bool {
    BadInputEncodingTests.lines(run.stderr).contains {
      $0.hasPrefix("\(path):1:1: error: cannot read: ") && $0.hasSuffix(" [GD303]")
    }
  }

  private static func jsonLinesPaths(_ run: CLI.Run) throws -> [String] {
    try BadInputEncodingTests.lines(run.stdoutText).map { line in
      let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return ((record?["source"] as? [String: Any])?["path"] as? String) ?? "?"
    }
  }

  /// Binds a Unix-domain socket at `path` (left in place after the descriptor is closed) and returns the path.
  private static func makeSocket(_ path: String) throws -> String {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EIO) }
    defer { close(descriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw POSIXError(.ENAMETOOLONG) }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard bound == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    return path
  }

  /// Runs the binary with a file or directory opened as its standard input.
  private static func run(_ arguments: [String], stdin path: String) throws -> CLI.Run {
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = arguments
    process.currentDirectoryURL = CLI.root
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw POSIXError(.EIO) }
    let input = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    process.standardInput = input
    try process.run()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLI.Run(
      status: process.terminationStatus, stdout: stdoutData, stderr: String(decoding: stderrData, as: UTF8.self))
  }
}
