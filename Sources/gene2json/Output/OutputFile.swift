#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file `--output` names, written atomically: records go to a temporary file beside it
/// (`.NAME.gene2json-XXXXXX`, mode 0666 less the umask), which is renamed over the path once everything is
/// written, or removed on failure or interrupt (SIGINT, SIGTERM, SIGHUP). Readers of the path see the old file or
/// the whole new one, never a part. (The file is not `fsync`ed: atomic, not durable across a power cut.)
///
/// A symbolic link is followed (the file it names is replaced, the link kept). An existing special file (a device
/// such as `/dev/null`, a FIFO) cannot be replaced and is written directly.
final class OutputFile {
  /// The descriptor records are written to.
  let descriptor: Int32
  /// The path renamed over at the end; nil when writing a special file directly.
  private let target: String?
  /// The temporary file; nil when writing a special file directly.
  private let temporaryPath: String?
  private let shownPath: String
  private var finished = false

  /// Opens the output; fails (exit 2) when the temporary file cannot be created or `path` is a directory.
  init(path: String) throws(OutputError) {
    shownPath = path
    var status = stat()
    let exists = stat(path, &status) == 0
    if exists && (status.st_mode & S_IFMT) == S_IFDIR { throw .failed("cannot write '\(path)': it is a directory") }
    if exists && (status.st_mode & S_IFMT) != S_IFREG {
      descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
      target = nil
      temporaryPath = nil
      return
    }
    let target = exists ? Self.resolved(path) : path
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { String(target[...$0]) } ?? ""
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    var template = Array("\(directory).\(name).gene2json-XXXXXX".utf8CString)
    descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    self.target = target
    self.temporaryPath = temporaryPath
    InterruptCleanup.remove(onInterrupt: temporaryPath)
  }

  deinit {
    discard()
  }

  /// Closes the temporary file and renames it to the final path.
  func commit() throws(OutputError) {
    guard !finished else { return }
    finished = true
    defer { InterruptCleanup.forget() }
    let closed = close(descriptor) == 0
    guard let target, let temporaryPath else {
      if closed { return }
      throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(errno)))")
    }
    guard closed, rename(temporaryPath, target) == 0 else {
      let message = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw .failed("cannot write '\(shownPath)': \(message)")
    }
  }

  /// Closes and removes the temporary file (nothing happens after a commit).
  func discard() {
    guard !finished else { return }
    finished = true
    close(descriptor)
    if let temporaryPath { unlink(temporaryPath) }
    InterruptCleanup.forget()
  }

  /// The path with symbolic links resolved (the path itself when that fails).
  private static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }
}
