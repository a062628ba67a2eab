/// One schema of ``RecordSchemaCheck``, compiled from its JSON once: its keywords parsed into fields, so that
/// checking a record does not read the schema's JSON again (walking it for every value was 13% of a `render`
/// profile).
final class SchemaNode: Sendable {
  /// `additionalProperties`.
  enum Additional: Sendable {
    case allowed
    case forbidden
    case schema(SchemaNode)
  }

  let types: [String]?
  let allowedValues: [JSONValue]?
  let constant: JSONValue?
  let required: [String]
  let properties: [String: SchemaNode]
  let additional: Additional
  let items: SchemaNode?
  let minLength: Int?
  let maxLength: Int?
  let minItems: Int?
  let maxItems: Int?
  let minimum: Double?
  let maximum: Double?
  let pattern: SchemaPattern?
  /// A `$ref` (`#/…`), followed when checking (schemas may refer to themselves).
  let reference: String?
  let allOf: [SchemaNode]
  let anyOf: [SchemaNode]
  let oneOf: [SchemaNode]
  let not: SchemaNode?

  /// Compiles a schema object.
  init(_ members: [JSONMember]) {
    func value(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
    func node(_ key: String) -> SchemaNode? {
      guard case .object(let sub) = value(key) else { return nil }
      return SchemaNode(sub)
    }
    func nodes(_ key: String) -> [SchemaNode] {
      guard case .array(let subs) = value(key) else { return [] }
      return subs.compactMap { if case .object(let sub) = $0 { return SchemaNode(sub) } else { return nil } }
    }
    func integer(_ key: String) -> Int? {
      if case .int(let number) = value(key) { return number }
      return nil
    }
    switch value("type") {
    case .string(let name): types = [name]
    case .array(let names):
      types = names.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
    default: types = nil
    }
    if case .array(let options) = value("enum") { allowedValues = options } else { allowedValues = nil }
    constant = value("const")
    if case .array(let keys) = value("required") {
      required = keys.compactMap { if case .string(let key) = $0 { return key } else { return nil } }
    } else {
      required = []
    }
    var properties: [String: SchemaNode] = [:]
    if case .object(let listed) = value("properties") {
      for property in listed {
        if case .object(let sub) = property.value { properties[property.key] = SchemaNode(sub) }
      }
    }
    self.properties = properties
    switch value("additionalProperties") {
    case .bool(false): additional = .forbidden
    case .object(let sub): additional = .schema(SchemaNode(sub))
    default: additional = .allowed
    }
    items = node("items")
    (minLength, maxLength, minItems, maxItems) =
      (integer("minLength"), integer("maxLength"), integer("minItems"), integer("maxItems"))
    minimum = value("minimum").flatMap(Self.number)
    maximum = value("maximum").flatMap(Self.number)
    if case .string(let text) = value("pattern") { pattern = SchemaPattern(text) } else { pattern = nil }
    if case .string(let text) = value("$ref") { reference = text } else { reference = nil }
    (allOf, anyOf, oneOf, not) = (nodes("allOf"), nodes("anyOf"), nodes("oneOf"), node("not"))
  }

  /// One step of a JSON pointer: an object's key or an array's index.
  enum Step {
    case key(String)
    case index(Int)
  }

  /// The problems of `value` here (at the JSON pointer `path` spells), each `/pointer: what`, added to `found` up to
  /// `limit`. The pointer is made into text only for a problem, and for the objects `rules.optional` can name (at
  /// most one step deep): building it for every value was a tenth of a `render` profile.
  func check(
    _ value: JSONValue, at path: inout [Step], into found: inout [String], limit: Int, rules: RecordSchemaCheck.Rules
  ) {
    func report(_ message: String) {
      if found.count < limit {
        let pointer = Self.pointer(path)
        found.append("\(pointer.isEmpty ? "/" : pointer): \(message)")
      }
    }
    if let types, !types.contains(where: { Self.matches(value, type: $0) }) {
      report("expected \(types.joined(separator: " or ")), found \(Self.describe(value))")
      return
    }
    if let allowedValues, !allowedValues.contains(where: { Self.same($0, value) }) {
      report("not one of the values allowed")
    }
    if let constant, !Self.same(constant, value) { report("not the value required") }
    switch value {
    case .object(let members):
      let optional = path.count <= 1 ? rules.optional[Self.pointer(path)] : nil
      for key in required where !members.contains(where: { $0.key == key }) && !(optional?.contains(key) ?? false) {
        report("missing key '\(key)'")
      }
      for member in members {
        guard found.count < limit else { return }
        if let sub = properties[member.key] {
          path.append(.key(member.key))
          sub.check(member.value, at: &path, into: &found, limit: limit, rules: rules)
          path.removeLast()
        } else if !(path.isEmpty && rules.accepted.contains(member.key)) {
          switch additional {
          case .forbidden: report("unknown key '\(member.key)'")
          case .schema(let sub):
            path.append(.key(member.key))
            sub.check(member.value, at: &path, into: &found, limit: limit, rules: rules)
            path.removeLast()
          case .allowed: break
          }
        }
      }
    case .array(let values):
      if let minItems, values.count < minItems { report("fewer than \(minItems) items") }
      if let maxItems, values.count > maxItems { report("more than \(maxItems) items") }
      if let items {
        for (index, item) in values.enumerated() where found.count < limit {
          path.append(.index(index))
          items.check(item, at: &path, into: &found, limit: limit, rules: rules)
          path.removeLast()
        }
      }
    case .string(let text):
      if let minLength, text.unicodeScalars.count < minLength {
        report(minLength == 1 ? "empty" : "shorter than \(minLength) characters")
      }
      if let maxLength, text.unicodeScalars.count > maxLength { report("longer than \(maxLength) characters") }
      if let pattern, !pattern.matches(text) { report("does not match \(pattern.text)") }
    case .int, .double:
      let number = Self.number(value) ?? 0
      if let minimum, number < minimum { report("less than \(minimum)") }
      if let maximum, number > maximum { report("more than \(maximum)") }
    default:
      break
    }
    if let reference, let sub = rules.resolve(reference) {
      sub.check(value, at: &path, into: &found, limit: limit, rules: rules)
    }
    for sub in allOf { sub.check(value, at: &path, into: &found, limit: limit, rules: rules) }
    for (key, subs) in [("anyOf", anyOf), ("oneOf", oneOf)] where !subs.isEmpty {
      let passing = subs.count { $0.passes(value, at: &path, rules: rules) }
      if passing == 0 { report("matches no shape allowed") }
      if key == "oneOf" && passing > 1 { report("matches more than one allowed shape") }
    }
    if let not, not.passes(value, at: &path, rules: rules) { report("matches a shape that is not allowed") }
  }

  private func passes(_ value: JSONValue, at path: inout [Step], rules: RecordSchemaCheck.Rules) -> Bool {
    var inner: [String] = []
    check(value, at: &path, into: &inner, limit: 1, rules: rules)
    return inner.isEmpty
  }

  /// The JSON pointer a path spells (`""` for the root).
  static func pointer(_ path: [Step]) -> String {
    path.reduce(into: "") { pointer, step in
      switch step {
      case .key(let key): pointer += "/" + escaped(key)
      case .index(let index): pointer += "/\(index)"
      }
    }
  }

  // MARK: - Helpers

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
    case ("integer", .int), ("number", .int), ("number", .double): return true
    case ("integer", .double(let number)): return number.rounded() == number
    default: return false
    }
  }

  private static func describe(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool: return "a boolean"
    case .int, .double: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// JSON equality, numbers compared by value.
  private static func same(_ left: JSONValue, _ right: JSONValue) -> Bool {
    if let left = number(left), let right = number(right) { return left == right }
    return left == right
  }

  private static func number(_ value: JSONValue) -> Double? {
    switch value {
    case .int(let number): return Double(number)
    case .double(let number): return number
    default: return nil
    }
  }

  /// A key as a JSON pointer step (`~` and `/` escaped; most keys have neither, and are returned as they are).
  private static func escaped(_ key: String) -> String {
    guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
    return key.reduce(into: "") { escaped, character in
      switch character {
      case "~": escaped += "~0"
      case "/": escaped += "~1"
      default: escaped.append(character)
      }
    }
  }
}
