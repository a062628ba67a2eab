import Testing

@testable import GeneDocsFuzzing

@Suite("JSONTextValidator: strict RFC 8259 syntax")
struct JSONTextValidatorTests {
  @Test(
    "accepts valid JSON",
    arguments: [
      "{}", "[]", "0", "-0.5e+10", "1E-2", "\"a\\u00e9\\n\\\"\"", "true", "null", " [1, [2, {\"a\": [false]}], {}] ",
      "{\"k\":{\"x\":[[],[{}]]},\"z\":\"\"}", "\"\u{FFFD}é\"",
    ])
  func accepts(_ text: String) throws {
    _ = try JSONTextValidator.validate(Array(text.utf8))
  }

  @Test(
    "rejects invalid JSON",
    arguments: [
      "", " ", "{", "[1,]", "[1 2]", "{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\":1,}", "01", "1.", ".5", "1e", "-",
      "+1", "tru", "nul", "\"abc", "\"\\x\"", "\"\\u12g4\"", "\"a\nb\"", "\"tab\there\"", "[1]]", "{}{}", "[}",
      "{]", "inf", "NaN", "'a'",
    ])
  func rejects(_ text: String) {
    #expect(throws: InvariantViolation.self) { try JSONTextValidator.validate(Array(text.utf8)) }
  }

  @Test("returns the top-level object's keys in order, not nested ones")
  func topLevelKeys() throws {
    let keys = try JSONTextValidator.validate(Array(#"{"b": {"x": 1}, "a": [{"y": 2}], "c": {}}"#.utf8))
    #expect(keys == ["b", "a", "c"])
    #expect(try JSONTextValidator.validate(Array("[{\"a\":1}]".utf8)) == nil)
  }

  @Test("checks 100,000 levels of nesting without recursion")
  func deepNesting() throws {
    let depth = 100_000
    let text = Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
    _ = try JSONTextValidator.validate(text)
    #expect(throws: InvariantViolation.self) { try JSONTextValidator.validate(Array(text.dropLast())) }
  }
}
