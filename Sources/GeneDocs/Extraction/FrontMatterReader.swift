import Yams

/// Reads YAML front matter with Yams into ``FrontMatter``.
enum FrontMatterReader {
  /// The reason front matter could not be read, with the line it points at.
  struct Failure: Error {
    let message: String
    let line: Int
  }

  /// Reads a block; fails when the YAML does not parse or is not a mapping.
  static func read(_ block: FrontMatterBlock) -> Result<FrontMatter, Failure> {
    // Scalars are typed lazily (see `coreSchemaTag`) unless the YAML may hold an explicit tag (`!`).
    let typing: Typing = block.yaml.utf8.contains(UInt8(ascii: "!")) ? .byYams : .lazily
    // Without both an anchor (`&`) and an alias (`*`) YAML cannot expand at all.
    let mayExpand = block.yaml.utf8.contains(UInt8(ascii: "&")) && block.yaml.utf8.contains(UInt8(ascii: "*"))
    if mayExpand && YAMLAliasKeys.mayHaveAliasKey(block.yaml) {
      return .failure(
        Failure(
          message: "front matter uses a YAML alias as a mapping key, which can expand without bound (an alias bomb)",
          line: block.firstYAMLLine))
    }
    let node: Node?
    do {
      node = try compose(block.yaml, typing)
    } catch {
      return .failure(
        Failure(message: describe(error), line: min(block.firstYAMLLine + errorLine(error), block.lastYAMLLine)))
    }
    guard let node else { return .success(FrontMatter()) }
    if mayExpand && expandsTooFar(node, yamlLength: block.yaml.utf8.count) {
      return .failure(
        Failure(
          message: "front matter expands through YAML aliases to far more than its own text (an alias bomb)",
          line: block.firstYAMLLine))
    }
    guard case .mapping(let mapping) = node else {
      return .failure(Failure(message: "front matter is not a mapping of keys to values", line: block.firstYAMLLine))
    }
    var frontMatter = FrontMatter()
    for (keyNode, valueNode) in mapping {
      let key = keyNode.string ?? String(describing: keyNode)
      switch key {
      case "symbol" where nonEmptyString(valueNode) != nil:
        frontMatter.symbol = nonEmptyString(valueNode)
        frontMatter.symbolLine = min(
          block.firstYAMLLine + max((keyNode.mark?.line ?? 1) - 1, 0), block.lastYAMLLine)
      case "name" where nonEmptyString(valueNode) != nil:
        frontMatter.name = nonEmptyString(valueNode)
      case "aliases":
        frontMatter.aliases = aliases(valueNode)
      default:
        frontMatter.metadata.append(JSONMember(key, jsonValue(valueNode, typing)))
      }
    }
    return .success(frontMatter)
  }

  // MARK: - Typing

  /// How plain scalars get their core-schema type.
  enum Typing {
    /// Yams' default resolver types every scalar while composing (keys too, to check for duplicates).
    case byYams
    /// Composed with `Resolver.basic` (no rules); a metadata value is typed by `Resolver.default` when read, and
    /// only when its first byte can start a typed value.
    ///
    /// Yams types scalars with `NSRegularExpression`, seven patterns a scalar: with every scalar typed while
    /// composing, front matter (on 8% of documents) was 6% of a `--jobs 1` batch profile of 50,000 documents.
    case lazily
  }

  /// Composes YAML. Lazily typed keys are all strings, so `1` and `'1'` are duplicates that Yams' typing tells
  /// apart: a duplicate-key error is checked again with Yams' typing.
  private static func compose(_ yaml: String, _ typing: Typing) throws -> Node? {
    guard case .lazily = typing else { return try Yams.compose(yaml: yaml, .default, constructor, .utf8) }
    do {
      return try Yams.compose(yaml: yaml, .basic, constructor, .utf8)
    } catch YamlError.duplicatedKeysInMapping {
      return try Yams.compose(yaml: yaml, .default, constructor, .utf8)
    }
  }

  /// Yams' default constructor, built once: `Constructor.default` builds three dictionaries of closures on every use
  /// (12,000 instructions a front matter). Composing never calls it, and it holds only constants, so threads share it.
  private nonisolated(unsafe) static let constructor = Constructor.default

  /// The first bytes that can start a value the default resolver types (bool, int, float, merge, null, timestamp,
  /// value): `yes`/`no`/`true`/`false`/`on`/`off`, signs, digits, `.inf`, `<<`, `~`/`null`, `=`.
  private static let typedFirstBytes: Set<UInt8> = Set("yYnNtTfFoO+-0123456789.<~=".utf8)

