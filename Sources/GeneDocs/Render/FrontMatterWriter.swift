import Yams

/// Writes a record's identity and metadata as YAML front matter with Yams, so that ``FrontMatterReader`` reads
/// back exactly the same values: strings that YAML would type (`true`, `3`, `null`, `2024-01-01`) are quoted, strings
/// with line ends, control characters or surrounding white space double-quoted, numbers written as Swift writes
/// them (the shortest text that reads back as the same `Double`), keys in the record's order.
enum FrontMatterWriter {
  /// `---`, `symbol` and `name` (when not null), `aliases`, the metadata, `---`; each line ends with LF.
  static func frontMatter(symbol: String?, name: String?, aliases: [String], metadata: [JSONMember]) throws -> [UInt8] {
    var pairs: [(Node, Node)] = []
    if let symbol { pairs.append((Node("symbol"), string(symbol))) }
    if let name { pairs.append((Node("name"), string(name))) }
    pairs.append((Node("aliases"), Node(aliases.map(string))))
    for member in metadata { pairs.append((string(member.key), node(member.value))) }
    let yaml = try Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
    return Array("---\n".utf8) + Array(yaml.utf8) + Array("---\n".utf8)
  }

  private static func node(_ value: JSONValue) -> Node {
    switch value {
    case .null: return Node("null")
    case .bool(let flag): return Node(flag ? "true" : "false")
    case .int(let number): return Node(String(number))
    case .double(let number): return Node(number.description)
    case .string(let text): return string(text)
    case .array(let values): return Node(values.map(node))
    case .object(let members): return Node(members.map { (string($0.key), node($0.value)) })
    }
  }

  /// A string scalar that reads back as this string.
  private static func string(_ text: String) -> Node {
    let plainRisky =
      text.isEmpty || text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
      || text.unicodeScalars.contains { [0x2028, 0x2029, 0xFEFF].contains($0.value) }
      || text.first?.isWhitespace == true || text.last?.isWhitespace == true
    if plainRisky { return .scalar(Node.Scalar(text, Tag(.str), .doubleQuoted)) }
    return .scalar(text.represented())
  }
}
