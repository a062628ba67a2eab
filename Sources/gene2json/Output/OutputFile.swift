#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file `--output` names, written atomically. Records go to an unnamed file in the path's directory
/// (`O_TMPFILE`, mode 0666 less the umask), which is linked into place once everything is written: whatever ends
/// the process before that, SIGKILL included, leaves nothing behind, since an unnamed file vanishes with its last
/// descriptor. Over an existing file it is linked under a temporary name (`.NAME.gene2json-XXXXXX`) and renamed
/// over the path at once. Where the file system refuses `O_TMPFILE`, the temporary file is named from the start,
/// renamed at the end, and removed on failure or interrupt (SIGINT, SIGTERM, SIGHUP). Readers of the path see the old
/// file or the whole new one, never a part. (The file is not `fsync`ed: atomic, not durable across a power cut.)
///
/// A symbolic link is followed (the file it names is replaced, the link kept). An existing special file (a device
/// such as `/dev/null`, a FIFO) cannot be replaced and is written directly.
final class OutputFile {
  /// The descriptor records are written to.
  let descriptor: Int32
  /// The path renamed over at the end; nil when writing a special file directly.
  private let target: String?
  /// The named temporary file; nil when writing a special file directly or an unnamed file.
  let temporaryPath: String?
  /// The target's directory (with its final `/`, or empty) and file name.
  private var directory = ""
  private var name = ""
  private let shownPath: String
  private var finished = false

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
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { String(target[...$0]) } ?? ""
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    self.target = target
    self.directory = directory
    self.name = name
    // An unnamed file first (linked through /proc at the end); a named temporary one where the file system or the
    // system does not support that.
    let unnamed =
      !named && access("/proc/self/fd", F_OK) == 0
      ? open(directory.isEmpty ? "." : directory, Self.temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o666) : -1
    if unnamed >= 0 {
      descriptor = unnamed
      temporaryPath = nil
      InterruptCleanup.unblock()
      return
    }
    var template = Array("\(directory).\(name).gene2json-XXXXXX".utf8CString)
    descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw .failed("cannot write '\(path)': \(String(cString: strerror(errno)))") }
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    self.temporaryPath = temporaryPath
    InterruptCleanup.remove(onInterrupt: temporaryPath)
  }

  /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Glibc's module does not bring into Swift.
  private static let temporaryFileFlag: Int32 = 0o20_000_000 | O_DIRECTORY

  deinit {
    discard()
  }

  /// Puts the written file in place: links the unnamed file, or renames the named one, over the final path.
  func commit() throws(OutputError) {
    guard !finished else { return }
    finished = true
    defer { InterruptCleanup.forget() }
    guard let target else {
      if close(descriptor) == 0 { return }
      throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(errno)))")
    }
    if let temporaryPath {
      guard close(descriptor) == 0, rename(temporaryPath, target) == 0 else {
        let message = String(cString: strerror(errno))
        unlink(temporaryPath)
        throw .failed("cannot write '\(shownPath)': \(message)")
      }
      return
    }
    defer { close(descriptor) }
    try linkIntoPlace(target)
  }

  /// Links the unnamed file at `target`: directly when nothing is there, else under a temporary name renamed over it.
  private func linkIntoPlace(_ target: String) throws(OutputError) {
    let descriptorPath = "/proc/self/fd/\(descriptor)"
    if linkat(AT_FDCWD, descriptorPath, AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return }
    guard errno == EEXIST else { throw .failed("cannot write '\(shownPath)': \(String(cString: strerror(errno)))") }
    for attempt in 0..<100 {
      let temporary = "\(directory).\(name).gene2json-\(getpid())-\(attempt)"
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
