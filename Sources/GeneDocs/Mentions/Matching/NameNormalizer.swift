/// How vocabulary names and document text are put into one form before they are compared (SPEC §7): one
/// character at a time into symbols, so that a name and the text that writes it in another way give the same
/// symbols.
///
/// - ASCII letters in lower case (`Warfarin` → `warfarin`), Latin-1 capitals too (`É` → `é`);
/// - Greek letters spelled (`α` and `Α` → `alpha`, `µ` → `mu`), so `TNF-α` and `TNF-alpha` agree;
/// - every hyphen and dash (`-`, U+2010–U+2015, U+2212, …) and every run of white space as one space, so
///   `5-fluorouracil`, `5‑fluorouracil` and `5 fluorouracil` agree; a blank line is a hard break;
/// - a word-start symbol before the first character of every word (a letter or digit after anything else), so a
///   name can only match where a word starts;
/// - soft hyphens and zero-width characters dropped; curly apostrophes as `'`; other characters as they are.
enum NameNormalizer {
  /// Stands for markup and paragraph breaks: no name crosses it.
  static let hard: UInt8 = 0
  /// Stands before the first character of a word.
  static let wordStart: UInt8 = 1
  /// Stands for white space and dashes.
  static let space: UInt8 = 0x20

  /// What one character is, for the symbol stream.
  enum Kind: UInt8 {
    /// A letter or digit.
    case word
    /// A space or tab (or another Unicode space).
    case blank
    /// LF, CR LF or a lone CR.
    case lineBreak
    /// A hyphen or dash.
    case dash
    /// A hard break (masked markup).
    case hard
    /// Any other character: kept as it is.
    case other
    /// A soft hyphen or zero-width character: dropped.
    case ignorable
  }

  /// One character of the source: its kind, its length in bytes and the symbols it stands for (up to eight, packed
  /// low byte first).
  struct CharacterInfo {
    var kind: Kind
    var length: Int
    var symbols: UInt64
    var symbolCount: Int
  }

  // MARK: - Characters

  /// The kind of an ASCII byte (a function, not a table: a global table is a `swift_once` check on every read, 1.6
  /// million of them in a 2,000-document scan).
  @inline(__always)
  private static func asciiKind(_ byte: UInt8) -> Kind {
    if ByteClass.isAlphanumeric(byte) { return .word }
    switch byte {
    case 0: return .hard
    case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C: return .blank
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return .lineBreak
    case UInt8(ascii: "-"): return .dash
    default: return .other
    }
  }

  /// Whether the ASCII byte is a letter or digit (the test the fast path of a scan makes).
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool { ByteClass.isAlphanumeric(byte) }

