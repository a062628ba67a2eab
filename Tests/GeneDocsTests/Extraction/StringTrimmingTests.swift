import Testing

@testable import GeneDocs

@Suite("Trimming white space")
struct StringTrimmingTests {
  @Test("the byte fast path trims as the Character walk does, around combining marks, prepends, CRLF and NEL")
  func matchesCharacterWalk() {
    let pieces = [
      " ", "\t", "\r\n", "\n", "\r", "\u{0B}", "a", "Z9", "é", "\u{301}", "\u{600}", "\u{85}", "\u{2028}", "\u{A0}",
      "\u{1F}", "-", "",
    ]
    var state: UInt64 = 42
    for _ in 0..<5000 {
      var text = ""
      for _ in 0..<6 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      #expect(text.trimmingWhitespace() == text[...].trimmingWhitespace(), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test(
    "examples",
    arguments: [("  CDK4 \n", "CDK4"), ("\t\r\n", ""), (" \u{301}x ", "x"), ("x\u{600} ", "x\u{600} ")])
  func examples(_ text: String, _ trimmed: String) {
    #expect(text.trimmingWhitespace() == trimmed)
  }
}
