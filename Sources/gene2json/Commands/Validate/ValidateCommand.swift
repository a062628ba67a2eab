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
      (summary, associations, pharmacogenetics) and gene-table (a path relative to the configuration file).

      Exit status: 0 no errors (with --strict, no warnings either); 1 at least one document has an error (with \
      --strict, a warning counts); 2 the tool could not run: a bad configuration, an unreadable gene table or \
      input, or a usage error.
      """
  )

  @Argument(help: "Files, directories, or - for standard input.")
  var inputs: [String] = []

  @Option(help: "Output format: github prints Actions annotations, sarif a SARIF 2.1.0 log.")
  var reporter: ValidationReporterKind = .text

  @Option(help: ArgumentHelp("A configuration file (default: the nearest .gene2json.yml).", valueName: "file"))
  var config: String?

  @Option(
    help: ArgumentHelp(
      "An HGNC hgnc_complete_set.txt or NCBI gene_info file to check symbols (GD203) and names (GD204) against.",
      valueName: "file"))
  var geneTable: String?

  @Flag(help: "Warnings count as errors for the exit status.")
  var strict = false

  @Option(help: ArgumentHelp("Read input paths from a file, one a line (- for standard input).", valueName: "file"))
  var filesFrom: String?

  @Option(help: "Documents checked at once (default: the number of cores).")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    StandardStreams.ignoreBrokenPipeSignal()
    let (configuration, table) = try setUp()
    let (paths, inputFailures) = try ValidateInputs.paths(operands: inputs, filesFrom: filesFrom)
    var toolFailed = !inputFailures.isEmpty
    for failure in inputFailures { StandardStreams.writeErr(failure.description + "\n") }

    let validator = DocumentValidator(configuration: configuration, geneTable: table)
    var output = reporter.makeReporter(configuration: configuration)
    var summary = ValidationSummary()
    ValidateInputs.forEach(paths, jobs: jobs ?? ValidateInputs.defaultJobs) { path in
      InputReader.read(path: path, limit: ConversionOptions.defaultMaxBytes).map { validator.validate($0, path: path) }
    } emit: { path, outcome in
      switch outcome {
      case .success(let document):
        summary.add(document)
        StandardStreams.writeOut(output.report(document))
      case .failure(let failure):
        toolFailed = true
        StandardStreams.writeErr("\(path): error: cannot read: \(failure.message)\n")
      }
    }
    StandardStreams.writeOut(output.finish(summary))
    if toolFailed { throw ExitCode(2) }
    if summary.failed(strict: strict) { throw ExitCode(1) }
  }

  // MARK: - Setup

  /// The configuration (given, found or default) and the gene table (`--gene-table`, else the configuration's);
  /// a problem with either ends the run with status 2.
  private func setUp() throws -> (ValidationConfiguration, GeneTable?) {
    do {
      var configuration = ValidationConfiguration()
      if let path = config ?? ValidationConfigurationLoader.find() {
        configuration = try ValidationConfigurationLoader.load(path: path)
      }
      guard let tablePath = geneTable ?? configuration.geneTable else { return (configuration, nil) }
      return (configuration, try GeneTableReader.read(path: tablePath))
    } catch {
      StandardStreams.writeErr(error.description + "\n")
      throw ExitCode(2)
    }
  }
}
