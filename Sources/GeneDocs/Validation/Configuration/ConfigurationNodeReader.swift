import Yams

/// Reads the parts of a `.gene2json.yml` YAML tree, naming the key and line of anything that is wrong.
struct ConfigurationNodeReader {
  /// A mapping key: its text and its node, for positions.
  struct Key {
    let name: String
    let node: Node
  }

  /// The configuration file's path, for errors.
  let path: String

  // MARK: - Shapes

  /// The members of a mapping, in order; fails on another shape. (Yams itself rejects a repeated key.)
  func mapping(_ node: Node, named name: String) throws(ValidationSetupError) -> [(Key, Node)] {
    guard case .mapping(let mapping) = node else {
      throw failure(at: node, "\(name) must be a mapping of keys to values")
    }
    var members: [(Key, Node)] = []
    for (keyNode, value) in mapping {
      guard case .scalar(let scalar) = keyNode else { throw failure(at: keyNode, "a key in \(name) is not text") }
      members.append((Key(name: scalar.string, node: keyNode), value))
    }
    return members
  }

  /// A non-empty string value.
  func string(_ node: Node, key: Key, in parent: String? = nil) throws(ValidationSetupError) -> String {
    guard case .scalar(let scalar) = node, !scalar.string.trimmingWhitespace().isEmpty else {
      throw failure(at: node, "'\(dotted(key, parent))' must be a non-empty string")
    }
    return scalar.string.trimmingWhitespace()
  }

  /// A non-empty string, or a list of them.
  func strings(_ node: Node, key: Key, in parent: String? = nil) throws(ValidationSetupError) -> [String] {
    guard case .sequence(let sequence) = node else { return [try string(node, key: key, in: parent)] }
    var values: [String] = []
    for item in sequence { values.append(try string(item, key: key, in: parent)) }
    return values
  }

  // MARK: - Sections

  /// `rules:` — each code or rule name set to off, warning or error (`false` is off, `true` the default severity).
  func rules(_ node: Node, key: Key) throws(ValidationSetupError) -> [DiagnosticCode: RuleSetting] {
    var rules: [DiagnosticCode: RuleSetting] = [:]
    for (ruleKey, value) in try mapping(node, named: "'rules'") {
      guard let code = DiagnosticCode(codeOrRuleName: ruleKey.name) else {
        throw failure(
          at: ruleKey.node,
          "unknown rule '\(ruleKey.name)' under 'rules' (use a code such as GD103 or a rule name such as "
            + "unknown-section)")
      }
      guard rules[code] == nil else {
        throw failure(at: ruleKey.node, "rule \(code.rawValue) (\(code.ruleName)) is set twice under 'rules'")
      }
      let text = try string(value, key: ruleKey, in: "rules").lowercased()
      switch text {
      case "false": rules[code] = .off
      case "true": rules[code] = code.defaultSeverity == .error ? .error : .warning
      default:
        guard let setting = RuleSetting(rawValue: text) else {
          throw failure(
            at: value, "'rules.\(ruleKey.name)' is '\(text)', not a rule setting (use off, warning or error)")
        }
        rules[code] = setting
      }
    }
    return rules
  }

  /// `headings:` — extra headings for summary, associations and pharmacogenetics: a string or a list of them.
  func headings(_ node: Node, key: Key) throws(ValidationSetupError) -> [SectionField: [String]] {
    var aliases: [SectionField: [String]] = [:]
    for (fieldKey, value) in try mapping(node, named: "'headings'") {
      guard let field = SectionField(rawValue: fieldKey.name) else {
        throw failure(
          at: fieldKey.node,
          "unknown field '\(fieldKey.name)' under 'headings' (expected summary, associations or pharmacogenetics)")
      }
      aliases[field] = try strings(value, key: fieldKey, in: "headings")
    }
    return aliases
  }

  // MARK: - Errors

  /// An error at a node's line and column.
  func failure(at node: Node, _ message: String) -> ValidationSetupError {
    ValidationSetupError(path: path, line: node.mark?.line, column: node.mark?.column, message: message)
  }

  private func dotted(_ key: Key, _ parent: String?) -> String {
    parent.map { "\($0).\(key.name)" } ?? key.name
  }
}
