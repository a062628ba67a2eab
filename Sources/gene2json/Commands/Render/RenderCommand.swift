import ArgumentParser
import GeneDocs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `gene2json render`: records back into canonical documents (SPEC §9).
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Write canonical gene documents from records (JSON Lines, a JSON array or one JSON object).",
    discussion: """
      Each record becomes one document in the output folder: front matter with symbol, name, aliases and the \
      metadata, then the three sections in canonical order and the other sections, so that converting the \
      document gives the record back (but source, diagnostics and gene). Plain-text sections are written as \
      paragraphs with Markdown escaped; with --markdown (records from convert --markdown) the sections' Markdown \
      is written byte for byte.

      Files are named by the stem of source.path (or by symbol with --name-by symbol; each falls back on the \
      other, then on record_N), made safe: the name never leaves the folder, and /, control characters and a \
      leading . or - become _. A name given twice gets _2, _3, ... Existing files are not replaced unless --force; \
      every file is written to a temporary file and then moved into place.

      A record that fails the record schema (source and diagnostics may be left out) is reported with its line \
      and skipped; the others are written. Exit status: 0 every record written; 1 a record was skipped; 2 usage \
      error, unreadable records, or a folder or file that cannot be written.
      """
  )

  @Argument(help: ArgumentHelp("Records: a .jsonl, .json file or - for standard input.", valueName: "records"))
  var records: String?

  @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created).", valueName: "dir"))
  var output: String = "."

  @Option(help: "Name files by the source path's stem or by symbol.")
  var nameBy: DocumentNamer.Basis = .source

  @Flag(help: "The records' section texts are Markdown source (from convert --markdown), written byte for byte.")
  var markdown = false

  @Flag(help: "Replace files that exist.")
  var force = false

  @Option(help: ArgumentHelp("Records rendered at once (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Flag(help: "Print nothing on standard error but errors (no warnings, no summary).")
  var quiet = false

  func validate() throws {
    if output.isEmpty { throw ValidationError("-o needs a folder") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    StandardStreams.ignoreBrokenPipeSignal()
    let input = records ?? "-"
    if records == nil && StandardStreams.isTerminal(0) {
      throw ValidationError("no RECORDS given and standard input is a terminal")
    }
    let reader: RecordReader
    do {
      reader = try RecordReader(path: input)
    } catch {
      StandardStreams.writeErr("gene2json: \(error.message)\n")
      throw ExitCode(2)
    }
    guard Self.makeFolder(output) else {
      StandardStreams.writeErr("gene2json: cannot create '\(output)': \(String(cString: strerror(errno)))\n")
      throw ExitCode(2)
    }
    var writer = RenderWriter(
      input: input, folder: output, namer: DocumentNamer(basis: nameBy), force: force, quiet: quiet)
    do {
      try forEachRendering(
        from: reader, renderer: DocumentRenderer(markdown: markdown), jobs: InputOptions.resolvedJobs(jobs)
      ) { try writer.handle($0, $1) }
    } catch let error as InputListError {
      StandardStreams.writeErr("gene2json: \(error.message)\n")
      writer.finish()
      throw ExitCode(2)
    } catch is RenderWriter.Stop {
      // Reported as it happened.
    }
    writer.finish()
    if writer.toolFailed { throw ExitCode(2) }
    if writer.skipped > 0 { throw ExitCode(1) }
  }

  /// Creates the folder and any missing parents; true when it is (now) a directory.
  private static func makeFolder(_ path: String) -> Bool {
    if InputOptions.isDirectory(path) { return true }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += part
      if !InputOptions.isDirectory(prefix) && mkdir(prefix, 0o777) != 0 && errno != EEXIST { return false }
      prefix += "/"
    }
    return InputOptions.isDirectory(path)
  }
}

extension DocumentNamer.Basis: ExpressibleByArgument {}
