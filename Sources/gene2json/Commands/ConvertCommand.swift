import ArgumentParser
import GeneDocs

/// `gene2json convert` (the default command): documents in, records out.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert gene-summary documents into records (the default command).",
    discussion: """
      INPUT is a file (any extension), a directory (searched recursively for *.md and *.markdown, in sorted path \
      order) or - for standard input; with no INPUT, a non-terminal standard input is read. One input prints one \
      JSON object; several print an array (json) or one object a line (jsonl).
      """
  )

  @Argument(help: "Files, directories, or - for standard input.")
  var inputs: [String] = []

  @Option(help: "Output format: json, jsonl, csv or tsv (default: from --output's extension, else json).")
  var format: String?

  @Flag(help: "Section fields hold the section's original Markdown source instead of plain text.")
  var markdown = false

  @Flag(help: "Repair mojibake (UTF-8 that was decoded as Windows-1252); it is reported either way.")
  var fixEncoding = false

  @Option(help: "The largest document accepted, in bytes.")
  var maxBytes: Int = ConversionOptions.defaultMaxBytes

  @Flag(help: "Warnings count as errors for the exit status.")
  var strict = false

  @Flag(help: "Print nothing on standard error but errors.")
  var quiet = false

  func validate() throws {
    if let format, OutputFormat(rawValue: format) == nil {
      throw ValidationError("unknown format '\(format)': use json, jsonl, csv or tsv")
    }
    guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
  }

  func run() throws {
    StandardStreams.ignoreBrokenPipeSignal()
    var paths = inputs
    if paths.isEmpty {
      guard !StandardStreams.isTerminal(0) else {
        throw ValidationError("no INPUT given and standard input is a terminal")
      }
      paths = ["-"]
    }
    let converter = GeneDocumentConverter(
      options: ConversionOptions(markdown: markdown, fixEncoding: fixEncoding, maxBytes: maxBytes))
    var emitter = JSONEmitter(asArray: paths.count > 1)
    var failed = false
    StandardStreams.writeOut(emitter.begin())
    for path in paths {
      switch InputReader.read(path: path, limit: maxBytes) {
      case .failure(let failure):
        StandardStreams.writeErr("\(path): error: cannot read: \(failure.message)\n")
        failed = true
      case .success(let bytes):
        let result = converter.convert(bytes, path: path)
        report(result.diagnostics, path: path)
        failed = failed || result.hasFailures(strict: strict)
        if let record = result.record { StandardStreams.writeOut(emitter.emit(record)) }
      }
    }
    StandardStreams.writeOut(emitter.end())
    if failed { throw ExitCode(1) }
  }

  private func report(_ diagnostics: [Diagnostic], path: String) {
    for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
      StandardStreams.writeErr(diagnostic.formatted(path: path) + "\n")
    }
  }
}
