#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which files `fix` may write: only files inside the tree they were found in, so that a symbolic link (to a file,
/// or to a folder on the way) never leads a write outside it.
///
/// A file found by walking a directory operand must really lie inside that directory (symbolic links resolved); a
/// file named on the command line or in `--files-from` must lie inside the directory that holds the name given.
struct WalkedTree {
  /// Where a document may be written, or why not.
  enum Target {
    /// The real path to replace, and its status (`lstat` of a file that is not a link: the same file).
    case inside(String, stat?)
    /// A symbolic link whose target (given) lies outside the tree.
    case outside(String)
    /// The real path could not be found (the message says why).
    case unresolved(String)
  }

  /// Directory operands as given (with a trailing `/`) and as real paths.
  private let roots: [(prefix: String, real: String?)]
  /// Real paths of folders already resolved.
  private var folders: [String: String] = [:]

  /// The tree of a batch's operands.
  init(operands: [String]) {
    roots = operands.filter { $0 != "-" && InputOptions.isDirectory($0) }.map { operand in
      (operand.hasSuffix("/") ? operand : operand + "/", Self.realPath(operand))
    }
  }

  /// Where the document read from `path` may be written.
  mutating func target(of path: String) -> Target {
    let folder = Self.folder(of: path)
    var status = stat()
    guard lstat(path, &status) == 0 else { return .unresolved(String(cString: strerror(errno))) }
    let isLink = (status.st_mode & S_IFMT) == S_IFLNK
    guard let real = isLink ? Self.realPath(path) : resolvedFolder(folder).map({ Self.join($0, Self.name(of: path)) })
    else { return .unresolved(String(cString: strerror(errno))) }
    let walkedFrom = roots.filter { path.hasPrefix($0.prefix) }.compactMap(\.real)
    let trees = walkedFrom.isEmpty ? [resolvedFolder(folder)].compactMap { $0 } : walkedFrom
    if trees.contains(where: { Self.contains($0, real) }) { return .inside(real, isLink ? nil : status) }
    return .outside(real)
  }

  private mutating func resolvedFolder(_ folder: String) -> String? {
    if let known = folders[folder] { return known }
    let real = Self.realPath(folder)
    folders[folder] = real
    return real
  }

  // MARK: - Paths

  private static func contains(_ tree: String, _ path: String) -> Bool {
    tree == "/" ? path.hasPrefix("/") : path == tree || path.hasPrefix(tree + "/")
  }

  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  private static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  private static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  private static func realPath(_ path: String) -> String? {
    guard let real = realpath(path, nil) else { return nil }
    defer { free(real) }
    return String(cString: real)
  }
}
