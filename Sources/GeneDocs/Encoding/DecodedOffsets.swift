/// Maps byte offsets in the decoded text (after the byte-order mark is dropped, invalid UTF-8 replaced and, with
/// `--fix-encoding`, mojibake repaired) back to offsets in the raw input, so that positions taken from the decoded
/// text point at the input's own bytes.
///
/// Each decoding step that changes bytes records its edits: a span of its input replaced by a span of its output.
/// Offsets outside every edit move by the edits before them; an offset inside an edit maps to the edit's start.
package struct DecodedOffsets: Sendable, Equatable {
  /// One replaced span: `[outputStart, outputEnd)` of a step's output stands for `[inputStart, inputEnd)` of its
  /// input.
  struct Edit: Sendable, Equatable {
    let outputStart: Int
    let outputEnd: Int
    let inputStart: Int
    let inputEnd: Int
  }

  /// The edits of each step, in the order the steps ran; within a step, in offset order.
  private var steps: [[Edit]] = []

  /// No edits: decoded offsets are input offsets.
  package static let identity = DecodedOffsets()

  /// Whether decoding changed no byte.
  package var isIdentity: Bool { steps.isEmpty }

  /// Adds the edits of the next decoding step (ignored when empty).
  mutating func append(step edits: [Edit]) {
    if !edits.isEmpty { steps.append(edits) }
  }

  /// The input offset of a decoded offset.
  package func inputOffset(_ offset: Int) -> Int {
    var offset = offset
    for edits in steps.reversed() { offset = Self.map(offset, through: edits) }
    return offset
  }

  /// Whether a decoded span holds exactly the input's bytes: no edit starts inside it or ends inside it.
  package func isUnchanged(_ range: Range<Int>) -> Bool {
    var range = range
    for edits in steps.reversed() {
      for edit in edits where edit.outputStart < range.upperBound && edit.outputEnd > range.lowerBound {
        return false
      }
      range = Self.map(range.lowerBound, through: edits)..<Self.map(range.upperBound, through: edits)
    }
    return true
  }

  /// One step back: the offset in the step's input.
  private static func map(_ offset: Int, through edits: [Edit]) -> Int {
    // The last edit that starts at or before the offset (binary search: documents may hold many repairs).
    var low = 0
    var high = edits.count
    while low < high {
      let mid = (low + high) / 2
      if edits[mid].outputStart <= offset { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return offset }
    let edit = edits[low - 1]
    if offset < edit.outputEnd { return edit.inputStart }
    return edit.inputEnd + (offset - edit.outputEnd)
  }
}