  /// The tag Yams' default resolver gives a plain, implicitly tagged scalar.
  ///
  /// The commonest typed values (`true`, `3`, `2024-08-29`) are recognized here first, by the same rules Yams
  /// applies in the same order (bool, then int, …, then timestamp); anything else goes to `Resolver.default`.
  /// `NSRegularExpression` for those values was still 1.8% of the instructions of a batch run (callgrind).
  static func coreSchemaTag(_ text: String) -> Tag.Name {
    guard let first = text.utf8.first else { return Resolver.default.resolveTag(of: Node(text)) }
    guard typedFirstBytes.contains(first) else { return .str }
    if boolWords.contains(text) { return .bool }
    let bytes = Array(text.utf8)
    if isDecimalInteger(bytes) { return .int }
    if isDate(bytes) { return .timestamp }
    return Resolver.default.resolveTag(of: Node(text))
  }

  /// Every word Yams' bool rule matches (`^(?:yes|Yes|YES|no|No|NO|true|…|OFF)$`).
  private static let boolWords: Set<String> = [
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off",
    "Off", "OFF",
  ]

  /// `[-+]?(?:0|[1-9][0-9]*)`, which Yams' int rule matches (its bool rule never does).
  private static func isDecimalInteger(_ bytes: [UInt8]) -> Bool {
    let digits = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
    guard let lead = digits.first, digits.allSatisfy(ByteClass.isDigit) else { return false }
    return lead != UInt8(ascii: "0") || digits.count == 1
  }

  /// `[0-9]{4}-[0-9]{2}-[0-9]{2}`, which only Yams' timestamp rule matches.
  private static func isDate(_ bytes: [UInt8]) -> Bool {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
    return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { ByteClass.isDigit(bytes[$0]) }
  }

  // MARK: - Alias expansion

  /// The least expansion allowed, in values plus scalar bytes, however short the front matter.
  static let minimumExpansionBudget = 1 << 16

  /// Whether the composed YAML, every alias expanded, holds more than its budget (one a value plus each scalar's
  /// UTF-8 bytes): four times the YAML's own length, at least ``minimumExpansionBudget``.
  ///
  /// Yams resolves an alias to the anchored node itself, so a few hundred bytes of YAML can name a tree of billions
  /// of values ("billion laughs"), or a long string repeated ten thousand times; converting that to JSON would take
  /// unbounded time and memory. Composing it is cheap (the anchored node is shared, not copied), so the tree is
  /// walked, counting, and the walk stops as soon as the count passes the budget. (An alias used as a key is turned
  /// away before composing: ``YAMLAliasKeys``.) Without aliases YAML never holds more than its own length.
  private static func expandsTooFar(_ root: Node, yamlLength: Int) -> Bool {
    let budget = max(4 * yamlLength, minimumExpansionBudget)
    var size = 0
    var pending = [root]
    while let node = pending.popLast() {
      size += 1
      switch node {
      case .scalar(let scalar): size += scalar.string.utf8.count
      case .sequence(let sequence): pending.append(contentsOf: sequence)
      case .mapping(let mapping):
        for (key, value) in mapping {
          pending.append(key)
          pending.append(value)
        }
      case .alias: break
      }
      if size > budget { return true }
    }
    return false
  }

  // MARK: - Values

  private static func nonEmptyString(_ node: Node) -> String? {
    guard case .scalar(let scalar) = node else { return nil }
    let text = scalar.string.trimmingWhitespace()
    return text.isEmpty ? nil : text
  }

  private static func aliases(_ node: Node) -> [String] {
    switch node {
    case .sequence(let sequence):
      return sequence.compactMap { nonEmptyString($0) }
    case .scalar(let scalar):
      return scalar.string.split(whereSeparator: { $0 == "," || $0 == ";" })
        .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    default:
      return []
    }
  }

  /// A YAML node as JSON, scalars typed by YAML's core schema (`true`, `3`, `2.5`, `null`), others as strings.
  static func jsonValue(_ node: Node, _ typing: Typing) -> JSONValue {
    switch node {
    case .scalar(let scalar):
      if scalar.style != .plain && scalar.style != .any { return .string(scalar.string) }
      let tag: Tag.Name
      switch typing {
      case .byYams: tag = Tag.Name(rawValue: node.tag.rawValue)
      case .lazily: tag = coreSchemaTag(scalar.string)
      }
      switch tag {
      case .null: return .null
      case .bool: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
      case .int: return node.int.map(JSONValue.int) ?? .string(scalar.string)
      case .float:
        guard let value = node.float, value.isFinite else { return .string(scalar.string) }
        return .double(value)
      default: return .string(scalar.string)
      }
    case .sequence(let sequence):
      return .array(sequence.map { jsonValue($0, typing) })
    case .mapping(let mapping):
      return .object(
        mapping.map { JSONMember($0.key.string ?? String(describing: $0.key), jsonValue($0.value, typing)) })
    case .alias:
      return .null
    }
  }

  // MARK: - Errors

  private static func describe(_ error: any Error) -> String {
    let text = String(describing: error)
    let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
    return "front matter is not valid YAML: \(firstLine.trimmingWhitespace())"
  }

  private static func errorLine(_ error: any Error) -> Int {
    guard let yamlError = error as? YamlError else { return 0 }
    switch yamlError {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return max(mark.line - 1, 0)
    default:
      return 0
    }
  }
}
