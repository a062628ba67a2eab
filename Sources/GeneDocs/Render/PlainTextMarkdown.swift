/// Markdown whose plain text (as ``CmarkParser`` and ``DocumentSection/plainText`` read it) is exactly a given
/// plain text: what `render` writes for the sections of a plain-text record.
///
/// Blocks of plain text are separated by a blank line (`\n\n`); each becomes a paragraph, its line ends hard line
/// breaks (a backslash at the end of the line), and every character that Markdown would read as markup is
/// backslash-escaped: `\`, `` ` ``, `[`, `<`, `*` and `_` (but a star-allele `*` such as `CYP2D6*4`, or an `_`
/// inside a word, which Markdown reads as text), `&` before what could be an entity, and at the start of a line
/// what would open a heading, a quote, a list, a code fence, a thematic break or a setext underline. Text that no
/// paragraph can hold as it is (a line with leading or trailing white space, an empty block, a NUL or CR: code,
/// usually) is written as one fenced code block, whose text cmark gives back as it is.
enum PlainTextMarkdown {
  /// The Markdown for a section's plain text. `starsGuarded`: the document holds no U+001A, so that
  /// ``StarAlleleGuard`` keeps a star-allele `*` as text and it need not be escaped.
  static func blocks(_ text: String, starsGuarded: Bool = true) -> [UInt8] {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return [] }
    let chunks = split(bytes[...], double: true)
    guard chunks.allSatisfy(isParagraphSafe) else { return fenced(bytes) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for (index, chunk) in chunks.enumerated() {
      if index > 0 { output += [0x0A, 0x0A] }
      for (number, line) in split(chunk, double: false).enumerated() {
        if number > 0 { output += [UInt8(ascii: "\\"), 0x0A] }
        escapeLine(line, starsGuarded: starsGuarded, into: &output)
      }
    }
    return output
  }

  /// A heading's text as heading content: one line for an ATX heading, or several (a heading with hard line
  /// breaks, written setext-style with a backslash ending each line but the last); `exact` is false when the text
  /// holds what no heading can (a carriage return, NUL, an empty line, white space at the edges), which is then
  /// written as a space or left out.
  static func heading(_ text: String, starsGuarded: Bool = true) -> (lines: [[UInt8]], exact: Bool) {
    let bytes = Array(text.utf8)
    var exact = true
    var lines: [[UInt8]] = []
    for line in split(bytes[...], double: false) {
      var cleaned = line.map { $0 == 0x00 || $0 == 0x0D || $0 == StarAlleleGuard.placeholder ? 0x20 : $0 }[...]
      while let first = cleaned.first, isSpace(first) { cleaned = cleaned.dropFirst() }
      while let last = cleaned.last, isSpace(last) { cleaned = cleaned.dropLast() }
      if !line.elementsEqual(cleaned) || (cleaned.isEmpty && bytes.count > 0) { exact = false }
      guard !cleaned.isEmpty else { continue }
      var output: [UInt8] = []
      escapeLine(cleaned, starsGuarded: starsGuarded, into: &output)
      lines.append(output)
    }
    // A final run of #s on an ATX line would read as a closing sequence.
    if lines.count == 1, lines[0].last == UInt8(ascii: "#") {
      var start = lines[0].count
      while start > 0, lines[0][start - 1] == UInt8(ascii: "#") { start -= 1 }
      lines[0].insert(UInt8(ascii: "\\"), at: start)
    }
    return (lines, exact)
  }

  // MARK: - Paragraphs

  /// A block of text a paragraph can hold: not empty, and every line without leading or trailing white space or
  /// control characters (tabs inside a line are fine).
  private static func isParagraphSafe(_ chunk: ArraySlice<UInt8>) -> Bool {
    guard !chunk.isEmpty else { return false }
    return chunk.withUnsafeBufferPointer { bytes in
      // One pass: no NUL, CR or U+001A (the star-allele placeholder), and no white space next to a line end or at
      // either end (cmark trims it). Other control characters are text to cmark.
      var previous: UInt8 = 0x0A
      for byte in bytes {
        if byte == 0x00 || byte == 0x0D || byte == StarAlleleGuard.placeholder { return false }
        if byte == 0x0A && isSpace(previous) || previous == 0x0A && (isSpace(byte) || byte == 0x0A) { return false }
        previous = byte
      }
      return previous != 0x0A && !isSpace(previous)
    }
  }

