import ArgumentParser
import GeneDocs

/// Where and how records are written: `--format`, `--output`, `--records`, `--columns`, `--update`, `--prune`.
struct OutputOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Output format: json, jsonl (or ndjson), csv, tsv or sqlite (default: from --output's extension, else json).",
      valueName: "format"))
  var format: String?

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write to FILE atomically (a temporary file beside it, renamed when all is written); - is standard output. "
        + "An extension that names no format is a usage error unless --format is given.",
      valueName: "file"))
  var output: String?

  @Option(
    help: ArgumentHelp(
      "What one output row is: document (a record), section (one a section) or mention (one a mention).",
      valueName: "unit"))
  var records: String?

  @Option(
    help: ArgumentHelp(
      "CSV/TSV columns, comma-separated, in order (default: \(RecordColumn.defaults.map(\.rawValue).joined(separator: ","))). "
        + "Also: \(RecordColumn.allCases.filter { !RecordColumn.defaults.contains($0) }.map(\.rawValue).joined(separator: ", ")). "
        + "With --records section or mention, that unit's columns (default: all).",
      valueName: "list"))
  var columns: String?

  @Flag(
    help: ArgumentHelp(
      "SQLite: update the --output database in place, in one transaction: documents whose path and SHA-256 are "
        + "unchanged are not converted again, changed ones are replaced (a missing database is created)."))
  var update = false

  @Flag(help: "With --update: delete the documents that are no longer among the inputs.")
  var prune = false

  func validate() throws {
    if let format, FormatChoice.named(format) == nil {
      throw ValidationError("unknown format '\(format)': use \(FormatChoice.names)")
    }
    if let output, output.isEmpty { throw ValidationError("--output needs a file name") }
    if format == nil, let output, output != "-", let message = FormatChoice.extensionError(output) {
      throw ValidationError(message)
    }
    if let records, RecordUnit(rawValue: records) == nil {
      throw ValidationError(
        "unknown record unit '\(records)': use \(RecordUnit.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let choice = resolvedFormat
    if choice == .sqlite {
      if outputFile == nil {
        throw ValidationError("--format sqlite needs --output FILE: a database cannot be written to standard output")
      }
      if resolvedRecords != .document {
        throw ValidationError(
          "--records applies to json, jsonl, csv and tsv: a SQLite database holds every unit (tables documents, "
            + "sections and mentions)")
      }
    } else if update {
      throw ValidationError("--update applies to SQLite output (--format sqlite, or --output FILE.sqlite)")
    }
    if prune && !update { throw ValidationError("--prune needs --update") }
    guard let columns else { return }
    guard case .text(let text) = choice, text.hasColumns else {
      throw ValidationError("--columns applies to csv and tsv, not \(choice.name)")
    }
    do {
      switch resolvedRecords {
      case .document: _ = try RecordColumn.parse(list: columns)
      case .section: _ = try SectionRow.columnIndexes(list: columns)
      case .mention: _ = try MentionRow.columnIndexes(list: columns)
      }
    } catch {
      throw ValidationError(error.description)
    }
  }

  // MARK: - Resolved values

  /// `--format`, else the one `--output`'s extension names, else json.
  var resolvedFormat: FormatChoice {
    if let format, let named = FormatChoice.named(format) { return named }
    return outputFile.flatMap(FormatChoice.inferred(fromPath:)) ?? .text(.json)
  }

  /// `--records`, else document.
  var resolvedRecords: RecordUnit {
    records.flatMap(RecordUnit.init(rawValue:)) ?? .document
  }

  /// The file `--output` names; nil for standard output (no `--output`, or `-`).
  var outputFile: String? {
    output == "-" ? nil : output
  }

  /// `--columns`, as given (checked by ``validate()``).
  var columnList: String? { columns }
}
