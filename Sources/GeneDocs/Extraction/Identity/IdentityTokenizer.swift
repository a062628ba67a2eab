/// Splits a sentence's bytes into ``IdentityToken``s in one pass.
///
/// A word is a run of letters and digits (any non-ASCII letter counts) with the joiners writers put inside words:
/// `-` (`Erb-B2`, `low-density`), `'` and `’` before a letter (`5'-nucleotidase`, `gene’s`; a final `'s` is not
/// joined) or as a prime after a 2, 3 or 5 that opens the word or follows a hyphen (`3'-5' exoribonuclease`, `5' flap
/// endonuclease`; not while a single quote is open, where it closes the quote), `.` between word characters (`e.g`,
/// `1.5`), `/` between word characters unless both sides are capitals or digits (`Dehydrogenase/Reductase`, but
/// `ABC1/ABC2`), `:` between a capital and a lower-case letter (`NADH:ubiquinone`) and a trailing `+` (`NADP+`).
/// Everything else is punctuation, one token a character; markup remnants (`*`, `_`, `` ` ``, `~`) are tokens of their own kind; white
/// space only sets ``IdentityToken/spaceBefore``. Each word gets its ``WordIndex`` flags here, once.
///
/// It runs over every sentence the reader looks at, so it keeps its state in locals and reads bytes through one
/// bounds-checked accessor.
enum IdentityTokenizer {
  /// Appends the tokens of `bytes[range]` to `tokens` and lower-cases that range into `lower`; with `cutAtEnd`
  /// (the text went on past `range`) a last word touching the end, which may be cut, is dropped.
  static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowering lower: UnsafeMutableBufferPointer<UInt8>,
    words: WordIndex.Table, cutAtEnd: Bool, into tokens: inout [IdentityToken]
  ) {
    let range = range.clamped(to: 0..<min(bytes.count, lower.count))
    let end = range.upperBound
    @inline(__always) func byte(_ index: Int) -> UInt8? {
      index >= range.lowerBound && index < end ? bytes[index] : nil
    }
    var position = range.lowerBound
    var spaceBefore = true
    // Whether a single quote (`'`, `‘`) has opened and not closed: then a `'` after a digit closes it.
    var singleQuoteOpen = false
    let start = tokens.count
    tokens.reserveCapacity(tokens.count + range.count / 4 + 8)

    func append(
      _ kind: IdentityToken.Kind, _ token: Range<Int>, flags: WordFlags = [], hash: UInt64 = 0, lowercase: Int = 0
    ) {
      let first = byte(token.lowerBound) ?? 0
      // A symbol starts with a capital or a digit and has at most one lower-case letter besides an `orf`: most words
      // are turned away before the shape test.
      let symbolShaped =
        kind == .word && (ByteClass.isUppercase(first) || ByteClass.isDigit(first)) && lowercase <= 4
        && SymbolShape.matches(UnsafeBufferPointer(rebasing: bytes[token]))
      tokens.append(
        IdentityToken(
          kind: kind, range: token, spaceBefore: spaceBefore, isSymbolShaped: symbolShaped,
          lowerFirst: ByteClass.lowercased(first), flags: flags, hash: hash))
      spaceBefore = false
    }

    // `lower` starts as a copy of the bytes: only ASCII letters of words are written.
    while let current = byte(position) {
      if current < 0x80 {
        if ByteClass.isAlphanumeric(current) {
          // A word: letters, digits and joiners.
          let wordStart = position
          var hash = WordIndex.Hasher()
          var lowercase = 0
          while let next = byte(position) {
            if ByteClass.isAlphanumeric(next) {
              if next >= 0x61 { lowercase += 1 }
              let lowered = ByteClass.lowercased(next)
              lower[position] = lowered
              hash.add(lowered)
              position += 1
            } else if next < 0x80 {
              let prime = next == UInt8(ascii: "'") && !singleQuoteOpen && isPrime(bytes, wordStart, position)
              guard prime || joins(next, at: position, bytes, range) else { break }
              hash.add(next)
              position += 1
            } else {
              let length = scalarLength(bytes, position, end)
              let letter = !isUnicodeSpace(bytes, position, end) && unicodePunctuation(bytes, position, end) == nil
              let apostrophe =
                isApostrophe(bytes, position, end)
                && (joins(0x27, at: position, bytes, range, width: length)
                  || (!singleQuoteOpen && isPrime(bytes, wordStart, position)))
              guard letter || apostrophe else { break }
              for offset in 0..<length { hash.add(bytes[position + offset]) }
              position += length
            }
          }
          append(
            .word, wordStart..<position, flags: words.flags(hash.value), hash: hash.value, lowercase: lowercase)
        } else if ByteClass.isWhitespace(current) {
          spaceBefore = true
          position += 1
        } else {
          let kind = asciiKind(current, at: position, bytes, range, spaceBefore: spaceBefore)
          if current == UInt8(ascii: "'") { singleQuoteOpen = kind == .openQuote }
          append(kind, position..<position + 1)
          position += 1
        }
      } else {
        let length = scalarLength(bytes, position, end)
        if isUnicodeSpace(bytes, position, end) {
          spaceBefore = true
          position += length
        } else if let kind = unicodePunctuation(bytes, position, end) {
          if byte(position + 2) == 0x98 { singleQuoteOpen = true }
          if byte(position + 2) == 0x99 { singleQuoteOpen = false }
          append(kind, position..<position + length)
          position += length
        } else {
          // A word that starts with a non-ASCII letter (`α-synuclein`): read it like any other.
          let wordStart = position
          var hash = WordIndex.Hasher()
          while let next = byte(position) {
            if next < 0x80 {
              guard ByteClass.isAlphanumeric(next) || joins(next, at: position, bytes, range) else { break }
              let lowered = ByteClass.lowercased(next)
              lower[position] = lowered
              hash.add(lowered)
              position += 1
            } else {
              let width = scalarLength(bytes, position, end)
              guard !isUnicodeSpace(bytes, position, end), unicodePunctuation(bytes, position, end) == nil else {
                break
              }
              for offset in 0..<width { hash.add(bytes[position + offset]) }
              position += width
            }
          }
          append(.word, wordStart..<position, flags: words.flags(hash.value), hash: hash.value, lowercase: 5)
        }
      }
    }
    if cutAtEnd, tokens.count > start, let last = tokens.last, last.range.upperBound == end { tokens.removeLast() }
  }

  // MARK: - Words

  /// Whether a quote at `index`, ending the word that starts at `wordStart`, is a prime: the word so far ends in a
  /// 2, 3 or 5 that opens it or follows a hyphen (`3'`, `3'-5'`, `2'-5'`), the ends of a nucleic acid strand.
  private static func isPrime(_ bytes: UnsafeBufferPointer<UInt8>, _ wordStart: Int, _ index: Int) -> Bool {
    guard index > wordStart, index <= bytes.count else { return false }
    let digit = bytes[index - 1]
    guard digit == UInt8(ascii: "2") || digit == UInt8(ascii: "3") || digit == UInt8(ascii: "5") else { return false }
    return index - 1 == wordStart || (index - 2 >= wordStart && bytes[index - 2] == UInt8(ascii: "-"))
  }

  /// Whether a word character (ASCII letter, digit or non-ASCII letter) is at `index`.
  private static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ range: Range<Int>) -> Bool {
    guard range.contains(index) else { return false }
    let byte = bytes[index]
    if byte < 0x80 { return ByteClass.isAlphanumeric(byte) }
    return !isUnicodeSpace(bytes, index, range.upperBound) && unicodePunctuation(bytes, index, range.upperBound) == nil
  }

  /// Whether the joiner `byte` at `index` (`width` bytes long), met inside a word, joins it to what follows.
  private static func joins(
    _ byte: UInt8, at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, width: Int = 1
  ) -> Bool {
    let next = index + width
    let after: UInt8? = range.contains(next) ? bytes[next] : nil
    switch byte {
    case UInt8(ascii: "."):
      return isWordCharacter(bytes, next, range)
    case UInt8(ascii: "/"):
      // `Dehydrogenase/Reductase` is one word, `ABC1/ABC2` two symbols.
      guard index > range.lowerBound, let after, isWordCharacter(bytes, next, range) else { return false }
      let symbolish = { (byte: UInt8) in ByteClass.isUppercase(byte) || ByteClass.isDigit(byte) }
      return !(symbolish(bytes[index - 1]) && symbolish(after))
    case UInt8(ascii: "-"):
      return isWordCharacter(bytes, next, range) || after == UInt8(ascii: "-")
    case UInt8(ascii: "'"):
      // `CYP2D6's`: the possessive is not part of the word.
      let possessive = after == UInt8(ascii: "s") && !isWordCharacter(bytes, next + 1, range)
      return !possessive && (isWordCharacter(bytes, next, range) || after == UInt8(ascii: "-"))
    case UInt8(ascii: "+"):
      return true
    case UInt8(ascii: ":"):
      // `NADH:ubiquinone oxidoreductase`: a colon between a capital and a lower-case letter is chemical notation
      // inside a word; `HGNC:1234`, `symbol:ABC1` and `name: …` are not joined.
      guard index > range.lowerBound, let after else { return false }
      return ByteClass.isUppercase(bytes[index - 1]) && ByteClass.isLowercase(after)
    default:
      return false
    }
  }

  // MARK: - Punctuation

  /// The kind of an ASCII punctuation byte: quotes open after white space or a bracket, a hyphen separates only
  /// after white space.
  private static func asciiKind(
    _ byte: UInt8, at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaceBefore: Bool
  ) -> IdentityToken.Kind {
    switch byte {
    case UInt8(ascii: ","): return .comma
    case UInt8(ascii: ";"): return .semicolon
    case UInt8(ascii: ":"): return .colon
    case UInt8(ascii: "("), UInt8(ascii: "["): return .open
    case UInt8(ascii: ")"), UInt8(ascii: "]"): return .close
    case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"): return .markup
    case UInt8(ascii: "|"): return .separator
    case UInt8(ascii: "-"): return spaceBefore ? .separator : .other
    case UInt8(ascii: "."): return .period
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      guard index > range.lowerBound else { return .openQuote }
      let before = bytes[index - 1]
      let opens = ByteClass.isWhitespace(before) || before == UInt8(ascii: "(") || before == UInt8(ascii: "[")
      return opens ? .openQuote : .closeQuote
    default: return .other
    }
  }

  /// The kind of a non-ASCII punctuation character at `index`: curly quotes and dashes; nil for letters.
  private static func unicodePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int)
    -> IdentityToken.Kind?
  {
    guard index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return nil }
    switch bytes[index + 2] {
    case 0x9C, 0x98: return .openQuote  // “ ‘
    case 0x9D, 0x99: return .closeQuote  // ” ’
    case 0x93, 0x94: return .separator  // – —
    default: return nil
    }
  }

  /// `’` (U+2019), which joins a word as an apostrophe when a letter follows.
  private static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
    index + 2 < end && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
  }

  /// No-break and thin spaces (U+00A0, U+2009, U+202F).
  private static func isUnicodeSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
    if index + 1 < end, bytes[index] == 0xC2 { return bytes[index + 1] == 0xA0 }
    guard index + 2 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return false }
    return bytes[index + 2] == 0x89 || bytes[index + 2] == 0xAF
  }

  /// The length of the UTF-8 sequence starting at `index` (1 for a stray continuation byte), never past `end`.
  private static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
    guard index < end else { return 1 }
    let length: Int
    switch bytes[index] {
    case 0xC0...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF7: length = 4
    default: length = 1
    }
    return max(1, min(length, end - index))
  }
}
