/// Whether two versions of a block's lines say the same: both parsed alone with cmark give the same blocks with
/// the same plain text. `fix` uses it before removing trailing white space inside a block, where it can matter (in
/// a code span that runs over a line end, in a code block nested in a list, before a backslash).
enum BlockText {
  /// Whether the lines `original` and `changed` (without line ends) parse to the same blocks and text.
  static func same(_ original: [ArraySlice<UInt8>], _ changed: [ArraySlice<UInt8>]) -> Bool {
    let parser = CmarkParser()
    let before = parser.parse(joined(original)).blocks
    let after = parser.parse(joined(changed)).blocks
    return before.count == after.count && zip(before, after).allSatisfy { $0.kind == $1.kind && $0.text == $1.text }
  }

  private static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
    for line in lines {
      bytes += line
      bytes.append(0x0A)
    }
    return bytes
  }
}
