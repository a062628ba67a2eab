import Testing

@testable import GeneDocs

@Suite("Common words: the binary search against the list as written in the source")
struct CommonWordsTests {
  /// The words between the markers of `CommonWords.swift`, read as text (as the Python reference reads them).
  private static func words() throws -> [String] {
    let text = String(decoding: try FixturePaths.bytes("Sources/GeneDocs/Mentions/CommonWords.swift"), as: UTF8.self)
    guard let begin = text.range(of: "// common-words:begin"), let end = text.range(of: "// common-words:end") else {
      return []
    }
    return text[begin.upperBound..<end.lowerBound].split(whereSeparator: { !$0.isLetter }).map(String.init)
      .filter { $0.count >= 2 && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
  }

  @Test("every listed word is found in any ASCII case; a letter more or less, or other bytes, is not")
  func everyWord() throws {
    let words = try Self.words()
    #expect(words.count > 30_000)
    let listed = Set(words)
    for word in words {
      #expect(CommonWords.contains(word), "\(word)")
      #expect(CommonWords.contains(word.uppercased()), "\(word)")
      for other in [word + "q", String(word.dropLast()), "x" + word] where !listed.contains(other) {
        #expect(!CommonWords.contains(other), "\(other)")
      }
    }
    for text in ["", "a", "se t", "set1", "s\u{E9}t", "SET\u{301}"] { #expect(!CommonWords.contains(text), "\(text)") }
  }
}
