import Testing

@testable import GeneDocs

@Suite("Name matching: normal form and the trie")
struct NameMatchingTests {
  /// The occurrences of `names` in `text`, as the matched source strings, in the order they end.
  static func occurrences(_ names: [String], in text: String) -> [String] {
    var list = NameList()
    for name in names {
      let appended = list.append(name: name)
      #expect(appended, "\(name)")
    }
    let trie = NameTrie(names: list)
    let bytes = Array(text.utf8)
    var found: [NameTrie.Occurrence] = []
    bytes.withUnsafeBufferPointer { trie.scan($0, range: 0..<bytes.count, into: &found) }
    return found.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
  }

  @Test(
    "one normal form for case, dashes, white space and Greek letters",
    arguments: [
      ("TNF-α", "tnf alpha"), ("tnf alpha", "TNF‑alpha"), ("5–fluorouracil", "5 fluorouracil"),
      ("Warfarin \t Sodium", "warfarin sodium"), ("ÉTHANOL", "éthanol"), ("β-blocker", "Beta blocker"),
      ("St. John’s Wort", "st. john's wort"),
    ])
  func sameForm(_ left: String, _ right: String) {
    #expect(NameNormalizer.symbols(of: left) == NameNormalizer.symbols(of: right))
  }

  @Test("names that cannot be matched as whole words have no form", arguments: ["", " ", "(S)-warfarin", "a\nb"])
  func noForm(_ name: String) {
    #expect(NameNormalizer.symbols(of: name) == nil)
  }

