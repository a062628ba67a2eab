#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Walks a directory tree depth-first and yields its `*.md` and `*.markdown` files in byte order of their full
/// paths, holding only the entries of the directories on the current path (never the whole tree).
///
/// Entries are sorted with directories keyed as `name/`, which makes a depth-first walk come out in byte order of
/// full paths (`a-b.md` < `a.md` < `a/x.md`). Symbolic links are followed; a link that leads back to a directory
/// being walked (a loop) and a directory that cannot be read are reported as failures and skipped. Names starting
/// with `.` are skipped (hidden files and folders, `.git`), and so is what ``IgnoreRules`` leaves out (an excluded
/// folder is not entered).
struct DirectoryWalker {
  private struct Entry {
    enum Kind {
      case file
      case directory
      case failure(String)
    }

    let key: [UInt8]
    let name: String
    let path: String
    let kind: Kind
  }

  private struct Frame {
    var entries: [Entry]  // reversed: the next entry is last
    let handle: DirectoryHandle
    let identity: FileIdentity
    /// The folder's path from the root, with a trailing `/` (empty for the root).
    let relative: [UInt8]
    /// The ignore lists the folder added.
    let ignoreLists: (ignore: Int, gitignore: Int)
  }

  private var frames: [Frame] = []
  private var pending: [InputItem] = []
  private var rules: IgnoreRules

  /// Starts a walk at a directory (given as the user wrote it).
  init(root: String, options: WalkOptions = WalkOptions()) {
    rules = IgnoreRules(root: root, options: options)
    descend(into: root, named: root, in: nil, relative: [])
  }

  /// The next file or failure, or nil when the walk is over.
  mutating func next() -> InputItem? {
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      guard !frames.isEmpty else { return nil }
      guard let entry = frames[frames.count - 1].entries.popLast() else {
        rules.leave(frames.removeLast().ignoreLists)
        continue
      }
      let frame = frames[frames.count - 1]
      switch entry.kind {
      case .file: return .input(BatchInput(path: entry.path, directory: frame.handle, name: entry.name))
      case .failure(let message): return .failure(path: entry.path, message)
      case .directory:
        descend(into: entry.path, named: entry.name, in: frame.handle, relative: frame.relative + entry.key)
      }
    }
  }

  // MARK: - Reading directories

  /// Opens a folder, reads its entries and pushes it; `relative` is its path from the root with a trailing `/`.
  private mutating func descend(
    into path: String, named name: String, in parent: DirectoryHandle?, relative: [UInt8]
  ) {
    guard let handle = DirectoryHandle.open(name, in: parent), let directory = fdopendir(dup(handle.descriptor)) else {
      pending.append(.failure(path: path, SystemError.current))
      return
    }
    defer { closedir(directory) }
    var status = stat()
    guard fstat(handle.descriptor, &status) == 0 else {
      pending.append(.failure(path: path, SystemError.current))
      return
    }
    let identity = FileIdentity(status)
    if frames.contains(where: { $0.identity == identity }) {
      pending.append(.failure(path: path, "symbolic link loop: the directory contains itself"))
      return
    }
    let prefix = path.hasSuffix("/") ? path : path + "/"
    var entries: [Entry] = []
    while let pointer = readdir(directory) {
      if let entry = Self.entry(pointer, in: handle, prefix: prefix) { entries.append(entry) }
    }
    let ignoreLists = rules.enter(handle, scope: relative)
    if !rules.isEmpty {
      entries.removeAll { entry in
        let isDirectory = if case .directory = entry.kind { true } else { false }
        let name = isDirectory ? Array(entry.key.dropLast()) : entry.key
        return rules.isIgnored(parent: relative, name: name, isDirectory: isDirectory)
      }
    }
    entries.sort { Self.precedes($1.key, $0.key) }
    frames.append(
      Frame(entries: entries, handle: handle, identity: identity, relative: relative, ignoreLists: ignoreLists))
  }

  /// The entry to walk for a directory entry, or nil for one to skip: a directory, a `*.md` or `*.markdown` regular
  /// file, or such a name that cannot be read as one (a dangling link, a FIFO, a device), reported in its place.
  private static func entry(_ pointer: UnsafeMutablePointer<dirent>, in handle: DirectoryHandle, prefix: String)
    -> Entry?
  {
    var name = withUnsafeBytes(of: &pointer.pointee.d_name) { raw in
      Array(raw.prefix(while: { $0 != 0 }))
    }
    guard let first = name.first, first != UInt8(ascii: ".") else { return nil }
    let text = String(decoding: name, as: UTF8.self)
    let path = prefix + text
    var type = Int32(pointer.pointee.d_type)
    if type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) {
      var status = stat()
      if fstatat(handle.descriptor, text, &status, 0) != 0 {
        return isMarkdown(name) ? Entry(key: name, name: text, path: path, kind: .failure(SystemError.current)) : nil
      }
      switch status.st_mode & S_IFMT {
      case S_IFDIR: type = Int32(DT_DIR)
      case S_IFREG: type = Int32(DT_REG)
      default: type = Int32(DT_UNKNOWN)
      }
    }
    if type == Int32(DT_DIR) {
      name.append(UInt8(ascii: "/"))
      return Entry(key: name, name: text, path: path, kind: .directory)
    }
    guard isMarkdown(name) else { return nil }
    let kind: Entry.Kind = type == Int32(DT_REG) ? .file : .failure("not a regular file")
    return Entry(key: name, name: text, path: path, kind: kind)
  }

  /// Whether a file name ends in `.md` or `.markdown` (in any case).
  static func isMarkdown(_ name: [UInt8]) -> Bool {
    hasSuffix(name, ".md") || hasSuffix(name, ".markdown")
  }

  /// Whether `name` is longer than `suffix` (lower case) and ends with it in any case; on bytes, with no array made
  /// (this and the sort below were 3,000 instructions a file of a 2,000-document callgrind profile).
  private static func hasSuffix(_ name: [UInt8], _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard name.count > count else { return false }
    return suffix.withUTF8Buffer { suffix in
      var offset = 0
      while offset < count {
        guard name[name.count - count + offset] | 0x20 == suffix[offset] else { return false }
        offset += 1
      }
      return true
    }
  }

  /// Byte order (`memcmp`, then the shorter first).
  private static func precedes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    let common = min(left.count, right.count)
    let order = left.withUnsafeBufferPointer { left in
      right.withUnsafeBufferPointer { right in common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common) }
    }
    return order != 0 ? order < 0 : left.count < right.count
  }
}
