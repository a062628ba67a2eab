/// Whether YAML may use an alias as a mapping key, read from its text before Yams composes it.
///
/// Yams checks each mapping for duplicate keys by hashing them, and hashing walks an aliased key in full: a key
/// that is an alias of nested aliases (`? *a9`, a few hundred bytes) takes exponential time inside `Yams.compose`.
/// Aliases elsewhere are cheap to compose (Yams shares the anchored node), and ``FrontMatterReader`` measures the
/// composed tree against its budget before reading it. So only alias keys are turned away here, conservatively:
///
/// - an alias (`*name` where a node may start: at the start of a line, or after `[`, `{`, `,`, `:`, `-` or `?` and
///   white space) followed by `:` — `*a: 1`, `{*a: 1}`;
/// - an alias inside a flow collection that closes on the same line and is followed by `:` — `[*a, *b]: 1`
///   (an implicit key is one line long);
/// - an alias directly inside a flow mapping (`{*a, b}`: an entry without `:` is a key), key or value;
/// - any alias at all when the YAML has an explicit key (`?` where a node may start, not followed by a letter, a
///   digit, `-` or `_`: libyaml reads `[a, ?*b]` as a key too), whose key may span lines.
///
/// A quoted scalar that holds such text is read as if it were YAML syntax; that can only turn away front matter,
/// never let an alias key through.
enum YAMLAliasKeys {
  /// True when some alias in `yaml` may be (part of) a mapping key.
  static func mayHaveAliasKey(_ yaml: String) -> Bool {
    var sawAlias = false
    var sawExplicitKey = false
    var kinds: [UInt8] = []  // the flow collections open, `[` or `{`, across lines
    for line in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      let bytes = Array(line)
      var open: [Int] = []  // the flow collections opened on this line and not yet closed, by position
      var index = 0
      while let byte = byteAt(bytes, index) {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          open.append(index)
          kinds.append(byte)
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          _ = open.popLast()
          _ = kinds.popLast()
        case UInt8(ascii: "?") where startsNode(bytes, at: index) && !isNameByte(byteAt(bytes, index + 1)):
          sawExplicitKey = true
        case UInt8(ascii: "*") where startsNode(bytes, at: index) && isNameByte(byteAt(bytes, index + 1)):
          sawAlias = true
          // In a flow mapping an entry without `:` is a key too (`{*a, b}`): any alias there is taken for one.
          if kinds.last == UInt8(ascii: "{") { return true }
          var end = index + 1
          while isNameByte(byteAt(bytes, end)) { end += 1 }
          if nextNonBlank(bytes, from: end) == UInt8(ascii: ":") { return true }
          if open.contains(where: { closesBeforeColon(bytes, openedAt: $0) }) { return true }
          index = end - 1
        default:
          break
        }
        index += 1
      }
    }
    return sawAlias && sawExplicitKey
  }

  /// Whether the byte at `index` is where a node may start: only spaces or tabs between it and the start of the
  /// line, or one of `[ { , : - ?`.
  private static func startsNode(_ bytes: [UInt8], at index: Int) -> Bool {
    var before = index - 1
    while let byte = byteAt(bytes, before), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { before -= 1 }
    guard let byte = byteAt(bytes, before) else { return true }
    return "[{,:-?".utf8.contains(byte)
  }

  /// Whether the flow collection opened at `start` closes on this line with `:` after it.
  private static func closesBeforeColon(_ bytes: [UInt8], openedAt start: Int) -> Bool {
    var depth = 0
    var index = start
    while let byte = byteAt(bytes, index) {
      if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { depth += 1 }
      if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
        depth -= 1
        if depth == 0 { return nextNonBlank(bytes, from: index + 1) == UInt8(ascii: ":") }
      }
      index += 1
    }
    return false
  }

  private static func nextNonBlank(_ bytes: [UInt8], from start: Int) -> UInt8? {
    var index = start
    while let byte = byteAt(bytes, index), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
    return byteAt(bytes, index)
  }

  /// A byte that may be part of an anchor's name as libyaml reads one (under Yams): a letter, a digit, `-` or `_`.
  private static func isNameByte(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return ByteClass.isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }

  /// The byte at `index`, or nil outside the line.
  private static func byteAt(_ bytes: [UInt8], _ index: Int) -> UInt8? {
    bytes.indices.contains(index) ? bytes[index] : nil
  }
}
