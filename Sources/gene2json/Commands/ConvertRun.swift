import ArgumentParser
import GeneDocs

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
  var format: OutputFormat = .json
  /// CSV/TSV columns.
  var columns: [RecordColumn] = RecordColumn.defaults
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
    let total = InputOptions.knownCount(operands, filesFrom: filesFrom)
    let walk = InputOptions.walkOptions(
      exclude: exclude, readsIgnoreFiles: readsIgnoreFiles, configuration: configuration)
    let emitter = format.makeEmitter(
      singleObject: InputOptions.isSingleDocument(operands, filesFrom: filesFrom), columns: columns)
    let file: OutputFile?
    do {
      file = try outputFile.map { path throws(OutputError) in try OutputFile(path: path) }
    } catch {
      try Self.fail(error)
    }
    let (operands, filesFrom) = (operands, filesFrom)
    var writer = RecordWriter(
      emitter: emitter, sink: OutputSink(descriptor: file?.descriptor ?? 1),
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
              converting: bytes, path: path, converter: converter, emitter: emitter, strict: strict, quiet: quiet)
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

  /// Reports a failure of the tool itself (the output, the list of paths) and exits with status 2.
  private static func fail(_ error: any Error) throws -> Never {
    switch error {
    case OutputError.failed(let message): StandardStreams.writeErr("gene2json: \(message)\n")
    case let error as InputListError: StandardStreams.writeErr("gene2json: --files-from: \(error.message)\n")
    default: throw error
    }
    throw ExitCode(2)
  }
}
