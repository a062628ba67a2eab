#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file `--output` names, written atomically: records go to a temporary file beside it
/// (`.NAME.gene2json-PID-N`, mode 0666 less the umask), which is renamed over the path once everything is
/// written, or removed on failure or interrupt (SIGINT, SIGTERM, SIGHUP). Readers of the path see the old file or
/// the whole new one, never a part. (The file is not `fsync`ed: atomic, not durable across a power cut.)
///
/// A symbolic link is followed (the file it names is replaced, the link kept). An existing special file (a device
/// such as `/dev/null`, a FIFO) cannot be replaced and is written directly.
///
/// `fix` replaces a document in place with ``init(replacing:like:)``, which gives the temporary file the
/// document's mode and owner; `render` creates documents with ``commit(replacing:)`` set to false, which never
/// replaces a file that exists.
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
    (descriptor, temporaryPath) = try Self.temporaryFile(beside: target, shownAs: path)
    self.target = target
  }

  /// Opens a temporary file for a new file at `path` (mode 0666 less the umask); nothing at the path is followed, so
  /// a symbolic link there is replaced by ``commit(replacing:)``, never written through.
  init(creating path: String) throws(OutputError) {
    shownPath = path
    (descriptor, temporaryPath) = try Self.temporaryFile(beside: path, shownAs: path)
    target = path
  }

  /// Opens a temporary file that will replace the regular file at `path` (a real path: no link is followed), with
  /// the mode and owner `status` gives; fails when the owner cannot be kept. Messages name the file `shown`.
  init(replacing path: String, like status: stat, shownAs shown: String) throws(OutputError) {
    shownPath = shown
    (descriptor, temporaryPath) = try Self.temporaryFile(beside: path, shownAs: shown)
    target = path
    if status.st_uid != Self.user || status.st_gid != Self.group, fchown(descriptor, status.st_uid, status.st_gid) != 0
    {
      let message = String(cString: strerror(errno))
      discard()
      throw .failed("cannot write '\(shown)' keeping its owner: \(message)")
    }
    fchmod(descriptor, status.st_mode & 0o7777)
  }

  /// Creates `.NAME.gene2json-PID-N` beside `target` (mode 0666 less the umask; N counts up past names taken) and
  /// watches it for interrupts. Not `mkstemp`: its 0600 file needed an `fchmod` after it, and `render` makes one
  /// temporary file a document.
  private static func temporaryFile(beside target: String, shownAs path: String) throws(OutputError) -> (Int32, String)
  {
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { String(target[...$0]) } ?? ""
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    let prefix = "\(directory).\(name).gene2json-\(processID)-"
    while true {
      counter &+= 1
      let temporaryPath = prefix + String(counter)
      let descriptor = open(temporaryPath, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 {
        InterruptCleanup.remove(onInterrupt: temporaryPath)
        return (descriptor, temporaryPath)
      }
      guard errno == EEXIST else { throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
    }
  }

  /// Numbers temporary files (the writing thread is the only one that makes them).
  nonisolated(unsafe) private static var counter = 0
  /// `getpid()`, `geteuid()` and `getegid()`, once (glibc asks the kernel every time; `fix` asks for each file).
  private static let processID = getpid()
  private static let user = geteuid()
  private static let group = getegid()

  deinit {
    discard()
  }

  /// Closes the temporary file and renames it to the final path. With `replacing` false, a file already at the
  /// path is kept and ``OutputError/exists`` thrown (the temporary file is linked to the path, which fails when the
  /// path exists, then removed).
  func commit(replacing: Bool = true) throws(OutputError) {
    guard !finished else { return }
    finished = true
    defer { InterruptCleanup.forget() }
    let closed = close(descriptor) == 0
    guard let target, let temporaryPath else {
      if closed { return }
      throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(errno)))")
    }
    let moved = closed && (replacing ? rename(temporaryPath, target) == 0 : link(temporaryPath, target) == 0)
    let failure = errno
    if !moved || !replacing { unlink(temporaryPath) }
    guard moved else {
      if closed && !replacing && failure == EEXIST { throw .exists(shownPath) }
      throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(failure)))")
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
