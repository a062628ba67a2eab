#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small path helpers on POSIX paths as strings (`/` separated).
enum Paths {
  /// The current working directory, or `.` when it cannot be told.
  static func currentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "." }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// Whether a path starts at the root.
  static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") }

  /// `base/relative`, or `relative` alone when it is absolute or `base` is empty or `.`.
  static func join(_ base: String, _ relative: String) -> String {
    if isAbsolute(relative) || base.isEmpty || base == "." { return relative }
    return base.hasSuffix("/") ? base + relative : base + "/" + relative
  }

  /// The last component of a path (`genes.csv` for `data/genes.csv`).
  static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    let name = path[path.index(after: slash)...]
    return name.isEmpty ? path : String(name)
  }

  /// The folder a path is in: `.` for a bare name, `/` for a name at the root.
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let head = path[..<slash]
    return head.isEmpty ? "/" : String(head)
  }

  /// The parent of an absolute folder, or nil at the root.
  static func parent(of directory: String) -> String? {
    var trimmed = Substring(directory)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard trimmed != "/", trimmed.contains("/") else { return nil }
    return Self.directory(of: String(trimmed))
  }

  /// Whether a path names a regular file (symbolic links followed).
  static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }
}
