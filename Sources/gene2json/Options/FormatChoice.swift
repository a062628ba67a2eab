import GeneDocs

/// What `convert` writes: one of the text formats, or an SQLite database. `--format` names it (`ndjson` is
/// `jsonl`), else `--output`'s extension (`.json`, `.jsonl`, `.ndjson`, `.csv`, `.tsv`, `.sqlite`, `.sqlite3`,
/// `.db`), else JSON. An extension that names no format is a usage error (``extensionError(_:)``).
enum FormatChoice: Equatable {
  case text(OutputFormat)
  case sqlite

  /// The format's name.
  var name: String {
    switch self {
    case .text(let format): return format.rawValue
    case .sqlite: return "sqlite"
    }
  }

  /// The names `--format` takes, for messages.
  static let names = "json, jsonl (or ndjson), csv, tsv or sqlite"

  /// The format a `--format` value names (any case), or nil.
  static func named(_ name: String) -> FormatChoice? {
    switch name.lowercased() {
    case "json": return .text(.json)
    case "jsonl", "ndjson": return .text(.jsonl)
    case "csv": return .text(.csv)
    case "tsv": return .text(.tsv)
    case "sqlite": return .sqlite
    default: return nil
    }
  }

  /// The format a path's extension names; nil when the file name has no extension (`genes`, `.hidden`) or one
  /// that names no format.
  static func inferred(fromPath path: String) -> FormatChoice? {
    guard let fileExtension = fileExtension(of: path) else { return nil }
    switch fileExtension.lowercased() {
    case "json": return .text(.json)
    case "jsonl", "ndjson": return .text(.jsonl)
    case "csv": return .text(.csv)
    case "tsv": return .text(.tsv)
    case "sqlite", "sqlite3", "db": return .sqlite
    default: return nil
    }
  }

  /// The usage error for an `--output` path whose extension names no format (nil when it names one, or the file
  /// name has none): the formats there are, and for `.parquet` how to make Parquet from JSON Lines.
  static func extensionError(_ path: String) -> String? {
    guard let fileExtension = fileExtension(of: path), inferred(fromPath: path) == nil else { return nil }
    var message =
      "cannot tell the format from '.\(fileExtension)' in --output \(path): give --format (\(names)) "
      + "or use the extension .json, .jsonl, .ndjson, .csv, .tsv, .sqlite or .db"
    if fileExtension.lowercased() == "parquet" {
      let jsonl = String(path.dropLast(fileExtension.utf8.count)) + "jsonl"
      message +=
        "\nParquet is not written directly: write JSON Lines, then convert them with DuckDB:\n"
        + "  gene2json ... -o \(jsonl) && duckdb -c \"\(parquetCommand(jsonl: jsonl, parquet: path))\""
    }
    return message
  }

  /// The DuckDB statement that turns a JSON Lines file into Parquet (the README shows it too).
  static func parquetCommand(jsonl: String, parquet: String) -> String {
    "COPY (FROM read_json('\(jsonl)')) TO '\(parquet)' (FORMAT parquet)"
  }

  /// The file name's extension (after its last dot, which is not its first character), or nil.
  private static func fileExtension(of path: String) -> Substring? {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else {
      return nil
    }
    return name[name.index(after: dot)...]
  }
}
