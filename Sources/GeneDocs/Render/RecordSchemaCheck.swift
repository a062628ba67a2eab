/// Checks a record given to `render` against the record's JSON Schema (``GeneRecordSchema``, read at first use),
/// with the keywords of JSON Schema 2020-12 that schema uses.
///
/// Records from other pipelines (a database row, a language model's structured output) have no `source` or
/// `diagnostics`, so those keys may be left out, and `source` needs only its `path`; `gene` and `mentions` (records
/// with gene-table and vocabulary data) are accepted whether or not the schema lists them. Everything that is
/// there is checked as the schema says.
enum RecordSchemaCheck {
  /// Keys a record may leave out, by the JSON pointer of the object holding them.
  static let optional: [String: Set<String>] = [
    "": ["source", "diagnostics", "gene", "mentions"], "/source": ["sha256", "bytes"],
  ]
  /// Keys accepted at the top level even when the schema does not list them.
  static let accepted: Set<String> = ["gene", "mentions"]

  /// The schema, parsed.
  static let schema: [JSONMember] = {
    guard case .success(.object(let members)) = JSONReader.value(Array(GeneRecordSchema.json.utf8)[...]) else {
      return []
    }
    return members
  }()

  /// What is wrong with a record, at most `limit` problems, each `/pointer: what`; empty when it is a record.
  static func problems(_ value: JSONValue, limit: Int = 5) -> [String] {
    var found: [String] = []
    check(value, against: schema, at: "", into: &found, limit: limit)
    return found
  }

  /// Keywords of the schema this check does not know (none, or it would check less than the schema says).
  static func unknownKeywords(in schema: [JSONMember] = schema) -> Set<String> {
    var unknown: Set<String> = []
    for member in schema {
      if !known.contains(member.key) { unknown.insert(member.key) }
      switch (member.key, member.value) {
      case ("properties", .object(let properties)), ("$defs", .object(let properties)):
        for property in properties {
          if case .object(let sub) = property.value { unknown.formUnion(unknownKeywords(in: sub)) }
        }
      case (_, .object(let sub)) where ["items", "additionalProperties", "not"].contains(member.key):
        unknown.formUnion(unknownKeywords(in: sub))
      case (_, .array(let subs)) where ["anyOf", "oneOf", "allOf"].contains(member.key):
        for case .object(let sub) in subs { unknown.formUnion(unknownKeywords(in: sub)) }
      default:
        break
      }
    }
    return unknown
  }

  private static let known: Set<String> = [
    "$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples", "format", "type", "enum",
    "const", "required", "properties", "additionalProperties", "items", "minLength", "maxLength", "pattern",
    "minimum", "maximum", "minItems", "maxItems", "$ref", "anyOf", "oneOf", "allOf", "not",
  ]

  // MARK: - Checking

