import ArgumentParser
import GeneDocs
import GeneDocsSQLite

/// One `convert` run with every option resolved to a plain value: what ``ConvertCommand`` and the plain-invocation
/// fast path (``PlainInvocation``) both execute.
struct ConvertRun {
  /// The operands to walk (files, directories, `-`).
  var operands: [String]
  /// `--files-from`.
  var filesFrom: String? = nil
  /// Worker threads.
  var jobs: Int = InputOptions.resolvedJobs(nil)
  /// `--exclude`.
  var exclude: [String] = []
  /// False with `--no-ignore`.
  var readsIgnoreFiles = true
  /// The output format.
  var format: FormatChoice = .text(.json)
  /// `--records`: what one output row is.
  var records: RecordUnit = .document
  /// `--columns` as given (checked), or nil for the defaults.
  var columns: String? = nil
  /// `--update` and `--prune` (SQLite).
  var update = false
  var prune = false
  /// The tables' paths, for a database's `meta`.
  var tables = TablePaths()
  /// The file to write atomically, or nil for standard output.
  var outputFile: String? = nil
  /// `--markdown`, `--fix-encoding`, `--max-bytes`.
  var conversion = ConversionOptions()
  /// `--strict`: warnings count as errors for the exit status.
  var strict = false
  /// `--quiet`, `--progress`, `--summary`.
  var console = ConsoleSettings()
  /// The nearest `.gene2json.yml` (its `exclude:`; its tables are already in ``conversion``).
  var configuration = ValidationConfiguration()

  // MARK: - Running

  /// Converts the batch and writes it. Throws `ExitCode(1)` when a document failed, `ExitCode(2)` (after writing
  /// the message) when the tool itself could not run, and rethrows anything else.
  func run() throws {
    StandardStreams.ignoreBrokenPipeSignal()
    guard case .text(let textFormat) = format else { return try DatabaseConversion(plan: self).run() }
    let total = InputOptions.knownCount(operands, filesFrom: filesFrom)
    let walk = walkOptions
    let encoder = OutputEncoder(
      format: textFormat, records: records, columns: columns,
      singleObject: InputOptions.isSingleDocument(operands, filesFrom: filesFrom))
    let file: OutputFile?
    do {
      file = try outputFile.map { path throws(OutputError) in try OutputFile(path: path) }
    } catch {
      try Self.fail(error)
    }
    let (operands, filesFrom) = (operands, filesFrom)
    var writer = RecordWriter(
      encoder: encoder, sink: OutputSink(descriptor: file?.descriptor ?? 1),
      console: BatchConsole(
        settings: console, outputToTerminal: file == nil && StandardStreams.isTerminal(1),
        total: total,
        count: { InputCount(operands: operands, filesFrom: filesFrom, walk: walk) }))
    let converter = GeneDocumentConverter(options: conversion)
    let (strict, quiet) = (strict, console.quiet)
    do {
      try writer.begin()
      try forEachInput(
        operands: operands, filesFrom: filesFrom, walk: walk, jobs: jobs,
        work: { path, bytes in
          CrashReport.converting(path) {
            ConvertedDocument(
              converting: bytes, path: path, converter: converter, encoder: encoder, strict: strict, quiet: quiet)
          }
        },
        emit: { try writer.write($0) }, maxBytes: conversion.maxBytes)
      try writer.end()
      try file?.commit()
    } catch {
      file?.discard()
      writer.abandon()
      if case OutputError.readerGone = error { return }
      try Self.fail(error)
    }
    writer.finish()
    if writer.failed { throw ExitCode(1) }
  }

  /// What directory walks leave out.
  var walkOptions: WalkOptions {
    InputOptions.walkOptions(exclude: exclude, readsIgnoreFiles: readsIgnoreFiles, configuration: configuration)
  }

  /// Reports a failure of the tool itself (the output, the list of paths, the database) and exits with status 2.
  static func fail(_ error: any Error) throws -> Never {
    switch error {
    case OutputError.failed(let message): StandardStreams.writeErr("gene2json: \(message)\n")
    case let error as InputListError: StandardStreams.writeErr("gene2json: --files-from: \(error.message)\n")
    case let error as RecordDatabaseError: StandardStreams.writeErr("gene2json: \(error)\n")
    default: throw error
    }
    throw ExitCode(2)
  }
}
