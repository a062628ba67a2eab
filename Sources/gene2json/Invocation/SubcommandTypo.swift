#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A first operand that is no existing path but is close to a subcommand's name (`gene2json valdate docs/`): a usage
/// error naming the subcommand meant (SPEC §3), not a `convert` of a file that does not exist.
///
/// Close means an optimal-string-alignment distance (insertions, deletions, substitutions and swaps of neighbours,
/// case aside) of at most a third of the name's length, and at least 1: `valdate`, `vaildate`, `Convert`, `schem`,
/// `hlep`. The path check comes last, so a normal operand costs one distance computation a subcommand name.
enum SubcommandTypo {
  /// The usage-error message for `arguments` (without the program name), or nil when the first is no typo.
  static func message(for arguments: [String], subcommands: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first),
      let meant = closest(to: first, among: subcommands), !exists(first)
    else { return nil }
    return "unknown command '\(first)'; did you mean '\(meant)'?"
  }

  /// The name nearest to `word` within its allowed distance (the first of equals), or nil.
  static func closest(to word: String, among names: [String]) -> String? {
    let typed = Array(word.lowercased().unicodeScalars)
    var best: (name: String, distance: Int)?
    for name in names {
      let target = Array(name.lowercased().unicodeScalars)
      let allowed = max(1, target.count / 3)
      guard abs(typed.count - target.count) <= allowed else { continue }
      let distance = Self.distance(typed, target)
      if distance <= allowed && distance < (best?.distance ?? .max) { best = (name, distance) }
    }
    return best?.name
  }

  /// The optimal-string-alignment distance between two scalar sequences.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }

  /// Whether anything (a file, a folder, a dangling link) has this path.
  private static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }
}
