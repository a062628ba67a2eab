/// A strict RFC 8259 syntax check of JSON text, independent of the writer it checks and of Foundation.
///
/// Iterative (an explicit stack, no recursion), so any nesting depth is checked without growing the call stack.
/// It checks syntax only; whether the text is well-formed UTF-8 is a separate check.
package struct JSONTextValidator {
  private let bytes: [UInt8]
  private var index = 0
  private var stack: [UInt8] = []
  private var topKeys: [String]?

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Checks that `bytes` is exactly one JSON value (with optional surrounding white space). Returns the keys of the
  /// top-level object in order (raw, as written between the quotes), or nil when the value is not an object.
  package static func validate(_ bytes: [UInt8]) throws(InvariantViolation) -> [String]? {
    var validator = JSONTextValidator(bytes)
    return try validator.run()
  }

  // MARK: - Values

  private enum Opened {
    case container
    case scalar
  }

  private mutating func run() throws(InvariantViolation) -> [String]? {
    while true {
      skipWhitespace()
      if try openValue() == .container { continue }
      // After a value: a comma, a closing bracket, or the end of the text.
      while true {
        skipWhitespace()
        guard let top = stack.last else {
          guard index == bytes.count else { throw failure("text after the JSON value") }
          return topKeys
        }
        guard let byte = peek() else { throw failure("unexpected end inside a container") }
        if byte == UInt8(ascii: ",") {
          index += 1
          if top == UInt8(ascii: "{") { try memberKey() }
          break
        }
        guard byte == (top == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
          throw failure("expected ',' or the closing bracket")
        }
        index += 1
        stack.removeLast()
      }
    }
  }

  /// Reads a scalar, or opens a container (reading its first key); an empty container counts as a scalar.
  private mutating func openValue() throws(InvariantViolation) -> Opened {
    guard let byte = peek() else { throw failure("expected a value") }
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      index += 1
      if stack.isEmpty && byte == UInt8(ascii: "{") { topKeys = [] }
      skipWhitespace()
      let closer = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
      if peek() == closer {
        index += 1
        return .scalar
      }
      stack.append(byte)
      if byte == UInt8(ascii: "{") { try memberKey() }
      return .container
    case UInt8(ascii: "\""):
      _ = try string()
    case UInt8(ascii: "t"):
      try literal("true")
    case UInt8(ascii: "f"):
      try literal("false")
    case UInt8(ascii: "n"):
      try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try number()
    default:
      throw failure("expected a value")
    }
    return .scalar
  }

  /// Reads `"key" :` inside an object; a key of the top-level object is recorded.
  private mutating func memberKey() throws(InvariantViolation) {
    skipWhitespace()
    guard peek() == UInt8(ascii: "\"") else { throw failure("expected an object key") }
    let key = try string()
    if stack.count == 1 { topKeys?.append(key) }
    skipWhitespace()
    guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after an object key") }
    index += 1
  }

  // MARK: - Scalars

  /// Reads a string literal; returns its raw content (escapes not decoded).
  private mutating func string() throws(InvariantViolation) -> String {
    index += 1
    let start = index
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: bytes[start..<index - 1], as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard let escaped = peek() else { throw failure("unterminated escape") }
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          continue
        case UInt8(ascii: "u"):
          for _ in 0..<4 {
            guard let digit = peek(), Self.isHexDigit(digit) else { throw failure("bad \\u escape") }
            index += 1
          }
        default:
          throw failure("bad escape")
        }
      case 0..<0x20:
        throw failure("unescaped control character 0x\(String(byte, radix: 16)) in a string")
      default:
        index += 1
      }
    }
    throw failure("unterminated string")
  }

  private mutating func literal(_ word: StaticString) throws(InvariantViolation) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard bytes.count - index >= expected.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
      throw failure("bad literal")
    }
    index += expected.count
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  private mutating func number() throws(InvariantViolation) {
    if peek() == UInt8(ascii: "-") { index += 1 }
    guard let first = peek(), Self.isDigit(first) else { throw failure("bad number") }
    index += 1
    if first != UInt8(ascii: "0") { skipDigits() }
    if peek() == UInt8(ascii: ".") {
      index += 1
      guard try requireDigit() else { throw failure("bad number: no digit after '.'") }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      guard try requireDigit() else { throw failure("bad number: no digit in the exponent") }
    }
  }

  private mutating func requireDigit() throws(InvariantViolation) -> Bool {
    guard let digit = peek(), Self.isDigit(digit) else { return false }
    skipDigits()
    return true
  }

  // MARK: - Bytes

  private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipDigits() {
    while let byte = peek(), Self.isDigit(byte) { index += 1 }
  }

  private mutating func skipWhitespace() {
    while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
  }

  private func failure(_ what: String) -> InvariantViolation {
    InvariantViolation("invalid JSON at byte \(index): \(what)")
  }
}
