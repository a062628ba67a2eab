/// Finds variant names in ``MentionText`` bytes without a vocabulary (SPEC §7), by ``VariantShape``.
///
/// Every shape holds a digit, so the scan jumps from digit to digit; around each it walks back over the characters
/// a variant name is made of and tries the shapes that can start at each word start there (a table by first byte),
/// keeping the longest match.
struct VariantScanner: Sendable {
  /// A variant found: its bytes and the shape that matched.
  struct Found {
    let start: Int
    let end: Int
    let shape: Int
  }

  private let shapes = VariantShape.all
  /// For each byte, the shapes that can start with it.
  private let starting: FlatLists<Int>

  init() {
    var starting = [[Int]](repeating: [], count: 256)
    for (index, shape) in shapes.enumerated() {
      for byte in shape.firstBytes { starting[Int(byte)].append(index) }
    }
    self.starting = FlatLists(starting)
  }

  /// The shape at `index` of ``VariantShape/all``.
  func shape(_ index: Int) -> VariantShape { shapes[index] }

  /// The variants in `text[range]`, in order, not overlapping; `digitRuns` are where runs of digits start in the
  /// text (``MentionText/digitRuns``), nil to find them here.
  func scan(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, digitRuns: [Int]? = nil) -> [Found] {
    var found: [Found] = []
    let limit = range.upperBound
    let runs =
      digitRuns
      ?? range.filter { ByteClass.isDigit(text[$0]) && ($0 == range.lowerBound || !ByteClass.isDigit(text[$0 - 1])) }
    var next = runs.firstIndex { $0 >= range.lowerBound } ?? runs.count
    var index = range.lowerBound
    // Where the last match or digit-holding word ended: a walk back stops there, so the bytes it passes hold no
    // digit and a match found from them ends past `index`.
    var floor = range.lowerBound
    while next < runs.count, runs[next] < limit {
      guard runs[next] >= index else {
        next += 1
        continue
      }
      index = runs[next]
      next += 1
      // Walk back over what a variant name may hold before its first digit (`HLA-B*57`, `p.(Val`, `-1131`).
      var start = index
      while start > floor, index - start < 24, Self.isNamePart(text[start - 1]) { start -= 1 }
      var match: Found?
      var candidate = start
      while candidate <= index, match == nil {
        if candidate == range.lowerBound || !ByteClass.isAlphanumeric(text[candidate - 1]) {
          match = longest(text, at: candidate, limit: limit)
        }
        candidate += 1
      }
      if let match {
        found.append(match)
        index = match.end
      } else {
        while index < limit, ByteClass.isAlphanumeric(text[index]) { index += 1 }
      }
      floor = index
    }
    return found
  }

  /// The longest shape match at `start`.
  private func longest(_ text: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Found? {
    guard Self.mayStartVariant(text, at: start, limit: limit) else { return nil }
    var best: Found?
    let first = Int(text[start])
    for slot in starting.range(first) {
      let index = starting.values[slot]
      guard let end = shapes[index].match(text, at: start, limit: limit), end > (best?.end ?? start) else { continue }
      best = Found(start: start, end: end, shape: index)
    }
    return best
  }

  /// A quick test that some shape may match at `start`, so that words such as gene symbols (`CDK4`, `SLC6A4`) are
  /// not tried against every shape (that was 5% of a batch run). Every shape holds a `*` or a `>` (star alleles, DNA
  /// changes by position), or starts `rs`, `p.`, `c.`/`g.`/`m.`/`n.`/`r.` or `IVS`, or with a capital and then a
  /// digit (`V600E`) or two lower-case letters (`Val158Met`); ``VariantShapeTests`` checks every example passes.
  static func mayStartVariant(_ text: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Bool {
    var end = start
    while end < limit, end - start < 64, isNamePart(text[end]) || text[end] == UInt8(ascii: ">") {
      if text[end] == UInt8(ascii: "*") || text[end] == UInt8(ascii: ">") { return true }
      end += 1
    }
    guard end - start >= 2 else { return false }
    let first = text[start]
    let second = text[start + 1]
    if first == UInt8(ascii: "r") && second == UInt8(ascii: "s") { return true }
    if second == UInt8(ascii: "."), "pcgmnr".utf8.contains(first) { return true }
    guard ByteClass.isUppercase(first) else { return false }
    if ByteClass.isDigit(second) { return true }
    if end - start >= 3, second >= 0x61 && second <= 0x7A, text[start + 2] >= 0x61 && text[start + 2] <= 0x7A {
      return true
    }
    return first == UInt8(ascii: "I") && second == UInt8(ascii: "V")
  }

  /// The bytes a variant name is made of.
  private static func isNamePart(_ byte: UInt8) -> Bool {
    ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(")
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
  }
}
