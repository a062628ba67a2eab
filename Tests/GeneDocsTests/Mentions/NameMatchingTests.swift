import Testing

@testable import GeneDocs

@Suite("Name matching: normal form and the automaton")
struct NameMatchingTests {
  /// The occurrences of `names` in `text`, as the matched source strings, in the order they end.
  static func occurrences(_ names: [String], in text: String) -> [String] {
    var list = NameList()
    for name in names {
      let appended = list.append(name: name)
      #expect(appended, "\(name)")
    }
    let automaton = NameAutomaton(names: list)
    let bytes = Array(text.utf8)
    var found: [NameAutomaton.Occurrence] = []
    bytes.withUnsafeBufferPointer { automaton.scan($0, range: 0..<bytes.count, into: &found) }
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

  @Test("every occurrence at a word start, overlapping ones too; a blank line or markup is a hard break")
  func occurrences() {
    let names = ["warfarin", "warfarin sodium", "sodium", "codeine", "interferon alpha"]
    #expect(
      Self.occurrences(names, in: "Warfarin sodium and dihydrocodeine; codeine.")
        == ["Warfarin", "Warfarin sodium", "sodium", "codeine"])
    #expect(Self.occurrences(names, in: "warfarin\n\nsodium") == ["warfarin", "sodium"])
    #expect(Self.occurrences(names, in: "warfarin\u{0}sodium") == ["warfarin", "sodium"])
    #expect(Self.occurrences(names, in: "interferon α given") == ["interferon α"])
    // A prefix of a spelled Greek letter is no match: "interferon alp" must not end inside α.
    #expect(Self.occurrences(["interferon alp"], in: "interferon α") == [])
  }

  @Test("the automaton agrees with a naive search on many names sharing prefixes and suffixes")
  func agreesWithNaiveSearch() {
    let names = ["ab", "abc", "bc", "abcd", "cd", "b c", "bcd e", "a b c d e", "c d"]
    let text = "abc ab bc abcd b c d e a b c d e cd c d abcde"
    var naive: [String] = []
    let words = Array(text.utf8)
    for end in 1...words.count {
      for name in names {
        let bytes = Array(name.utf8)
        guard bytes.count <= end, Array(words[(end - bytes.count)..<end]) == bytes else { continue }
        let start = end - bytes.count
        if start == 0 || words[start - 1] == UInt8(ascii: " ") { naive.append(name) }
      }
    }
    // The automaton reports by end position, the longest name first there; sort both the same way.
    #expect(Self.occurrences(names, in: text).sorted() == naive.sorted())
  }
}
