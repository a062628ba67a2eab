#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything that decides, during one directory walk, whether an entry is left out: exclude patterns first (in
/// their order), then `.ignore` files, then `.gitignore` files (each kind deepest first, then `.git/info/exclude`).
/// The first list that says anything decides. The walker adds each folder's files as it enters it and drops them
/// as it leaves.
struct IgnoreRules {
  /// The largest ignore file read; a larger one is read up to this size.
  static let maxFileBytes = 1 << 20

  private var excludes: [IgnoreList] = []
  private(set) var ignoreFiles: [IgnoreList] = []
  private(set) var gitignoreFiles: [IgnoreList] = []
  let readsIgnoreFiles: Bool

  /// The rules for a walk of `root`: the options' exclude patterns placed relative to it and, when ignore files
  /// are read, those of the folders above it up to its repository's root.
  init(root: String, options: WalkOptions) {
    readsIgnoreFiles = options.readsIgnoreFiles
    let rootPath = options.excludes.contains { $0.directory != nil } || readsIgnoreFiles ? Self.realPath(root) : nil
    for exclude in options.excludes {
      let patterns = exclude.patterns.compactMap { IgnorePattern(line: Array($0.utf8)) }
      guard !patterns.isEmpty else { continue }
      guard let directory = exclude.directory else {
        excludes.append(IgnoreList(patterns))
        continue
      }
      guard let rootPath, let folder = Self.realPath(directory) else { continue }
      if let lead = Self.relative(rootPath, from: folder) {
        excludes.append(IgnoreList(patterns, lead: lead))
      } else if let scope = Self.relative(folder, from: rootPath) {
        excludes.append(IgnoreList(patterns, scope: scope))
      }
    }
    if readsIgnoreFiles, let rootPath { addParents(of: rootPath) }
  }

  /// Whether any list could leave an entry out.
  var isEmpty: Bool { excludes.isEmpty && ignoreFiles.isEmpty && gitignoreFiles.isEmpty }

  /// Whether an entry is left out: `parent` is the path from the walk's root to its folder (with a trailing `/`,
  /// empty for the root), `name` its name.
  func isIgnored(parent: [UInt8], name: [UInt8], isDirectory: Bool) -> Bool {
    for list in excludes {
      if let decision = list.decision(parent: parent, name: name, isDirectory: isDirectory) { return decision }
    }
    for list in ignoreFiles.reversed() {
      if let decision = list.decision(parent: parent, name: name, isDirectory: isDirectory) { return decision }
    }
    for list in gitignoreFiles.reversed() {
      if let decision = list.decision(parent: parent, name: name, isDirectory: isDirectory) { return decision }
    }
    return false
  }

  // MARK: - Folders of the walk

  /// Adds the `.ignore` and `.gitignore` files of a folder the walk enters (`scope`: its path from the root, with a
  /// trailing `/`; empty for the root); returns how many lists were added of each kind, for ``leave(_:)``.
  mutating func enter(_ directory: DirectoryHandle, scope: [UInt8]) -> (ignore: Int, gitignore: Int) {
    guard readsIgnoreFiles else { return (0, 0) }
    var added = (ignore: 0, gitignore: 0)
    if let patterns = Self.patterns(named: ".ignore", in: directory) {
      ignoreFiles.append(IgnoreList(patterns, scope: scope))
      added.ignore = 1
    }
    if let patterns = Self.patterns(named: ".gitignore", in: directory) {
      gitignoreFiles.append(IgnoreList(patterns, scope: scope))
      added.gitignore = 1
    }
    return added
  }

  /// Drops the lists a folder added, as the walk leaves it.
  mutating func leave(_ added: (ignore: Int, gitignore: Int)) {
    ignoreFiles.removeLast(added.ignore)
    gitignoreFiles.removeLast(added.gitignore)
  }

  // MARK: - Folders above the root

  /// The ignore files of the folders above the root, up to the first one that holds `.git` (and its
  /// `.git/info/exclude`); none when the root is in no repository. The root's own files come with ``enter(_:scope:)``.
  private mutating func addParents(of root: String) {
    var ignores: [IgnoreList] = []
    var gitignores: [IgnoreList] = []
    var folder = root
    while true {
      if Self.exists(folder + "/.git") {
        if let patterns = Self.patterns(atPath: folder + "/.git/info/exclude"),
          let lead = Self.relative(root, from: folder)
        {
          gitignores.append(IgnoreList(patterns, lead: lead))
        }
        break
      }
      guard let parent = Paths.parent(of: folder) else { return }
      folder = parent
      guard let lead = Self.relative(root, from: folder) else { return }
      if let patterns = Self.patterns(atPath: Paths.join(folder, ".ignore")) {
        ignores.append(IgnoreList(patterns, lead: lead))
      }
      if let patterns = Self.patterns(atPath: Paths.join(folder, ".gitignore")) {
        gitignores.append(IgnoreList(patterns, lead: lead))
      }
    }
    // Shallowest first, so that searching from the end meets the deepest first.
    ignoreFiles = ignores.reversed()
    gitignoreFiles = gitignores.reversed()
  }

  // MARK: - Files and paths

  private static func patterns(named name: String, in directory: DirectoryHandle) -> [IgnorePattern]? {
    let descriptor = openat(directory.descriptor, name, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return patterns(descriptor: descriptor)
  }

  private static func patterns(atPath path: String) -> [IgnorePattern]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return patterns(descriptor: descriptor)
  }

  /// The patterns of an open regular file (nil for a folder or an unreadable file).
  private static func patterns(descriptor: Int32) -> [IgnorePattern]? {
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    var bytes = [UInt8](repeating: 0, count: min(Int(status.st_size), maxFileBytes))
    var count = 0
    while count < bytes.count {
      let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else { break }
      count += got
    }
    let patterns = IgnorePattern.parse(Array(bytes.prefix(count)))
    return patterns.isEmpty ? nil : patterns
  }

  private static func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0
  }

  /// A path with symbolic links resolved, or nil when it cannot be.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `path` relative to `folder` with a trailing `/` (empty when they are the same), or nil when `path` is not
  /// inside `folder`; both absolute and resolved.
  static func relative(_ path: String, from folder: String) -> [UInt8]? {
    let path = Array(path.utf8)
    var folder = Array(folder.utf8)
    if folder.last != UInt8(ascii: "/") { folder.append(UInt8(ascii: "/")) }
    if path + [UInt8(ascii: "/")] == folder { return [] }
    guard path.starts(with: folder) else { return nil }
    return Array(path[folder.count...]) + [UInt8(ascii: "/")]
  }
}
