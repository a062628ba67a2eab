/// The formats records can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
  case json
  case jsonl
  case csv
  case tsv

  /// The format an output path's extension names (`.json`, `.jsonl`, `.csv`, `.tsv`), or nil.
  public static func inferred(fromPath path: String) -> OutputFormat? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    return OutputFormat(rawValue: path[path.index(after: dot)...].lowercased())
  }
}
