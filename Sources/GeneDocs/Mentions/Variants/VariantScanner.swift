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
  private let starting: [[Int]]

  init() {
    var starting = [[Int]](repeating: [], count: 256)
    for (index, shape) in VariantShape.all.enumerated() {
      for byte in shape.firstBytes { starting[Int(byte)].append(index) }
    }
    self.starting = starting
  }

  /// The shape at `index` of ``VariantShape/all``.
  func shape(_ index: Int) -> VariantShape { shapes[index] }

  /// The variants in `text[range]`, in order, not overlapping.
  func scan(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Found] {
    var found: [Found] = []
    var index = range.lowerBound
    let limit = range.upperBound
    // Where the last match or digit-holding word ended: a walk back stops there, so the bytes it passes hold no
    // digit and a match found from them ends past `index`.
    var floor = range.lowerBound
    while index < limit {
      guard ByteClass.isDigit(text[index]) else {
        index += 1
        continue
      }
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
    var best: Found?
    for index in starting[Int(text[start])] {
      guard let end = shapes[index].match(text, at: start, limit: limit), end > (best?.end ?? start) else { continue }
      best = Found(start: start, end: end, shape: index)
    }
    return best
  }

  /// The bytes a variant name is made of.
  private static func isNamePart(_ byte: UInt8) -> Bool {
    ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(")
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
  }
}
