import Foundation
import Testing

@testable import GeneDocs

/// `JSONWriter.appendQuoted` skips sixteen bytes at a time; these strings put each character that needs escaping at
/// every offset of every length around that stride, and Foundation's decoder reads them back.
@Suite("JSON string escaping")
struct JSONEscapingTests {
  private static let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}", "é", "𝛼"]

  @Test("every special character at every offset reads back as written", arguments: specials)
  func roundTrip(_ special: Character) throws {
    for length in 0...40 {
      for offset in 0...length {
        var text = String(repeating: "a", count: offset)
        text.append(special)
        text += String(repeating: "b", count: length - offset)
        var bytes: [UInt8] = []
        JSONWriter.appendQuoted(text, to: &bytes)
        let decoded = try JSONDecoder().decode(String.self, from: Data(bytes))
        #expect(decoded == text, "length \(length), offset \(offset)")
        #expect(!bytes.dropFirst().dropLast().contains { $0 < 0x20 }, "raw control byte at \(offset)")
        if special == "\u{7F}" || !special.isASCII {  // DEL and bytes from 0x80 on are written as they are
          #expect(bytes == Array("\"\(text)\"".utf8), "length \(length), offset \(offset)")
        }
      }
    }
  }

  @Test("a quote or backslash next to an escape keeps both")
  func adjacentEscapes() throws {
    let text = "\"\\\n\"x\u{0}\u{2}\\\\\"12345678\"\"\"\"\"\"\"\"\""
    var bytes: [UInt8] = []
    JSONWriter.appendQuoted(text, to: &bytes)
    #expect(try JSONDecoder().decode(String.self, from: Data(bytes)) == text)
  }
}
