/// The bytes mentions are looked for in: the document's decoded bytes, byte for byte at the same offsets, with
/// every byte outside the scanned sections and every Markdown markup byte inside them replaced by a hard break
/// (0x00, which the decoder never lets through), so that no mention starts, ends or runs across markup and an
/// offset in it is an offset in the document.
///
/// Markup, per line: block-quote `>` markers, a list marker (`-`, `+`, `*`, `1.`, `1)`) and ATX `#`s at the line's
/// start, and a whole link reference definition line (`[label]: …`); anywhere: `_` (but between two letters or
/// digits), `` ` ``, `~`, `|`, `\`, `[`,
/// `]`, `!` before `[`, `*` unless a digit follows (`CYP2D6*4`, `*17` are allele names), a link destination
/// `](…)` (to its closing parenthesis on the line), an HTML tag, comment or autolink (`<` then a letter, `/`, `!`
/// or `?`, to the next `>` on the line), and an entity or
/// numeric character reference (`&amp;`, `&#945;`). Everything else, `<`, `>`, `&` and `*` otherwise included, is
/// text: the record's plain text holds the same characters.
struct MentionText: Sendable {
  /// The byte that stands for markup and for what lies outside the sections.
  static let hardBreak: UInt8 = 0

  /// The masked bytes, as long as the document's.
  let bytes: [UInt8]
  /// Where each run of digits in the text starts, in order: the variant scanner starts from these, since every
  /// variant name holds a digit (a second pass over the bytes to find them was 4% of a batch run).
  let digitRuns: [Int]

  /// Masks `source` outside `ranges` (sections' content, in order, not overlapping) and markup inside them.
  init(source: [UInt8], ranges: [Range<Int>]) {
    var bytes = [UInt8](repeating: Self.hardBreak, count: source.count)
    var digits: [Int] = []
    source.withUnsafeBufferPointer { source in
      bytes.withUnsafeMutableBufferPointer { output in
        for range in ranges {
          let lower = max(0, min(range.lowerBound, source.count))
          let upper = max(lower, min(range.upperBound, source.count))
          guard lower < upper, let from = source.baseAddress, let to = output.baseAddress else { continue }
          (to + lower).update(from: from + lower, count: upper - lower)
          var masker = Masker(bytes: output, end: upper, digits: digits)
          digits = []
          masker.mask(from: lower)
          digits = masker.digits
        }
      }
    }
    self.bytes = bytes
    self.digitRuns = digits
  }
}

/// Replaces markup with hard breaks in one section's bytes (already copied into the output).
private struct Masker {
  let bytes: UnsafeMutableBufferPointer<UInt8>
  let end: Int
  var digits: [Int]

  mutating func mask(from start: Int) {
    var lineStart = start
    let buffer = UnsafeBufferPointer(rebasing: bytes[0..<end])
    while lineStart < end {
      let lineEnd = ByteClass.firstIndex(of: UInt8(ascii: "\n"), in: buffer, from: lineStart)
      maskLine(lineStart, lineEnd)
      lineStart = lineEnd + 1
    }
  }

  // MARK: - Lines

  private mutating func maskLine(_ start: Int, _ end: Int) {
    var index = skipBlanks(start, end)
    if index < end, bytes[index] == UInt8(ascii: "["), isReferenceDefinition(index, end) {
      clear(index, end)
      return
    }
    // Block-quote markers, then one list marker, then heading hashes.
    while index < end, bytes[index] == UInt8(ascii: ">") {
      clear(index, index + 1)
      index = skipBlanks(index + 1, end)
    }
    if let markerEnd = listMarkerEnd(index, end) {
      clear(index, markerEnd)
      index = skipBlanks(markerEnd, end)
    }
    var hashes = index
    while hashes < end, hashes - index < 7, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
    if hashes > index, hashes - index <= 6, hashes == end || isBlank(bytes[hashes]) {
      clear(index, hashes)
      index = hashes
    }
    maskInline(index, end)
  }