  /// Space, tab, vertical tab or form feed: what cmark trims at the ends of lines and headings.
  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C }

  private static func escapeLine(_ line: ArraySlice<UInt8>, starsGuarded: Bool, into output: inout [UInt8]) {
    let start = output.count
    line.withUnsafeBufferPointer { bytes in
      special.withUnsafeBufferPointer { special in
        var index = 0
        var run = 0
        while index < bytes.count {
          let byte = bytes[index]
          // Most bytes are letters, digits and spaces, copied in runs (the byte-by-byte loop was 9% of a profile).
          guard special[Int(byte)] else {
            index += 1
            continue
          }
          output += bytes[run..<index]
          run = index
          let before = index > 0 ? bytes[index - 1] : 0x20
          let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
          switch byte {
          case UInt8(ascii: "*"):
            // StarAlleleGuard keeps a * between a letter or digit and a digit as text.
            if !(starsGuarded && ByteClass.isAlphanumeric(before) && ByteClass.isDigit(after)) {
              output.append(UInt8(ascii: "\\"))
            }
          case UInt8(ascii: "_"):
            if !(ByteClass.isAlphanumeric(before) && ByteClass.isAlphanumeric(after)) {
              output.append(UInt8(ascii: "\\"))
            }
          case UInt8(ascii: "&"):
            if ByteClass.isAlphanumeric(after) || after == UInt8(ascii: "#") { output.append(UInt8(ascii: "\\")) }
          default:  // \ ` [ <
            output.append(UInt8(ascii: "\\"))
          }
          index += 1
        }
        output += bytes[run..<index]
      }
    }
    escapeLineStart(&output, from: start)
  }

  /// The bytes ``escapeLine(_:into:)`` may escape.
  private static let special: [Bool] = (0..<256).map { byte in
    "\\`[<*_&".utf8.contains(UInt8(byte))
  }

  /// Escapes what would open a block at the start of a line (its inline characters already escaped).
  private static func escapeLineStart(_ output: inout [UInt8], from start: Int) {
    guard start < output.count else { return }
    let first = output[start]
    let line = output[start...]
    let next = start + 1 < output.count ? output[start + 1] : nil
    // cmark takes any of its white space (space, tab, VT, FF) after a marker as the marker's end.
    let endsOrSpace = next.map(isSpace) ?? true
    var escape = false
    switch first {
    case UInt8(ascii: "#"), UInt8(ascii: ">"):
      escape = true
    case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "+"):
      // A list marker, or a line of nothing but - or = (a setext underline, a thematic break).
      escape = endsOrSpace && first != UInt8(ascii: "=") || line.allSatisfy { $0 == first || isSpace($0) }
    case UInt8(ascii: "~"):
      escape = line.prefix(3).elementsEqual("~~~".utf8)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      // An ordered list marker: up to nine digits, then . or ) and a space or the end.
      var index = start
      while index < output.count, ByteClass.isDigit(output[index]), index - start < 9 { index += 1 }
      if index < output.count, output[index] == UInt8(ascii: ".") || output[index] == UInt8(ascii: ")") {
        let following = index + 1 < output.count ? output[index + 1] : nil
        if following.map(isSpace) ?? true { output.insert(UInt8(ascii: "\\"), at: index) }
      }
    default:
      break
    }
    if escape { output.insert(UInt8(ascii: "\\"), at: start) }
  }

  // MARK: - Code

  /// The text as a fenced code block, with a fence longer than any run of backticks in it.
  private static func fenced(_ text: [UInt8]) -> [UInt8] {
    var longest = 0
    var run = 0
    for byte in text {
      run = byte == UInt8(ascii: "`") ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = [UInt8](repeating: UInt8(ascii: "`"), count: max(3, longest + 1))
    return fence + [0x0A] + text + [0x0A] + fence
  }

  // MARK: - Splitting

  /// The parts of `bytes` between LFs (`double`: between blank lines, `\n\n`), found with `memchr`.
  private static func split(_ bytes: ArraySlice<UInt8>, double: Bool) -> [ArraySlice<UInt8>] {
    var parts: [ArraySlice<UInt8>] = []
    bytes.withUnsafeBufferPointer { buffer in
      let base = bytes.startIndex
      var start = 0
      var index = 0
      while true {
        let found = ByteClass.firstIndex(of: 0x0A, in: buffer, from: index)
        guard found < buffer.count else { break }
        if !double || (found + 1 < buffer.count && buffer[found + 1] == 0x0A) {
          parts.append(bytes[base + start..<base + found])
          index = found + (double ? 2 : 1)
          start = index
        } else {
          index = found + 1
        }
      }
      parts.append(bytes[(base + start)...])
    }
    return parts
  }
}
