import Testing

@testable import GeneDocs

@Suite("Refusal and placeholder detection")
struct RefusalDetectorTests {
  @Test(
    "finds phrases case-insensitively at the start of a word",
    arguments: [
      ("As an AI, I cannot describe this gene.", "as an ai"),
      ("The record says: i DO NOT HAVE INFORMATION on it.", "i do not have information"),
      ("Text. [Insert summary]", "[insert"), ("Lorem ipsum dolor", "lorem ipsum"),
      ("Details are to be written later.", "to be written"),
    ])
  func phrases(_ text: String, _ phrase: String) {
    #expect(RefusalDetector.finding(in: text) == phrase)
  }

  @Test(
    "finds upper-case markers only as whole words",
    arguments: [("TODO: describe", "TODO"), ("see (TBD).", "TBD"), ("x FIXME", "FIXME"), ("XXX", "XXX")])
  func markers(_ text: String, _ marker: String) {
    #expect(RefusalDetector.finding(in: text) == marker)
  }

  @Test(
    "leaves gene content alone",
    arguments: [
      "It has an aim in lipid transport.", "The todo list and TODOS are words here.", "XXXL is a size",
      "Haplotypes were placed as an aid to mapping.", "Nothing to report", "i", "",
    ])
  func clean(_ text: String) {
    #expect(RefusalDetector.finding(in: text) == nil)
  }

  @Test("takes a whole text that is only a placeholder", arguments: [("  N/A ", "n/a"), ("None", "none"), ("…", "…")])
  func wholeTexts(_ text: String, _ found: String) {
    #expect(RefusalDetector.finding(in: text) == found)
  }

  // MARK: - Against a plain scan

  @Test("finds what a plain position-by-position scan finds, at every offset and length")
  func matchesPlainScan() {
    var generator = SplitMix(seed: 7)
    let pieces = [
      "as an ai", "As An AI", "as an aid", "TODO", "todo", "TODOS", "XXX", "xXXX", "[insert", "[Insert",
      "I don't have information",
      "i do not have any information", "lorem ipsum", "to be written", "TBD", "FIXME", "PLACEHOLDER", "gene", "é", "—",
      "(",
      ")", "1", "a1", "_", "-", ".", " ", " ", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "@", "`", "{", "[",
      "placeholder",
    ]
    for _ in 0..<4000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 9) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      #expect(RefusalDetector.finding(in: text) == Self.plainScan(text), "\(text.debugDescription)")
    }
  }

  @Test("the sixteen-byte prefilter and the byte-at-a-time one find the same offsets")
  func prefilterPaths() {
    var generator = SplitMix(seed: 11)
    let pieces = [
      "i c", "I D", "as ", "TOD", "tbd", "{in", "[in", "pla", "Con", "my ", "xxx", "fix", "a", "n", "o", " ", "0", "9",
      "_", "é", ".", "\u{0}", "\u{7F}", "Z", "z", "@",
    ]
    var withHits = 0
    for round in 0..<600 {
      var text = ""
      while text.utf8.count < round / 2 { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let fast = RefusalDetector.prefilterHits(in: text, portable: false)
      #expect(fast == RefusalDetector.prefilterHits(in: text, portable: true), "\(text.debugDescription)")
      if !fast.isEmpty { withHits += 1 }
    }
    #expect(withHits > 300, "most texts hold a candidate, so the comparison means something")
  }

  /// The same rules, one position and one pattern at a time.
  private static func plainScan(_ text: String) -> String? {
    let phrases = [
      "i currently do not have", "i do not have detailed information", "i don't have detailed information",
      "i do not have specific information", "i don't have specific information", "i do not have information",
      "i don't have information", "i don't have any information", "i do not have any information",
      "please verify the gene symbol", "please verify the gene name", "as an ai", "as a language model",
      "my knowledge cutoff", "lorem ipsum", "insert text here", "content goes here", "[insert", "to be written",
    ]
    let markers = ["TODO", "TBD", "FIXME", "XXX", "PLACEHOLDER"]
    let bytes = Array(text.utf8)
    func isWordByte(_ byte: UInt8) -> Bool {
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
    func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
    for position in bytes.indices where position == 0 || !isWordByte(bytes[position - 1]) {
      for (pattern, folds) in phrases.map({ ($0, true) }) + markers.map({ ($0, false) }) {
        let wanted = Array(pattern.utf8)
        guard position + wanted.count <= bytes.count else { continue }
        let found = bytes[position..<position + wanted.count].map { folds ? lower($0) : $0 }
        guard found == wanted else { continue }
        let end = position + wanted.count
        if isWordByte(wanted.last!), end < bytes.count, isWordByte(bytes[end]) { continue }
        return pattern
      }
    }
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    let kept = bytes.drop(while: isSpace).reversed().drop(while: isSpace).reversed().map(lower)
    let trimmed = String(decoding: kept, as: UTF8.self)
    return ["n/a", "na", "none", "tbd", "todo", "...", "…", "-", "placeholder"].contains(trimmed) ? trimmed : nil
  }
}