  private static func check(
    _ value: JSONValue, against schema: [JSONMember], at pointer: String, into found: inout [String], limit: Int
  ) {
    func report(_ message: String) {
      if found.count < limit { found.append("\(pointer.isEmpty ? "/" : pointer): \(message)") }
    }
    for member in schema {
      guard found.count < limit else { return }
      switch (member.key, member.value) {
      case ("type", let types):
        let names = typeNames(types)
        if !names.contains(where: { matches(value, type: $0) }) {
          report("expected \(names.joined(separator: " or ")), found \(describe(value))")
          return
        }
      case ("enum", .array(let options)):
        if !options.contains(where: { same($0, value) }) { report("not one of the values allowed") }
      case ("const", let constant):
        if !same(constant, value) { report("not the value required") }
      case ("required", .array(let keys)):
        guard case .object(let members) = value else { continue }
        for case .string(let key) in keys
        where !members.contains(where: { $0.key == key }) && !(optional[pointer]?.contains(key) ?? false) {
          report("missing key '\(key)'")
        }
      case ("properties", .object(let properties)):
        guard case .object(let members) = value else { continue }
        for item in members {
          guard case .object(let sub) = properties.first(where: { $0.key == item.key })?.value else { continue }
          check(item.value, against: sub, at: pointer + "/" + escaped(item.key), into: &found, limit: limit)
        }
      case ("additionalProperties", let rule):
        guard case .object(let members) = value else { continue }
        let listed =
          schema.first { $0.key == "properties" }.flatMap { member -> [String]? in
            guard case .object(let properties) = member.value else { return nil }
            return properties.map(\.key)
          } ?? []
        for item in members where !listed.contains(item.key) && !(pointer.isEmpty && accepted.contains(item.key)) {
          switch rule {
          case .bool(false): report("unknown key '\(item.key)'")
          case .object(let sub):
            check(item.value, against: sub, at: pointer + "/" + escaped(item.key), into: &found, limit: limit)
          default: break
          }
        }
      case ("items", .object(let sub)):
        guard case .array(let values) = value else { continue }
        for (index, item) in values.enumerated() {
          check(item, against: sub, at: "\(pointer)/\(index)", into: &found, limit: limit)
        }
      case ("minItems", .int(let least)):
        if case .array(let values) = value, values.count < least { report("fewer than \(least) items") }
      case ("maxItems", .int(let most)):
        if case .array(let values) = value, values.count > most { report("more than \(most) items") }
      case ("minLength", .int(let least)):
        if case .string(let text) = value, text.unicodeScalars.count < least {
          report(least == 1 ? "empty" : "shorter than \(least) characters")
        }
      case ("maxLength", .int(let most)):
        if case .string(let text) = value, text.unicodeScalars.count > most { report("longer than \(most) characters") }
      case ("pattern", .string(let pattern)):
        if case .string(let text) = value, !matches(text, pattern: pattern) { report("does not match \(pattern)") }
      case ("minimum", let bound):
        if let actual = number(value), let least = number(bound), actual < least { report("less than \(least)") }
      case ("maximum", let bound):
        if let actual = number(value), let most = number(bound), actual > most { report("more than \(most)") }
      case ("$ref", .string(let reference)):
        if let sub = resolve(reference) { check(value, against: sub, at: pointer, into: &found, limit: limit) }
      case ("allOf", .array(let subs)):
        for case .object(let sub) in subs { check(value, against: sub, at: pointer, into: &found, limit: limit) }
      case ("anyOf", .array(let subs)), ("oneOf", .array(let subs)):
        let passing = subs.count { sub in
          guard case .object(let sub) = sub else { return false }
          var inner: [String] = []
          check(value, against: sub, at: pointer, into: &inner, limit: 1)
          return inner.isEmpty
        }
        if passing == 0 || (member.key == "oneOf" && passing > 1) {
          report(
            member.key == "oneOf" && passing > 1 ? "matches more than one allowed shape" : "matches no shape allowed")
        }
      case ("not", .object(let sub)):
        var inner: [String] = []
        check(value, against: sub, at: pointer, into: &inner, limit: 1)
        if inner.isEmpty { report("matches a shape that is not allowed") }
      default:
        break
      }
    }
  }

  // MARK: - Helpers

  private static func typeNames(_ types: JSONValue) -> [String] {
    switch types {
    case .string(let name): return [name]
    case .array(let names):
      return names.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
    default: return []
    }
  }

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

  /// `#/$defs/name` (or any `#/…` pointer) in the schema.
  private static func resolve(_ reference: String) -> [JSONMember]? {
    guard reference.hasPrefix("#/") else { return nil }
    var current = JSONValue.object(schema)
    for part in reference.dropFirst(2).split(separator: "/") {
      let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
      guard case .object(let members) = current, let next = members.first(where: { $0.key == key })?.value else {
        return nil
      }
      current = next
    }
    guard case .object(let members) = current else { return nil }
    return members
  }

  private static func escaped(_ key: String) -> String {
    key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }

  /// Whether `text` matches a schema pattern (ECMA-262 syntax, which the schema's patterns share with Swift's).
  private static func matches(_ text: String, pattern: String) -> Bool {
    guard let regex = patterns[pattern] ?? (try? Regex(pattern)) else { return true }
    return text.contains(regex)
  }

  /// The schema's patterns, compiled once.
  private nonisolated(unsafe) static let patterns: [String: Regex<AnyRegexOutput>] = {
    var compiled: [String: Regex<AnyRegexOutput>] = [:]
    func collect(_ value: JSONValue) {
      switch value {
      case .object(let members):
        for member in members {
          if member.key == "pattern", case .string(let pattern) = member.value {
            compiled[pattern] = try? Regex(pattern)
          }
          collect(member.value)
        }
      case .array(let values): values.forEach(collect)
      default: break
      }
    }
    collect(.object(schema))
    return compiled
  }()
}
