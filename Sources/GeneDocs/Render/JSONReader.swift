/// Reads JSON text (RFC 8259) into ``JSONValue``, keeping the order of object members, with the line and column of
/// whatever is wrong.
///
/// Hand-written because neither `JSONDecoder` nor `JSONSerialization` keeps the order of an object's keys, and
/// `render` must give front-matter metadata back in its order (SPEC §9: the round trip is exact). Numbers without
/// a fraction or exponent that fit an `Int` are ints, other numbers doubles, as ``JSONWriter`` writes them.
struct JSONReader {
  /// What is wrong with the text, and where (1-based; the column counts UTF-8 bytes).
  struct Failure: Error, Equatable {
    let message: String
    let line: Int
    let column: Int
  }

  /// Containers nested deeper than this are refused (a record is a few levels deep; recursion stays bounded).
  static let maxDepth = 256

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index: Int
  private var line: Int
  private var lineStart: Int

  private init(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) {
    self.bytes = bytes
    self.index = 0
    self.line = firstLine
    self.lineStart = 0
  }

  /// The one JSON value `text` holds (white space around it allowed); `firstLine` numbers its first line.
  static func value(_ text: ArraySlice<UInt8>, firstLine: Int = 1) -> Result<JSONValue, Failure> {
    text.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(buffer, firstLine: firstLine)
      do throws(Failure) {
        reader.skipWhitespace()
        let value = try reader.readValue(depth: 0)
        reader.skipWhitespace()
        guard reader.index == buffer.count else { throw reader.failure("text after the JSON value") }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
  }

  // MARK: - Values

  private mutating func readValue(depth: Int) throws(Failure) -> JSONValue {
    guard let byte = peek() else { throw failure("expected a value, found the end") }
    switch byte {
    case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
    case UInt8(ascii: "["): return try readArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
    default: throw failure("expected a value")
    }
  }

  private mutating func readObject(depth: Int) throws(Failure) -> JSONValue {
    guard depth <= Self.maxDepth else { throw failure("nested more than \(Self.maxDepth) levels deep") }
    index += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
      let key = try readString()
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { throw failure("expected ':' after a key") }
      index += 1
      skipWhitespace()
      members.append(JSONMember(key, try readValue(depth: depth)))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return .object(members)
      default: throw failure("expected ',' or '}' in an object")
      }
    }
  }

  private mutating func readArray(depth: Int) throws(Failure) -> JSONValue {
    guard depth <= Self.maxDepth else { throw failure("nested more than \(Self.maxDepth) levels deep") }
    index += 1
    var values: [JSONValue] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      index += 1
      return .array(values)
    }
    while true {
      skipWhitespace()
      values.append(try readValue(depth: depth))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return .array(values)
      default: throw failure("expected ',' or ']' in an array")
      }
    }
  }

  private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { expected in
      index + count <= bytes.count && (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
    }
    guard matches else { throw failure("expected a value") }
    index += count
    return value
  }

  private mutating func readNumber() throws(Failure) -> JSONValue {
    let start = index
    var isInteger = true
    if peek() == UInt8(ascii: "-") { index += 1 }
    guard let first = peek(), ByteClass.isDigit(first) else { throw failure("expected a digit") }
    if first == UInt8(ascii: "0") {
      index += 1
    } else {
      skipDigits()
    }
    if peek() == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard let digit = peek(), ByteClass.isDigit(digit) else { throw failure("expected a digit after '.'") }
      skipDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      guard let digit = peek(), ByteClass.isDigit(digit) else { throw failure("expected a digit in the exponent") }
      skipDigits()
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if isInteger, let value = Int(text) { return .int(value) }
    guard let value = Double(text), value.isFinite else { throw failure("number out of range") }
    return .double(value)
  }

  private mutating func skipDigits() {
    while let byte = peek(), ByteClass.isDigit(byte) { index += 1 }
  }

  // MARK: - Strings

  private mutating func readString() throws(Failure) -> String {
    index += 1
    let start = index
    // The common case, no escape: one validated copy of the bytes.
    while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
      bytes[index] >= 0x20
    {
      index += 1
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
      let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
      guard let text = String(validating: raw, as: UTF8.self) else { throw failure("invalid UTF-8 in a string") }
      index += 1
      return text
    }
    var decoded = Array(bytes[start..<index])
    while true {
      guard let byte = peek() else { throw failure("a string is not closed") }
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        guard let text = String(validating: decoded, as: UTF8.self) else {
          throw failure("invalid UTF-8 in a string")
        }
        return text
      case UInt8(ascii: "\\"):
        index += 1
        try readEscape(into: &decoded)
      case 0..<0x20:
        throw failure("a control character in a string must be escaped")
      default:
        decoded.append(byte)
        index += 1
      }
    }
  }

  private mutating func readEscape(into decoded: inout [UInt8]) throws(Failure) {
    guard let byte = peek() else { throw failure("a string is not closed") }
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
    case UInt8(ascii: "b"): decoded.append(0x08)
    case UInt8(ascii: "f"): decoded.append(0x0C)
    case UInt8(ascii: "n"): decoded.append(0x0A)
    case UInt8(ascii: "r"): decoded.append(0x0D)
    case UInt8(ascii: "t"): decoded.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try readHex()
      if (0xD800..<0xDC00).contains(scalar) {
        guard peek() == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
          throw failure("a \\u escape is half of a surrogate pair")
        }
        index += 2
        let low = try readHex()
        guard (0xDC00..<0xE000).contains(low) else { throw failure("a \\u escape is half of a surrogate pair") }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(scalar) {
        throw failure("a \\u escape is half of a surrogate pair")
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
      decoded += Array(String(Character(unicode)).utf8)
    default:
      throw failure("invalid escape '\\\(Character(Unicode.Scalar(byte)))'")
    }
  }

  private mutating func readHex() throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek() else { throw failure("a \\u escape needs four hex digits") }
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw failure("a \\u escape needs four hex digits")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  // MARK: - Bytes

  private func peek() -> UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private func failure(_ message: String) -> Failure {
    Failure(message: message, line: line, column: index - lineStart + 1)
  }
}

extension JSONReader {
  /// The elements of the JSON array `text` holds, each with the line it starts on; reading stops at the first
  /// syntax error (nothing after it can be told apart), which is returned too.
  static func elements(_ text: ArraySlice<UInt8>) -> (elements: [(line: Int, value: JSONValue)], failure: Failure?) {
    text.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(buffer, firstLine: 1)
      var elements: [(line: Int, value: JSONValue)] = []
      do throws(Failure) {
        reader.skipWhitespace()
        guard reader.peek() == UInt8(ascii: "[") else { throw reader.failure("expected a JSON array") }
        reader.index += 1
        reader.skipWhitespace()
        if reader.peek() == UInt8(ascii: "]") {
          reader.index += 1
        } else {
          while true {
            reader.skipWhitespace()
            let line = reader.line
            elements.append((line, try reader.readValue(depth: 1)))
            reader.skipWhitespace()
            guard let byte = reader.peek(), byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") else {
              throw reader.failure("expected ',' or ']' in an array")
            }
            reader.index += 1
            if byte == UInt8(ascii: "]") { break }
          }
        }
        reader.skipWhitespace()
        guard reader.index == buffer.count else { throw reader.failure("text after the JSON array") }
        return (elements, nil)
      } catch {
        return (elements, error)
      }
    }
  }
}
