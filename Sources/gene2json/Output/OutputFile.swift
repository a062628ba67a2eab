#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file written atomically: `--output`, a document `render` creates, a document `fix` replaces. Bytes go to an
/// unnamed file in the path's directory (`O_TMPFILE`, mode 0666 less the umask), which is linked into place once
/// everything is written: whatever ends the process before that, SIGKILL included, leaves nothing behind, since an
/// unnamed file vanishes with its last descriptor. Over an existing file it is linked under a temporary name
/// (`.NAME.gene2json-PID-N`) and renamed over the path at once. Where the file system refuses `O_TMPFILE`, the
/// temporary file is named from the start (`O_EXCL`, mode 0666 less the umask), renamed at the end, and removed on
/// failure or interrupt (SIGINT, SIGTERM, SIGHUP). Readers of the path see the old file or the whole new one, never
/// a part. (The file is not `fsync`ed: atomic, not durable across a power cut.)
///
/// A symbolic link at `--output` is followed (the file it names is replaced, the link kept). An existing special
/// file (a device such as `/dev/null`, a FIFO) cannot be replaced and is written directly.
///
/// `fix` replaces a document in place with ``init(replacing:like:shownAs:)``, which gives the new file the
/// document's mode and owner; `render` creates documents with ``init(creating:)`` and ``commit(replacing:)`` set to
/// false, which never replaces a file that exists.
final class OutputFile {
  /// The descriptor bytes are written to.
  let descriptor: Int32
  /// The path put in place at the end; nil when writing a special file directly.
  private let target: String?
  /// The named temporary file; nil when writing a special file directly or an unnamed file.
  let temporaryPath: String?
  private let shownPath: String
  private var finished = false
  /// The target is a file being replaced (`fix`): link under a temporary name at once, without first trying the
  /// path itself, which exists (the failing `linkat` was one of about thirteen system calls a fixed file).
  private var replacesExisting = false

  /// Opens the output; fails (exit 2) when the temporary file cannot be created or `path` is a directory.
  /// `named` makes the temporary file a named one from the start (``temporaryPath``), for writers that open files
  /// by name (SQLite).
  init(path: String, named: Bool = false) throws(OutputError) {
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
    (descriptor, temporaryPath) = try Self.temporaryFile(beside: target, shownAs: path, named: named)
    self.target = target
  }

  /// Opens a file for a new file at `path` (mode 0666 less the umask); nothing at the path is followed, so a
  /// symbolic link there is replaced by ``commit(replacing:)``, never written through.
  init(creating path: String) throws(OutputError) {
    shownPath = path
    (descriptor, temporaryPath) = try Self.temporaryFile(beside: path, shownAs: path)
    target = path
  }

  /// Opens a file that will replace the regular file at `path` (a real path: no link is followed), with the mode and
  /// owner `status` gives; fails when the owner cannot be kept. Messages name the file `shown`.
  init(replacing path: String, like status: stat, shownAs shown: String) throws(OutputError) {
    shownPath = shown
    (descriptor, temporaryPath) = try Self.temporaryFile(beside: path, shownAs: shown)
    target = path
    replacesExisting = true
    if status.st_uid != Self.user || status.st_gid != Self.group, fchown(descriptor, status.st_uid, status.st_gid) != 0
    {
      let message = String(cString: strerror(errno))
      discard()
      throw .failed("cannot write '\(shown)' keeping its owner: \(message)")
    }
    fchmod(descriptor, status.st_mode & 0o7777)
  }

  /// An unnamed file in `target`'s directory when the system has them (the path nil), else `.NAME.gene2json-PID-N`
  /// beside `target` (N counts up past names taken), watched for interrupts. Not `mkstemp`: its 0600 file needed an
  /// `fchmod` after it, and `render` makes one file a document.
  private static func temporaryFile(beside target: String, shownAs path: String, named: Bool = false)
    throws(OutputError) -> (Int32, String?)
  {
    let (directory, name) = split(target)
    if hasDescriptorLinks && !named {
      let unnamed = open(directory.isEmpty ? "." : directory, temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o666)
      if unnamed >= 0 {
        InterruptCleanup.unblock()
        return (unnamed, nil)
      }
    }
    while true {
      let temporaryPath = nextTemporaryName(directory, name)
      let descriptor = open(temporaryPath, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 {
        InterruptCleanup.remove(onInterrupt: temporaryPath)
        return (descriptor, temporaryPath)
      }
      guard errno == EEXIST else { throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
    }
  }

  /// `.NAME.gene2json-PID-N` in `directory` (with its final `/`, or empty), N counted up.
  private static func nextTemporaryName(_ directory: String, _ name: String) -> String {
    counter &+= 1
    return "\(directory).\(name).gene2json-\(processID)-\(counter)"
  }

  /// A path's directory (with its final `/`, or empty) and file name.
  private static func split(_ path: String) -> (String, String) {
    let slash = path.lastIndex(of: "/")
    return (
      slash.map { String(path[...$0]) } ?? "", slash.map { String(path[path.index(after: $0)...]) } ?? path
    )
  }

  /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Glibc's module does not bring into Swift.
  private static let temporaryFileFlag: Int32 = 0o20_000_000 | O_DIRECTORY
  /// Whether an unnamed file can be linked into place (through `/proc/self/fd`), asked once.
  private static let hasDescriptorLinks = access("/proc/self/fd", F_OK) == 0
  /// Numbers temporary files (the writing thread is the only one that makes them).
  nonisolated(unsafe) private static var counter = 0
  /// `getpid()`, `geteuid()` and `getegid()`, once (glibc asks the kernel every time; `fix` asks for each file).
  private static let processID = getpid()
  private static let user = geteuid()
  private static let group = getegid()

  deinit {
    discard()
  }

  /// Puts the written file in place. With `replacing` false, a file already at the path is kept and
  /// ``OutputError/exists`` thrown (the file is linked to the path, which fails when the path exists).
  func commit(replacing: Bool = true) throws(OutputError) {
    guard !finished else { return }
    finished = true
    defer { InterruptCleanup.forget() }
    guard let target else {
      if close(descriptor) == 0 { return }
      throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(errno)))")
    }
    if let temporaryPath {
      let closed = close(descriptor) == 0
      let moved = closed && (replacing ? rename(temporaryPath, target) == 0 : link(temporaryPath, target) == 0)
      let failure = errno
      if !moved || !replacing { unlink(temporaryPath) }
      guard moved else {
        if closed && !replacing && failure == EEXIST { throw .exists(shownPath) }
        throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(failure)))")
      }
      return
    }
    defer { close(descriptor) }
    try linkIntoPlace(target, replacing: replacing)
  }

  /// Links the unnamed file at `target`: directly when nothing is there, else (when `replacing`) under a temporary
  /// name renamed over it.
  private func linkIntoPlace(_ target: String, replacing: Bool) throws(OutputError) {
    let descriptorPath = "/proc/self/fd/\(descriptor)"
    if !(replacesExisting && replacing) {
      if linkat(AT_FDCWD, descriptorPath, AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return }
      guard errno == EEXIST else { throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(errno)))") }
      guard replacing else { throw .exists(shownPath) }
    }
    let (directory, name) = Self.split(target)
    for _ in 0..<100 {
      let temporary = Self.nextTemporaryName(directory, name)
      guard linkat(AT_FDCWD, descriptorPath, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
        if errno == EEXIST { continue }
        break
      }
      guard rename(temporary, target) == 0 else {
        let message = String(cString: strerror(errno))
        unlink(temporary)
        throw .failed("cannot write '\(shownPath)': \(message)")
      }
      return
    }
    throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(errno)))")
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
