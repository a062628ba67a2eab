import ArgumentParser
import GeneDocs

/// `gene2json validate`: checks documents for CI without writing records (SPEC §4).
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check gene-summary documents without writing records: a linter for CI and pre-commit.",
    discussion: """
      INPUT is a file, a directory (searched recursively for *.md and *.markdown, in sorted path order) or - for \
      standard input. Findings go to standard output in the chosen reporter's format, in input order.

      Configuration: --config FILE, else the nearest .gene2json.yml (or .gene2json.yaml) in the working directory \
      or a folder above it. It sets rules (a code or rule name: off, warning or error), extra headings per field \
      (summary, associations, pharmacogenetics), gene-table (one path or a list), vocabularies and annotations \
      (paths relative to the configuration file). GD207 (a drug in Pharmacogenetics that the annotations do not \
      pair with the gene) is off unless rules turn it on.

      Exit status: 0 no errors (with --strict, no warnings either); 1 at least one document has an error (with \
      --strict, a warning counts); 2 the tool could not run: a bad configuration, an unreadable gene table or \
      input, or a usage error.
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: github prints Actions annotations, sarif a SARIF 2.1.0 log.")
  var reporter: ValidationReporterKind = .text

  @Option(help: ArgumentHelp("A configuration file (default: the nearest .gene2json.yml).", valueName: "file"))
  var config: String?

  @OptionGroup(title: "Mentions and identifiers") var reference: ReferenceOptions

  @Flag(help: "Warnings count as errors for the exit status.")
  var strict = false

  func run() throws {
    StandardStreams.ignoreBrokenPipeSignal()
    let (configuration, tables) = try setUp()
    let operands = try input.resolvedOperands()
    var toolFailed = false
    let validator = DocumentValidator(configuration: configuration, reference: tables)
    var output = reporter.makeReporter(configuration: configuration)
    var summary = ValidationSummary()
    do {
      try forEachInput(
        operands: operands, filesFrom: input.filesFrom, jobs: input.resolvedJobs,
        work: { path, bytes in validator.validate(bytes, path: path) },
        emit: { event in
          switch event {
          case .result(_, let document):
            summary.add(document)
            StandardStreams.writeOut(output.report(document))
          case .inputFailure(let path, let diagnostic):
            toolFailed = true
            StandardStreams.writeErr("\(path): error: \(diagnostic.message)\n")
          }
        }, maxBytes: ConversionOptions.defaultMaxBytes)
    } catch let error as InputListError {
      StandardStreams.writeErr("gene2json: --files-from: \(error.message)\n")
      throw ExitCode(2)
    }
    StandardStreams.writeOut(output.finish(summary))
    if toolFailed { throw ExitCode(2) }
    if summary.failed(strict: strict) { throw ExitCode(1) }
  }

  // MARK: - Setup

  /// The configuration (given, found or default) and the reference tables (the command line's, else the
  /// configuration's); a problem with either ends the run with status 2.
  private func setUp() throws -> (ValidationConfiguration, ReferenceData?) {
    do {
      var configuration = ValidationConfiguration()
      if let path = config ?? ValidationConfigurationLoader.find() {
        configuration = try ValidationConfigurationLoader.load(path: path)
      }
      return (configuration, try reference.load(configuration: configuration))
    } catch {
      StandardStreams.writeErr(error.description + "\n")
      throw ExitCode(2)
    }
  }
}
