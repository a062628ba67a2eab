/// One field of a ``RecordRow``: what JSON, CSV, TSV and SQLite all can hold.
public enum RowValue: Sendable, Equatable {
  case null
  case string(String)
  case int(Int)
  case bool(Bool)

  /// The field as CSV/TSV text: integers in decimal, Booleans `true`/`false`; nil (an empty field) for null.
  public var text: String? {
    switch self {
    case .null: return nil
    case .string(let text): return text
    case .int(let number): return String(number)
    case .bool(let flag): return flag ? "true" : "false"
    }
  }

  /// A string, or null.
  static func string(_ text: String?) -> RowValue {
    text.map(RowValue.string) ?? .null
  }
}