  /// The character at `index` of well-formed UTF-8 (hard breaks included).
  @inline(__always)
  static func character(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> CharacterInfo {
    let lead = bytes[index]
    if lead < 0x80 {
      let kind = asciiKind(lead)
      if kind == .lineBreak, lead == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n")
      {
        return CharacterInfo(kind: .lineBreak, length: 2, symbols: 0, symbolCount: 0)
      }
      return CharacterInfo(kind: kind, length: 1, symbols: UInt64(ByteClass.lowercased(lead)), symbolCount: 1)
    }
    return nonASCIICharacter(bytes, at: index)
  }

  /// A character of two to four bytes.
  private static func nonASCIICharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> CharacterInfo {
    let lead = bytes[index]
    var length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
    guard lead >= 0xC2, index + length <= bytes.count else {
      return CharacterInfo(kind: .other, length: 1, symbols: UInt64(lead), symbolCount: 1)
    }
    var scalar = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else {
        length = offset
        return CharacterInfo(kind: .other, length: 1, symbols: UInt64(lead), symbolCount: 1)
      }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    var packed: UInt64 = 0
    for offset in 0..<length { packed |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
    let kept = CharacterInfo(kind: .other, length: length, symbols: packed, symbolCount: length)
    switch scalar {
    case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
      return CharacterInfo(kind: .ignorable, length: length, symbols: 0, symbolCount: 0)
    case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
      return CharacterInfo(kind: .blank, length: length, symbols: 0, symbolCount: 0)
    case 0x2028, 0x2029:
      return CharacterInfo(kind: .lineBreak, length: length, symbols: 0, symbolCount: 0)
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
      return CharacterInfo(kind: .dash, length: length, symbols: 0, symbolCount: 0)
    case 0x2018, 0x2019, 0x02BC:
      return CharacterInfo(kind: .other, length: length, symbols: UInt64(UInt8(ascii: "'")), symbolCount: 1)
    case 0x00B5:
      return spelled("mu", length: length)
    case 0x0391...0x03A9, 0x03B1...0x03C9:
      let letter = Int(scalar >= 0x03B1 ? scalar - 0x03B1 : scalar - 0x0391)
      guard letter < greekNames.count, !greekNames[letter].isEmpty else { return word(kept) }
      return spelled(greekNames[letter], length: length)
    case 0x00C0...0x00DE where scalar != 0x00D7:
      // Latin-1 capitals: the lower-case letter is 0x20 above, and both are two bytes (C3 xx).
      return CharacterInfo(
        kind: .word, length: 2, symbols: UInt64(0xC3) | UInt64(bytes[index + 1] | 0x20) << 8,
        symbolCount: 2)
    default:
      guard let value = Unicode.Scalar(scalar) else { return kept }
      let properties = value.properties
      return properties.isAlphabetic || properties.numericType != nil ? word(kept) : kept
    }
  }

  /// Greek letters by their offset from alpha; final sigma (U+03C2) and the unassigned U+03A2 spell as sigma.
  private static let greekNames: [String] = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
    "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
  ]

  private static func spelled(_ name: StaticString, length: Int) -> CharacterInfo {
    var packed: UInt64 = 0
    let count = name.utf8CodeUnitCount
    name.withUTF8Buffer { utf8 in
      for offset in 0..<utf8.count { packed |= UInt64(utf8[offset]) << (8 * UInt64(offset)) }
    }
    return CharacterInfo(kind: .word, length: length, symbols: packed, symbolCount: count)
  }

  private static func spelled(_ name: String, length: Int) -> CharacterInfo {
    var packed: UInt64 = 0
    for (offset, byte) in name.utf8.prefix(8).enumerated() { packed |= UInt64(byte) << (8 * UInt64(offset)) }
    return CharacterInfo(kind: .word, length: length, symbols: packed, symbolCount: min(8, name.utf8.count))
  }

  private static func word(_ info: CharacterInfo) -> CharacterInfo {
    var info = info
    info.kind = .word
    return info
  }

  // MARK: - Names

  /// A name's symbols, or nil when it cannot be matched as a whole word: it must start with a letter or digit,
  /// hold no line break, and be at most ``maxSymbols`` long.
  static func symbols(of name: String) -> [UInt8]? {
    var symbols: [UInt8] = []
    return append(name, to: &symbols) ? symbols : nil
  }

  /// Appends a name's symbols (see ``symbols(of:)``) and returns true, or leaves `buffer` as it was and returns
  /// false.
  static func append(_ name: String, to buffer: inout [UInt8]) -> Bool {
    let start = buffer.count
    // The collector takes the buffer and gives it back, so that it stays uniquely referenced: a copy left in the
    // collector made the trimming below copy the whole buffer (a third of building the chemicals' matcher).
    var collector = SymbolCollector(symbols: [])
    swap(&collector.symbols, &buffer)
    var stream = SymbolStream()
    var name = name
    let complete: Bool = name.withUTF8 { utf8 in
      var index = 0
      while index < utf8.count {
        let info = character(utf8, at: index)
        guard info.kind != .lineBreak, info.kind != .hard else { return false }
        stream.feed(info, at: index, into: &collector)
        // Past the longest name (and a trailing space): a systematic chemical name, not read to its end.
        guard collector.symbols.count - start <= maxSymbols + 1 else { return false }
        index += info.length
      }
      return true
    }
    swap(&collector.symbols, &buffer)
    while buffer.count > start, buffer.last == space { buffer.removeLast() }
    guard complete, buffer.count > start, buffer[start] == wordStart, buffer.count - start <= maxSymbols else {
      buffer.removeSubrange(start...)
      return false
    }
    return true
  }

  /// The longest name in symbols: longer ones (systematic chemical names) are not written in prose, and they would
  /// be a third of the trie's nodes; no walk of the trie goes further.
  static let maxSymbols = 64
}

/// Receives the symbols of a stream, each with the source span of the character it stands for.
protocol SymbolSink {
  /// One symbol; `last` when it is the last symbol of its character.
  mutating func put(_ symbol: UInt8, characterStart: Int, characterEnd: Int, last: Bool)
}

/// Turns characters into symbols (``NameNormalizer``): word-start symbols, runs of white space and dashes as one
/// space, a blank line as a hard break.
struct SymbolStream {
  /// Whether the previous character was a letter or digit.
  var previousWasWord = false
  private var lastSymbol = NameNormalizer.hard
  private var lineBreaks = 0

