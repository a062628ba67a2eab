/// Counts over a `fix` run, for its last line and its exit status.
struct FixSummary {
  /// Documents rewritten (or, with `--check` or `--diff`, that would be).
  var fixed = 0
  /// Documents already canonical.
  var canonical = 0
  /// Documents left alone because of errors `fix` cannot repair, or because rewriting would change them.
  var notFixed = 0
  /// Documents left alone because they are links out of the tree.
  var skipped = 0
  /// Inputs that could not be read, and documents that could not be written.
  var failures = 0

  /// `Summary: 3 fixed, 445 already canonical, 2 not fixed in 450 file(s)`.
  func line(dryRun: Bool) -> String {
    let total = fixed + canonical + notFixed + skipped + failures
    var parts = [
      dryRun ? "\(fixed) would be fixed" : "\(fixed) fixed", "\(canonical) already canonical",
      dryRun ? "\(notFixed) cannot be fixed" : "\(notFixed) not fixed",
    ]
    if skipped > 0 { parts.append("\(skipped) skipped (links out of the tree)") }
    if failures > 0 { parts.append("\(failures) unreadable or unwritable") }
    return "Summary: \(parts.joined(separator: ", ")) in \(total) file(s)\n"
  }
}
