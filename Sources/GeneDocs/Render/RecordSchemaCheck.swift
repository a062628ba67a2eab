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

  /// What the check allows beyond the schema, and how it finds `$ref` targets.
  struct Rules: Sendable {
    /// Keys that may be left out, by the JSON pointer of their object.
    let optional: [String: Set<String>]
    /// Keys accepted at the top level even when the schema does not list them.
    let accepted: Set<String>
    /// The schemas `#/…` references name, compiled.
    let references: [String: SchemaNode]

    func resolve(_ reference: String) -> SchemaNode? { references[reference] }
  }

  /// The schema, compiled, and its rules.
  private static let compiled: (root: SchemaNode, rules: Rules) = {
    var references: [String: SchemaNode] = [:]
    if case .object(let definitions) = schema.first(where: { $0.key == "$defs" })?.value {
      for definition in definitions {
        if case .object(let sub) = definition.value { references["#/$defs/\(definition.key)"] = SchemaNode(sub) }
      }
    }
    return (SchemaNode(schema), Rules(optional: optional, accepted: accepted, references: references))
  }()

  /// What is wrong with a record, at most `limit` problems, each `/pointer: what`; empty when it is a record.
  static func problems(_ value: JSONValue, limit: Int = 5) -> [String] {
    var found: [String] = []
    var path: [SchemaNode.Step] = []
    path.reserveCapacity(8)
    compiled.root.check(value, at: &path, into: &found, limit: limit, rules: compiled.rules)
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
}
