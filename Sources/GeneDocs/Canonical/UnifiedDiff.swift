/// A unified diff of two texts (as `diff -u` writes it), line by line with the standard library's
/// `CollectionDifference` (Myers' algorithm), so that `patch -p0` applies it. Lines end at LF, and the line end is
/// part of the line (a change from CRLF to LF shows); a last line without one is followed by
/// `\ No newline at end of file`.
package enum UnifiedDiff {
  /// The diff from `old` to `new`, labelled `--- oldLabel` and `+++ newLabel`; empty when they are equal.
  package static func diff(
    from old: [UInt8], to new: [UInt8], oldLabel: String, newLabel: String, context: Int = 3
  ) -> [UInt8] {
    guard old != new else { return [] }
    let before = lines(old)
    let after = lines(new)
    let edits = operations(from: before, to: after)
    var output = Array("--- \(oldLabel)\n+++ \(newLabel)\n".utf8)
    var index = 0
    while let start = edits[index...].firstIndex(where: { $0.kind != .same }) {
      // A hunk: from `context` lines before the first change to `context` lines after the last change that is
      // followed by no other change within twice the context.
      var end = start
      var lastChange = start
      while end < edits.count {
        if edits[end].kind != .same {
          lastChange = end
        } else if end - lastChange > 2 * context {
          break
        }
        end += 1
      }
      let lower = max(start - context, index == 0 ? 0 : index)
      let upper = min(lastChange + context + 1, edits.count)
      output += hunk(edits[lower..<upper], before: before, after: after)
      index = upper
    }
    return output
  }

  // MARK: - Lines and edits

  private struct Edit {
    enum Kind { case same, removed, added }
    let kind: Kind
    /// The line's index in the old text (same, removed) or the new one (added).
    let old: Int
    let new: Int
  }

  /// The lines of a text, each with its LF (a CR before it is part of the line, as `diff` and `patch` see it).
  private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      lines.append(bytes[start...index])
      start = index + 1
    }
    if start < bytes.count { lines.append(bytes[start...]) }
    return lines
  }

  private static func operations(from before: [ArraySlice<UInt8>], to after: [ArraySlice<UInt8>]) -> [Edit] {
    let difference = after.difference(from: before)
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    var edits: [Edit] = []
    var old = 0
    var new = 0
    while old < before.count || new < after.count {
      if old < before.count, removed.contains(old) {
        edits.append(Edit(kind: .removed, old: old, new: new))
        old += 1
      } else if new < after.count, inserted.contains(new) {
        edits.append(Edit(kind: .added, old: old, new: new))
        new += 1
      } else {
        edits.append(Edit(kind: .same, old: old, new: new))
        old += 1
        new += 1
      }
    }
    return edits
  }

  private static func hunk(
    _ edits: ArraySlice<Edit>, before: [ArraySlice<UInt8>], after: [ArraySlice<UInt8>]
  ) -> [UInt8] {
    guard let first = edits.first else { return [] }
    let oldCount = edits.count { $0.kind != .added }
    let newCount = edits.count { $0.kind != .removed }
    // An empty side names the line before the hunk, as diff does.
    let oldStart = oldCount == 0 ? first.old : first.old + 1
    let newStart = newCount == 0 ? first.new : first.new + 1
    var output = Array("@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n".utf8)
    for edit in edits {
      let (marker, line): (UInt8, ArraySlice<UInt8>) =
        switch edit.kind {
        case .same: (UInt8(ascii: " "), before[edit.old])
        case .removed: (UInt8(ascii: "-"), before[edit.old])
        case .added: (UInt8(ascii: "+"), after[edit.new])
        }
      output.append(marker)
      output += line
      if line.last == UInt8(ascii: "\n") { continue }
      output += Array("\n\\ No newline at end of file\n".utf8)
    }
    return output
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }
}
