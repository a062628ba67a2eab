/// The patterns of one ignore file (or one set of exclude patterns), placed relative to the root of a walk.
///
/// Entries are given by their path relative to the walk's root. A list in a folder inside the walk applies to the
/// entries under it (`scope`, that folder's path from the root, is cut off them); a list in a folder above the root
/// applies to all of them (`lead`, the root's path from that folder, is put before them).
struct IgnoreList {
  let patterns: [IgnorePattern]
  /// The list's folder relative to the walk's root, with a trailing `/`, when it is inside the walk.
  let scope: [UInt8]
  /// The walk's root relative to the list's folder, with a trailing `/`, when the folder is above the root.
  let lead: [UInt8]

  init(_ patterns: [IgnorePattern], scope: [UInt8] = [], lead: [UInt8] = []) {
    self.patterns = patterns
    self.scope = scope
    self.lead = lead
  }

  /// Whether the list excludes an entry (true), re-includes it (false, a `!` pattern), or says nothing (nil):
  /// the last pattern that matches decides. `parent` is the path from the walk's root to the entry's folder (with
  /// a trailing `/`), `name` the entry's name; the whole path is put together only for a pattern that needs it.
  func decision(parent: [UInt8], name: [UInt8], isDirectory: Bool) -> Bool? {
    guard parent.starts(with: scope) else { return nil }
    var path: [UInt8]?
    for pattern in patterns.reversed() where !pattern.directoryOnly || isDirectory {
      let matched: Bool
      if pattern.anchored {
        if path == nil { path = lead + parent[scope.count...] + name }
        matched = pattern.matches(path: path!, name: name, isDirectory: isDirectory)
      } else {
        matched = pattern.matches(path: [], name: name, isDirectory: isDirectory)
      }
      if matched { return !pattern.negated }
    }
    return nil
  }
}
