import ArgumentParser
import GeneDocs

/// Where and how records are written: `--format`, `--output`, `--columns`.
struct OutputOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Output format: json, jsonl, csv or tsv (default: from --output's extension, else json).", valueName: "format"))
  var format: String?

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to FILE atomically (a temporary file beside it, renamed when all is written); - is standard output.",
      valueName: "file"))
  var output: String?

  @Option(
    help: ArgumentHelp(
      "CSV/TSV columns, comma-separated, in order (default: \(RecordColumn.defaults.map(\.rawValue).joined(separator: ","))). "
        + "Also: \(RecordColumn.allCases.filter { !RecordColumn.defaults.contains($0) }.map(\.rawValue).joined(separator: ", ")).",
      valueName: "list"))
  var columns: String?

  func validate() throws {
    if let format, OutputFormat(rawValue: format) == nil {
      throw ValidationError("unknown format '\(format)': use json, jsonl, csv or tsv")
    }
    if let output, output.isEmpty { throw ValidationError("--output needs a file name") }
    guard let columns else { return }
    guard resolvedFormat.hasColumns else {
      throw ValidationError("--columns applies to csv and tsv, not \(resolvedFormat.rawValue)")
    }
    do {
      _ = try RecordColumn.parse(list: columns)
    } catch {
      throw ValidationError(error.description)
    }
  }

  // MARK: - Resolved values

  /// `--format`, else the one `--output`'s extension names, else json.
  var resolvedFormat: OutputFormat {
    if let format, let named = OutputFormat(rawValue: format) { return named }
    return output.flatMap(OutputFormat.inferred(fromPath:)) ?? .json
  }

  /// The file `--output` names; nil for standard output (no `--output`, or `-`).
  var outputFile: String? {
    output == "-" ? nil : output
  }

  /// `--columns`, else the defaults.
  var resolvedColumns: [RecordColumn] {
    columns.flatMap { try? RecordColumn.parse(list: $0) } ?? RecordColumn.defaults
  }
}