  @inline(__always)
  mutating func feed<Sink: SymbolSink>(_ info: NameNormalizer.CharacterInfo, at offset: Int, into sink: inout Sink) {
    let end = offset + info.length
    switch info.kind {
    case .word:
      lineBreaks = 0
      if !previousWasWord { sink.put(NameNormalizer.wordStart, characterStart: offset, characterEnd: end, last: false) }
      previousWasWord = true
      put(info, at: offset, end: end, into: &sink)
    case .other:
      lineBreaks = 0
      previousWasWord = false
      put(info, at: offset, end: end, into: &sink)
    case .lineBreak:
      previousWasWord = false
      lineBreaks += 1
      if lineBreaks >= 2 {
        hardBreak(at: offset, end: end, into: &sink)
      } else {
        spaceBreak(at: offset, end: end, into: &sink)
      }
    case .blank:
      previousWasWord = false
      spaceBreak(at: offset, end: end, into: &sink)
    case .dash:
      lineBreaks = 0
      previousWasWord = false
      spaceBreak(at: offset, end: end, into: &sink)
    case .hard:
      lineBreaks = 0
      previousWasWord = false
      hardBreak(at: offset, end: end, into: &sink)
    case .ignorable:
      break
    }
  }

  /// The symbols ``feed(_:at:into:)`` puts for an ASCII character other than CR (which may begin CR LF), the
  /// stream's state moved on the same way: none, one, or a word start and the character's (`count` of them in
  /// `packed`, low byte first). The walk of the name trie reads most characters this way: through `feed` and a
  /// sink they were about 80 instructions each.
  @inline(__always)
  mutating func symbols(ascii byte: UInt8) -> (packed: UInt16, count: Int) {
    if ByteClass.isAlphanumeric(byte) {
      lineBreaks = 0
      let symbol = ByteClass.lowercased(byte)
      lastSymbol = symbol
      guard previousWasWord else {
        previousWasWord = true
        return (UInt16(NameNormalizer.wordStart) | UInt16(symbol) << 8, 2)
      }
      return (UInt16(symbol), 1)
    }
    previousWasWord = false
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C:
      return spaceBreak()
    case UInt8(ascii: "\n"):
      lineBreaks += 1
      return lineBreaks >= 2 ? hardBreak() : spaceBreak()
    case UInt8(ascii: "-"):
      lineBreaks = 0
      return spaceBreak()
    case NameNormalizer.hard:
      lineBreaks = 0
      return hardBreak()
    default:
      lineBreaks = 0
      lastSymbol = byte
      return (UInt16(byte), 1)
    }
  }

  @inline(__always)
  private mutating func spaceBreak() -> (packed: UInt16, count: Int) {
    guard lastSymbol != NameNormalizer.space, lastSymbol != NameNormalizer.hard else { return (0, 0) }
    lastSymbol = NameNormalizer.space
    return (UInt16(NameNormalizer.space), 1)
  }

  @inline(__always)
  private mutating func hardBreak() -> (packed: UInt16, count: Int) {
    guard lastSymbol != NameNormalizer.hard else { return (0, 0) }
    lastSymbol = NameNormalizer.hard
    return (UInt16(NameNormalizer.hard), 1)
  }

  /// A character's own symbols.
  @inline(__always)
  private mutating func put<Sink: SymbolSink>(
    _ info: NameNormalizer.CharacterInfo, at offset: Int, end: Int, into sink: inout Sink
  ) {
    var packed = info.symbols
    for index in 0..<info.symbolCount {
      let symbol = UInt8(truncatingIfNeeded: packed)
      sink.put(symbol, characterStart: offset, characterEnd: end, last: index == info.symbolCount - 1)
      packed >>= 8
      lastSymbol = symbol
    }
  }

  @inline(__always)
  private mutating func spaceBreak<Sink: SymbolSink>(at offset: Int, end: Int, into sink: inout Sink) {
    guard lastSymbol != NameNormalizer.space, lastSymbol != NameNormalizer.hard else { return }
    sink.put(NameNormalizer.space, characterStart: offset, characterEnd: end, last: true)
    lastSymbol = NameNormalizer.space
  }

  @inline(__always)
  private mutating func hardBreak<Sink: SymbolSink>(at offset: Int, end: Int, into sink: inout Sink) {
    guard lastSymbol != NameNormalizer.hard else { return }
    sink.put(NameNormalizer.hard, characterStart: offset, characterEnd: end, last: true)
    lastSymbol = NameNormalizer.hard
  }
}

/// Collects a name's symbols.
private struct SymbolCollector: SymbolSink {
  var symbols: [UInt8] = []

  mutating func put(_ symbol: UInt8, characterStart: Int, characterEnd: Int, last: Bool) {
    symbols.append(symbol)
  }
}
