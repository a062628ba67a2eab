/// The formats records can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
  case json
  case jsonl
  case csv
  case tsv

  /// The format an output path's extension names (`.json`, `.jsonl` or `.ndjson`, `.csv`, `.tsv`), or nil.
  public static func inferred(fromPath path: String) -> OutputFormat? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let name = path[path.index(after: dot)...].lowercased()
    return OutputFormat(rawValue: name == "ndjson" ? "jsonl" : name)
  }

  /// Whether the format takes `--columns`.
  public var hasColumns: Bool { self == .csv || self == .tsv }

  /// The emitter for this format. `singleObject` makes `json` write one object rather than an array (exactly one
  /// file or standard-input operand); `columns` are for `csv` and `tsv`.
  public func makeEmitter(singleObject: Bool, columns: [RecordColumn] = RecordColumn.defaults) -> any RecordEmitter {
    switch self {
    case .json: return JSONEmitter(asArray: !singleObject)
    case .jsonl: return JSONLinesEmitter()
    case .csv: return CSVEmitter(columns: columns)
    case .tsv: return TSVEmitter(columns: columns)
    }
  }
}
