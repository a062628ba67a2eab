/// Splits a paragraph's bytes into ``IdentityToken``s in one pass.
///
/// A word is a run of letters and digits (any non-ASCII letter counts) with the joiners writers put inside words:
/// `-` (`Erb-B2`, `low-density`), `'` and `’` before a letter (`5'-nucleotidase`, `gene’s`), `.` and `/` between
/// word characters (`e.g`, `1.5`, `Dehydrogenase/Reductase`) and a trailing `+` (`NADP+`). Everything else is
/// punctuation, one token a character; white space only sets ``IdentityToken/spaceBefore``.
struct IdentityTokenizer {
  private let bytes: [UInt8]
  private var position = 0
  private var tokens: [IdentityToken] = []
  private var spaceBefore = true

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The tokens; with `cutAtLimit` (the text went on past these bytes) a last word that may be cut is dropped.
  mutating func tokenize(cutAtLimit: Bool) -> [IdentityToken] {
    tokens.reserveCapacity(bytes.count / 5 + 4)
    while let byte = byte(at: position) {
      let length = scalarLength(at: position)
      if ByteClass.isWhitespace(byte) || isUnicodeSpace(at: position) {
        spaceBefore = true
        position += length
      } else if let kind = punctuation(at: position, length: length) {
        append(kind, position..<position + length)
        position += length
      } else {
        word()
      }
    }
    if cutAtLimit, let last = tokens.last, last.range.upperBound == bytes.count { tokens.removeLast() }
    return tokens
  }

  // MARK: - Words

  /// Reads a word starting at `position`, which holds a word character.
  private mutating func word() {
    let start = position
    while let byte = byte(at: position) {
      let length = scalarLength(at: position)
      if isWordCharacter(at: position, length: length) || (position > start && joinsWord(byte, at: position + length)) {
        position += length
      } else {
        break
      }
    }
    if position == start { position += scalarLength(at: start) }  // never stall
    append(.word, start..<min(position, bytes.count))
  }

  /// Letters, digits and non-ASCII characters that are neither punctuation nor white space.
  private func isWordCharacter(at index: Int, length: Int) -> Bool {
    guard let byte = byte(at: index) else { return false }
    if byte < 0x80 { return ByteClass.isAlphanumeric(byte) }
    return punctuation(at: index, length: length) == nil && !isUnicodeSpace(at: index)
  }

  /// Whether `byte` (whose character ends at `next`), met inside a word, joins it to what follows.
  private func joinsWord(_ byte: UInt8, at next: Int) -> Bool {
    let followedByWord = isWordCharacter(at: next, length: scalarLength(at: next))
    switch byte {
    case UInt8(ascii: "."): return followedByWord
    case UInt8(ascii: "/"):
      // `Dehydrogenase/Reductase` is one word, `ABC1/ABC2` two symbols.
      guard let before = self.byte(at: next - 2), let after = self.byte(at: next) else { return false }
      let symbolish = { (byte: UInt8) in ByteClass.isUppercase(byte) || ByteClass.isDigit(byte) }
      return followedByWord && !(symbolish(before) && symbolish(after))
    case UInt8(ascii: "-"): return followedByWord || self.byte(at: next) == UInt8(ascii: "-")
    case UInt8(ascii: "'"):
      return !isPossessive(at: next) && (followedByWord || self.byte(at: next) == UInt8(ascii: "-"))
    case UInt8(ascii: "+"): return true
    case 0xE2:  // ’ as an apostrophe
      return self.byte(at: next - 2) == 0x80 && self.byte(at: next - 1) == 0x99 && followedByWord
        && !isPossessive(at: next)
    default: return false
    }
  }

  /// `'s` at the end of a word (`CYP2D6's`): the possessive is not part of the symbol.
  private func isPossessive(at index: Int) -> Bool {
    guard byte(at: index) == UInt8(ascii: "s") else { return false }
    guard let after = byte(at: index + 1) else { return true }
    return !isWordCharacter(at: index + 1, length: scalarLength(at: index + 1)) || after == UInt8(ascii: "-")
  }

  // MARK: - Punctuation

  /// The kind of the punctuation character at `index`, or nil when it is a word character.
  private func punctuation(at index: Int, length: Int) -> IdentityToken.Kind? {
    guard let byte = byte(at: index) else { return nil }
    switch byte {
    case UInt8(ascii: ","): return .comma
    case UInt8(ascii: ";"): return .semicolon
    case UInt8(ascii: ":"): return .colon
    case UInt8(ascii: "("), UInt8(ascii: "["): return .open
    case UInt8(ascii: ")"), UInt8(ascii: "]"): return .close
    case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"): return .markup
    case UInt8(ascii: "|"): return .separator
    case UInt8(ascii: "-"): return spaceBefore ? .separator : .other
    case UInt8(ascii: "\""), UInt8(ascii: "'"): return opensQuote(at: index) ? .openQuote : .closeQuote
    case UInt8(ascii: "."): return .period
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7F: return .other
    case 0x00...0x20: return .other
    case 0xE2 where length == 3:
      guard self.byte(at: index + 1) == 0x80, let last = self.byte(at: index + 2) else { return nil }
      switch last {
      case 0x9C, 0x98: return .openQuote  // “ ‘
      case 0x9D, 0x99: return .closeQuote  // ” ’
      case 0x93, 0x94: return .separator  // – —
      default: return nil
      }
    default: return nil
    }
  }

  /// A straight quote opens when white space, the start or an opening bracket comes before it.
  private func opensQuote(at index: Int) -> Bool {
    guard let before = byte(at: index - 1) else { return true }
    return ByteClass.isWhitespace(before) || before == UInt8(ascii: "(") || before == UInt8(ascii: "[")
  }

  /// No-break and thin spaces (U+00A0, U+2009, U+202F).
  private func isUnicodeSpace(at index: Int) -> Bool {
    guard let byte = byte(at: index) else { return false }
    if byte == 0xC2 { return self.byte(at: index + 1) == 0xA0 }
    guard byte == 0xE2, self.byte(at: index + 1) == 0x80, let last = self.byte(at: index + 2) else { return false }
    return last == 0x89 || last == 0xAF
  }

  // MARK: - Bytes

  private func byte(at index: Int) -> UInt8? {
    bytes.indices.contains(index) ? bytes[index] : nil
  }

  /// The length of the UTF-8 sequence starting at `index` (1 for a stray continuation byte), never past the end.
  private func scalarLength(at index: Int) -> Int {
    guard let byte = byte(at: index) else { return 1 }
    let length: Int
    switch byte {
    case 0xC0...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF7: length = 4
    default: length = 1
    }
    return max(1, min(length, bytes.count - index))
  }

  private mutating func append(_ kind: IdentityToken.Kind, _ range: Range<Int>) {
    let symbolShaped = kind == .word && SymbolShape.matches(bytes[range.clamped(to: bytes.indices)])
    tokens.append(IdentityToken(kind: kind, range: range, spaceBefore: spaceBefore, isSymbolShaped: symbolShaped))
    spaceBefore = false
  }
}
