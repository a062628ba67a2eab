/// Writes a record's identity and metadata as YAML front matter that ``FrontMatterReader`` (Yams) reads back as
/// exactly the same values: keys in the record's order, `aliases` as a block list, collections inside the metadata
/// in flow style (`[a, b]`, `{k: v}`), strings plain when YAML reads them back as the same string, else
/// double-quoted with escapes, numbers written as Swift writes them (the shortest text that reads back as the same
/// `Double`).
///
/// Written by hand, not with `Yams.serialize`: building Yams nodes and emitting them through libyaml, with Yams
/// typing every scalar by seven regular expressions, was a third of a `render` profile (16.5% after the typing was
/// taken off it); this writer is a few string appends a record. `Tests/GeneDocsTests/Render` read every kind of
/// value back through ``FrontMatterReader``.
enum FrontMatterWriter {
  /// `---`, `symbol` and `name` (when not null), `aliases`, the metadata, `---`; each line ends with LF.
  static func frontMatter(symbol: String?, name: String?, aliases: [String], metadata: [JSONMember]) -> [UInt8] {
    var yaml = "---\n"
    // Front matter whose `symbol:` or `name:` held no text kept the key in the metadata (FrontMatterReader does so);
    // such a key is written there, in its place, and the identity key is not.
    let keys = Set(metadata.map(\.key))
    if let symbol, !keys.contains("symbol") { yaml += "symbol: \(scalar(symbol, flow: false))\n" }
    if let name, !keys.contains("name") { yaml += "name: \(scalar(name, flow: false))\n" }
    if aliases.isEmpty {
      yaml += "aliases: []\n"
    } else {
      yaml += "aliases:\n"
      for alias in aliases { yaml += "- \(scalar(alias, flow: false))\n" }
    }
    for member in metadata {
      // An empty value, not `null`: `symbol: null` would be read as the symbol "null".
      let isIdentity = member.key == "symbol" || member.key == "name"
      let written = isIdentity && member.value == .null ? "" : " " + value(member.value, flow: false)
      yaml += "\(scalar(member.key, flow: false)):\(written)\n"
    }
    yaml += "---\n"
    return Array(yaml.utf8)
  }

  private static func value(_ value: JSONValue, flow: Bool) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    case .double(let number): return number.description
    case .string(let text): return scalar(text, flow: flow)
    case .array(let values): return "[" + values.map { self.value($0, flow: true) }.joined(separator: ", ") + "]"
    case .object(let members):
      return "{"
        + members.map { "\(scalar($0.key, flow: true)): \(self.value($0.value, flow: true))" }
        .joined(separator: ", ") + "}"
    }
  }

  // MARK: - Strings

  /// A string as a YAML scalar that reads back as this string.
  static func scalar(_ text: String, flow: Bool) -> String {
    isPlain(text, flow: flow) ? text : quoted(text)
  }

  /// Whether a string can be written plain: letters (any script), digits, spaces inside and a few punctuation
  /// marks that mean nothing in YAML there, and a text YAML does not read as a number, a boolean, null or a date.
  static func isPlain(_ text: String, flow: Bool) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
    guard ByteClass.isAlphanumeric(first) || first >= 0x80 || first == UInt8(ascii: "(") else { return false }
    var hasDigit = false
    for byte in bytes {
      if ByteClass.isDigit(byte) { hasDigit = true }
      guard byte >= 0x80 ? true : plainASCII[Int(byte)] || (!flow && byte == UInt8(ascii: ",")) else { return false }
    }
    if text.unicodeScalars.contains(where: {
      ($0.value >= 0x80 && $0.value <= 0xA0) || unsafeScalars.contains($0.value)
    }) {
      return false
    }
    // Without a digit YAML types only these words; with one, only text made of what numbers and dates are made of
    // can be typed (asking the reader's own typing for the rest cost a regular expression a name like `Tubulin 4`).
    guard hasDigit else { return !typedWords.contains(text) }
    guard bytes.allSatisfy({ $0 < 0x80 && numeric[Int($0)] }) else { return true }
    return FrontMatterReader.coreSchemaTag(text) == .str
  }

  /// ASCII that may appear in a plain scalar here.
  private static let plainASCII: [Bool] = (0..<128).map { byte in
    ByteClass.isAlphanumeric(UInt8(byte)) || " ._-/()+'".utf8.contains(UInt8(byte))
  }

  /// The bytes YAML's numbers, dates and times are written with (`0x1F`, `0o17`, `1e-3`, `1:30`, `2024-01-01T10:00Z`).
  private static let numeric: [Bool] = (0..<128).map { byte in
    ByteClass.isDigit(UInt8(byte)) || "+-._: \tabcdefABCDEFxXoOtTzZ".utf8.contains(UInt8(byte))
  }

  /// Line and paragraph separators and the byte-order mark, which YAML reads as breaks or drops.
  private static let unsafeScalars: Set<UInt32> = [0x2028, 0x2029, 0xFEFF]

  /// The words without a digit that Yams' default resolver types (bool, null, merge, value; `.inf` and `.nan` are
  /// not plain here, as they start with a dot).
  private static let typedWords: Set<String> = [
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off",
    "Off", "OFF", "null", "Null", "NULL",
  ]

  /// A double-quoted scalar: `\` and `"` escaped, control characters, DEL, the C1 block (NEL), the line and
  /// paragraph separators and U+FEFF as `\uXXXX`.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value <= 0x9F) || unsafeScalars.contains(value) {
          let hex = String(value, radix: 16, uppercase: true)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