  @Test("every occurrence as whole words, overlapping ones too; a blank line or markup is a hard break")
  func occurrences() {
    let names = ["warfarin", "warfarin sodium", "sodium", "codeine", "interferon alpha"]
    #expect(
      Self.occurrences(names, in: "Warfarin sodium and dihydrocodeine; codeine.")
        == ["Warfarin", "Warfarin sodium", "sodium", "codeine"])
    #expect(Self.occurrences(names, in: "warfarin\n\nsodium") == ["warfarin", "sodium"])
    #expect(Self.occurrences(names, in: "warfarin\u{0}sodium") == ["warfarin", "sodium"])
    #expect(Self.occurrences(names, in: "interferon α given") == ["interferon α"])
    // A name ends where a word ends, also when the word goes on past ASCII or behind a soft hyphen.
    #expect(Self.occurrences(names, in: "warfarins, warfariné, war\u{AD}farin") == ["war\u{AD}farin"])
    // A prefix of a spelled Greek letter is no match: "interferon alp" must not end inside α.
    #expect(Self.occurrences(["interferon alp"], in: "interferon α") == [])
  }

  @Test("the trie agrees with a naive search of whole words on many names sharing prefixes and suffixes")
  func agreesWithNaiveSearch() {
    let names = ["ab", "abc", "bc", "abcd", "cd", "b c", "bcd e", "a b c d e", "c d"]
    let text = "abc ab bc abcd b c d e a b c d e cd c d abcde bcd e"
    var naive: [String] = []
    let words = Array(text.utf8)
    for end in 1...words.count {
      for name in names {
        let bytes = Array(name.utf8)
        guard bytes.count <= end, Array(words[(end - bytes.count)..<end]) == bytes else { continue }
        let start = end - bytes.count
        let startsWord = start == 0 || words[start - 1] == UInt8(ascii: " ")
        let endsWord = end == words.count || words[end] == UInt8(ascii: " ")
        if startsWord && endsWord { naive.append(name) }
      }
    }
    #expect(naive.count >= 12)
    // The trie reports by start, then by end; sort both the same way.
    #expect(Self.occurrences(names, in: text).sorted() == naive.sorted())
  }

  /// Symbols with the end of their character and whether they are its last, as a sink receives them.
  private struct Collector: SymbolSink {
    var symbols: [[Int]] = []
    mutating func put(_ symbol: UInt8, characterStart: Int, characterEnd: Int, last: Bool) {
      symbols.append([Int(symbol), characterStart, characterEnd, last ? 1 : 0])
    }
  }

  /// Deterministic pseudo-random strings of the given pieces.
  private static func texts(_ pieces: [String], count: Int, seed: UInt64) -> [String] {
    var state = seed
    return (0..<count).map { index in
      (0..<(index % 40)).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return pieces[Int(state >> 33) % pieces.count]
      }.joined()
    }
  }

  @Test("an ASCII character's symbols without its character information are those feed puts")
  func asciiSymbols() {
    let pieces = ["a", "B", "7", " ", "\t", "-", "\n", "\u{0}", ".", "(", "'", "\u{0B}", "xy", "--", "\n\n", " \n "]
    for text in Self.texts(pieces, count: 400, seed: 11) {
      let bytes = Array(text.utf8)
      var fed = Collector()
      var stream = SymbolStream()
      bytes.withUnsafeBufferPointer { buffer in
        for index in buffer.indices {
          stream.feed(NameNormalizer.character(buffer, at: index), at: index, into: &fed)
        }
      }
      var direct: [[Int]] = []
      var fast = SymbolStream()
      for (index, byte) in bytes.enumerated() {
        let (packed, count) = fast.symbols(ascii: byte)
        for position in 0..<count {
          direct.append([Int(packed >> (8 * UInt16(position)) & 0xFF), index, index + 1, position == count - 1 ? 1 : 0])
        }
      }
      #expect(direct == fed.symbols, "\(text.debugDescription)")
    }
  }

  /// The occurrences of `names` in `text` as whole words, found the slow way: from every word start (as the symbol
  /// stream sees words) that does not come right after a hyphen following a letter or digit, the text's symbols
  /// compared with each name's.
  private static func naiveOccurrences(_ names: [String], in text: String) -> [String] {
    let forms = names.compactMap(NameNormalizer.symbols(of:))
    let bytes = Array(text.utf8)
    var found: [String] = []
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      var previousWasWord = false
      // The last two characters: whether the last was a hyphen, and whether the one before it was a word's.
      var lastWasHyphen = false
      var beforeLastWasWord = false
      var lastWasWord = false
      while index < buffer.count {
        let info = NameNormalizer.character(buffer, at: index)
        let scalar = String(decoding: bytes[index..<(index + info.length)], as: UTF8.self).unicodeScalars.first
        defer {
          beforeLastWasWord = lastWasWord
          lastWasWord = info.kind == .word
          lastWasHyphen = scalar.map { ["-", "\u{2010}", "\u{2011}"].contains($0) } ?? false
        }
        if info.kind == .word, !previousWasWord, !(lastWasHyphen && beforeLastWasWord) {
          var symbols = Collector()
          var stream = SymbolStream()
          var at = index
          while at < buffer.count, symbols.symbols.count <= NameNormalizer.maxSymbols + 8 {
            let character = NameNormalizer.character(buffer, at: at)
            stream.feed(character, at: at, into: &symbols)
            at += character.length
          }
          for form in forms where form.count <= symbols.symbols.count {
            let prefix = symbols.symbols[..<form.count]
            guard prefix.map({ UInt8($0[0]) }) == form, let last = prefix.last, last[3] == 1 else { continue }
            let end = last[2]
            var lastStart = end - 1
            while lastStart > 0, buffer[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
            let endsWord =
              end >= buffer.count || NameNormalizer.character(buffer, at: lastStart).kind != .word
              || NameNormalizer.character(buffer, at: end).kind != .word
            if endsWord { found.append(String(decoding: bytes[index..<end], as: UTF8.self)) }
          }
        }
        if info.kind != .ignorable { previousWasWord = info.kind == .word }
        index += info.length
      }
    }
    return found
  }

  @Test("the trie and its word filter find what a naive search finds, also around non-ASCII characters")
  func agreesWithNaiveSearchOnMixedText() {
    let names = [
      "in 111 capromab", "in", "alpha tocopherol", "café", "cafe", "TNF-α", "warfarin", "warfarin sodium", "St. John's",
      "β blocker", "5-fluorouracil", "a-b", "ab c", "Ca2+", "the", "x’y",
    ]
    let pieces = [
      "in", " ", "111", "capromab", "α", "-", "tocopherol", "alpha", "café", "cafe", "TNF", "warfarin", "Sodium",
      "St.", "John’s", "John's", "β", "blocker", "5", "fluorouracil", "\u{AD}", "a", "b", "c", "ab", "Ca2+", "é",
      "the", "\n", "\n\n", "\u{0}", "x", "’", "y", "(", ",", "\u{2010}", "–",
    ]
    var total = 0
    for text in Self.texts(pieces, count: 600, seed: 5) {
      let naive = Self.naiveOccurrences(names, in: text)
      total += naive.count
      #expect(Self.occurrences(names, in: text).sorted() == naive.sorted(), "\(text.debugDescription)")
    }
    #expect(total > 200)
  }
}