  /// Masks markup from `start` to `end`, noting where runs of digits start. The bytes it looks at, markup and
  /// digits, are found sixteen at a time (`gd_next_markup_or_digit`): a `switch` on every byte was a tenth of a
  /// batch run, a table look-up a byte still 6%.
  private mutating func maskInline(_ start: Int, _ end: Int) {
    var index = start
    let buffer = UnsafeBufferPointer(rebasing: bytes[0..<end])
    while index < end {
      index = ByteClass.nextMarkupOrDigit(in: buffer, from: index)
      guard index < end else { return }
      let byte = bytes[index]
      if ByteClass.isDigit(byte) {
        digits.append(index)
        while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
        continue
      }
      switch byte {
      case UInt8(ascii: "*"):
        if !(index + 1 < end && ByteClass.isDigit(bytes[index + 1])) { clear(index, index + 1) }
      case UInt8(ascii: "_"):
        // Between letters or digits an underscore is no emphasis (`c.100_102del`, `snake_case`).
        let inWord =
          index > start && index + 1 < end && ByteClass.isAlphanumeric(bytes[index - 1])
          && ByteClass.isAlphanumeric(bytes[index + 1])
        if !inWord { clear(index, index + 1) }
      case UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "["):
        clear(index, index + 1)
      case UInt8(ascii: "!"):
        if index + 1 < end, bytes[index + 1] == UInt8(ascii: "[") { clear(index, index + 1) }
      case UInt8(ascii: "]"):
        clear(index, index + 1)
        if index + 1 < end, bytes[index + 1] == UInt8(ascii: "(") {
          let close = closingParenthesis(index + 1, end)
          clear(index + 1, close)
          index = close
          continue
        }
      case UInt8(ascii: "<"):
        if index + 1 < end, isTagStart(bytes[index + 1]), let close = firstIndex(of: UInt8(ascii: ">"), index + 1, end)
        {
          clear(index, close + 1)
          index = close + 1
          continue
        }
      case UInt8(ascii: "&"):
        if let referenceEnd = characterReferenceEnd(index, end) {
          clear(index, referenceEnd)
          index = referenceEnd
          continue
        }
      default:
        break
      }
      index += 1
    }
  }

  // MARK: - Shapes

  /// `[label]:` at the start of a line.
  private func isReferenceDefinition(_ start: Int, _ end: Int) -> Bool {
    var index = start + 1
    while index < end, bytes[index] != UInt8(ascii: "]") { index += 1 }
    return index > start + 1 && index + 1 < end && bytes[index + 1] == UInt8(ascii: ":")
  }

  /// The end of a list marker at `index`: `-`, `+` or `*`, or one to nine digits and `.` or `)`, each followed by a
  /// blank or the line's end.
  private func listMarkerEnd(_ index: Int, _ end: Int) -> Int? {
    guard index < end else { return nil }
    var markerEnd = index
    let byte = bytes[index]
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
      markerEnd = index + 1
    } else {
      while markerEnd < end, markerEnd - index < 10, ByteClass.isDigit(bytes[markerEnd]) { markerEnd += 1 }
      guard markerEnd > index, markerEnd - index <= 9, markerEnd < end,
        bytes[markerEnd] == UInt8(ascii: ".") || bytes[markerEnd] == UInt8(ascii: ")")
      else { return nil }
      markerEnd += 1
    }
    return markerEnd == end || isBlank(bytes[markerEnd]) ? markerEnd : nil
  }

  /// The offset just past the `)` that closes the `(` at `open` (nested pairs counted), or the line's end.
  private func closingParenthesis(_ open: Int, _ end: Int) -> Int {
    var depth = 0
    var index = open
    while index < end {
      if bytes[index] == UInt8(ascii: "(") {
        depth += 1
      } else if bytes[index] == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return index + 1 }
      }
      index += 1
    }
    return end
  }

  /// The end of `&name;` or `&#digits;` / `&#xhex;` at `start` (1 to 32 letters or digits), or nil.
  private func characterReferenceEnd(_ start: Int, _ end: Int) -> Int? {
    var index = start + 1
    if index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
    let nameStart = index
    while index < end, index - nameStart <= 32, ByteClass.isAlphanumeric(bytes[index]) { index += 1 }
    guard index > nameStart, index - nameStart <= 32, index < end, bytes[index] == UInt8(ascii: ";") else {
      return nil
    }
    return index + 1
  }

  private func isTagStart(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "/")
      || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }

  // MARK: - Helpers

  private func firstIndex(of byte: UInt8, _ start: Int, _ end: Int) -> Int? {
    var index = start
    while index < end {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  private func skipBlanks(_ start: Int, _ end: Int) -> Int {
    var index = start
    while index < end, isBlank(bytes[index]) { index += 1 }
    return index
  }

  private func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  private func clear(_ start: Int, _ end: Int) {
    var index = start
    while index < end {
      bytes[index] = MentionText.hardBreak
      index += 1
    }
  }
}
