import CByteScan

/// Writes JSON text into a byte buffer, objects' keys in the order they are written.
///
/// Hand-written rather than `JSONEncoder` because SPEC §2 fixes the key order (JSONEncoder promises none) and
/// because it is on the hot path of batch conversion (see Benchmarks/README.md for the figures).
package struct JSONWriter {
  /// The bytes written so far.
  package private(set) var bytes: [UInt8] = []
  private let pretty: Bool
  private var depth = 0
  private var needsComma = false

  /// Creates a writer; `pretty` indents by two spaces (starting at `indentLevel`), otherwise the output is one line.
  package init(pretty: Bool, indentLevel: Int = 0, reservingCapacity capacity: Int = 4096) {
    self.pretty = pretty
    self.depth = indentLevel
    bytes.reserveCapacity(capacity)
  }

  /// The bytes written, then `terminator` when given, leaving the writer empty: the buffer moves out without a copy
  /// (appending to a copy of ``bytes`` while the writer still held it copied every record).
  package mutating func takeBytes(appending terminator: UInt8? = nil) -> [UInt8] {
    if let terminator { bytes.append(terminator) }
    defer { bytes = [] }
    return bytes
  }

  // MARK: - Structure

  /// Opens an object; `key` names it inside an enclosing object.
  package mutating func beginObject(key: String? = nil) { open(UInt8(ascii: "{"), key: key.map(Key.text)) }
  /// Closes an object.
  package mutating func endObject() { close(UInt8(ascii: "}")) }
  /// Opens an array; `key` names it inside an enclosing object.
  package mutating func beginArray(key: String? = nil) { open(UInt8(ascii: "["), key: key.map(Key.text)) }
  /// Closes an array.
  package mutating func endArray() { close(UInt8(ascii: "]")) }

  // MARK: - Values

  /// Writes a string, or null.
  package mutating func string(_ value: String?, key: String? = nil) { string(value, key.map(Key.text)) }

  /// Writes an integer.
  package mutating func int(_ value: Int, key: String? = nil) { int(value, key.map(Key.text)) }

  /// Writes any JSON value.
  package mutating func value(_ value: JSONValue, key: String? = nil) {
    switch value {
    case .null:
      element(key.map(Key.text))
      append("null")
    case .bool(let flag):
      element(key.map(Key.text))
      append(flag ? "true" : "false")
    case .int(let number):
      int(number, key: key)
    case .double(let number):
      element(key.map(Key.text))
      append(number.isFinite ? "\(number)" : "null")
    case .string(let text):
      string(text, key: key)
    case .array(let values):
      beginArray(key: key)
      for item in values { self.value(item) }
      endArray()
    case .object(let members):
      beginObject(key: key)
      for member in members { self.value(member.value, key: member.key) }
      endObject()
    }
  }

  // MARK: - Literal keys

  // The record's own keys are literals that need no escaping: written as they are, they skip the escape scan and a
  // `String` each (keys were 2.7% of a 2,000-document callgrind profile).

  /// Writes a string, or null, under a literal key.
  mutating func string(_ value: String?, literalKey key: StaticString) { string(value, .literal(key)) }

  /// Writes an integer under a literal key.
  mutating func int(_ value: Int, literalKey key: StaticString) { int(value, .literal(key)) }

  /// Writes a Boolean under a literal key.
  mutating func bool(_ value: Bool, literalKey key: StaticString) {
    element(.literal(key))
    append(value ? "true" : "false")
  }

  /// Writes null under a literal key.
  mutating func null(literalKey key: StaticString) {
    element(.literal(key))
    append("null")
  }

  /// Opens an object under a literal key.
  mutating func beginObject(literalKey key: StaticString) { open(UInt8(ascii: "{"), key: .literal(key)) }

  /// Opens an array under a literal key.
  mutating func beginArray(literalKey key: StaticString) { open(UInt8(ascii: "["), key: .literal(key)) }

  // MARK: - Escaping

  private static let hex = Array("0123456789abcdef".utf8)

  /// Appends a JSON string literal: quotes, backslash and control characters escaped; other text as UTF-8.
  package static func appendQuoted(_ value: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      var index = 0
      while index < utf8.count {
        index = nextEscape(utf8, from: index)
        guard index < utf8.count else { break }
        let byte = utf8[index]
        defer { index += 1 }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
        default:
          output.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// The offset of the first byte at or after `start` that needs escaping (`"`, `\`, a control character), or
  /// `utf8.count`. Sixteen bytes at a time in C (`gd_next_json_escape`, SSE2): a byte-by-byte loop was 3.4% of a
  /// `--jobs 1` JSON Lines batch profile, eight bytes at a time in a `UInt64` still 2.6% of its instructions.
  private static func nextEscape(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = utf8.baseAddress else { return utf8.count }
    return gd_next_json_escape(base, utf8.count, start)
  }

  // MARK: - Layout

  private mutating func string(_ value: String?, _ key: Key?) {
    element(key)
    guard let value else { return append("null") }
    Self.appendQuoted(value, to: &bytes)
  }

  private mutating func int(_ value: Int, _ key: Key?) {
    element(key)
    append(String(value))
  }

  /// A member's key: text to escape, or a literal that needs none.
  private enum Key {
    case text(String)
    case literal(StaticString)
  }

  private mutating func open(_ bracket: UInt8, key: Key?) {
    element(key)
    bytes.append(bracket)
    depth += 1
    needsComma = false
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if needsComma { newline() }
    bytes.append(bracket)
    needsComma = true
  }

  private mutating func element(_ key: Key?) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    if pretty, needsComma || bytes.last == UInt8(ascii: "{") || bytes.last == UInt8(ascii: "[") { newline() }
    needsComma = true
    switch key {
    case nil:
      return
    case .text(let text):
      Self.appendQuoted(text, to: &bytes)
    case .literal(let literal):
      literal.withUTF8Buffer { utf8 in
        assert(gd_next_json_escape(utf8.baseAddress!, utf8.count, 0) == utf8.count, "a literal key needs no escaping")
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
      }
    }
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(UInt8(ascii: " ")) }
  }

  private mutating func newline() {
    guard pretty else { return }
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
  }

  private mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }
}
