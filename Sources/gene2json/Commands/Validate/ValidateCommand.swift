import ArgumentParser
import GeneDocs

/// `gene2json validate`: checks documents for CI without writing records (SPEC §4).
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check gene-summary documents without writing records: a linter for CI and pre-commit.",
    discussion: """
      INPUT is a file, a directory (searched recursively for *.md and *.markdown, in sorted path order, less what \
      .gitignore and .ignore files, --exclude and the configuration's exclude: leave out) or - for standard input. \
      Findings go to standard output in the chosen reporter's format, in input order.

      Configuration: --config FILE, else the nearest .gene2json.yml (or .gene2json.yaml) in the working directory \
      or a folder above it. It sets rules (a code or rule name: off, warning or error), extra headings per field \
      (summary, associations, pharmacogenetics), gene-table (one path or a list), vocabularies and annotations \
      (paths relative to the configuration file) and exclude (gitignore-style patterns relative to its folder). \
      --select and --ignore override its rules for one run. GD207 (a drug in Pharmacogenetics that the \
      annotations do not pair with the gene) is off unless rules turn it on.

      Exit status: 0 no errors (with --strict, no warnings either; with --max-warnings N, at most N warnings); 1 at \
      least one document has an error (with --strict, a warning counts), or more than N warnings; 2 the tool could \
      not run: a bad configuration, an unreadable gene table or input, or a usage error.
      """
  )

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: github prints Actions annotations, sarif a SARIF 2.1.0 log.")
  var reporter: ValidationReporterKind = .text

  @Option(help: ArgumentHelp("A configuration file (default: the nearest .gene2json.yml).", valueName: "file"))
  var config: String?

  @OptionGroup(title: "Mentions and identifiers") var reference: ReferenceOptions

  @Option(
    help: ArgumentHelp(
      "Report only these rules (comma-separated codes, code prefixes such as GD1, or rule names; repeatable).",
      valueName: "codes"))
  var select: [String] = []

  @Option(
    help: ArgumentHelp(
      "Do not report these rules (comma-separated codes, code prefixes or rule names; repeatable).",
      valueName: "codes"))
  var ignore: [String] = []

  @Flag(help: "Warnings count as errors for the exit status.")
  var strict = false

  @Option(help: ArgumentHelp("Exit with status 1 when there are more than N warnings.", valueName: "n"))
  var maxWarnings: Int?

  @Option(help: "The largest document accepted, in bytes.")
  var maxBytes: Int = ConversionOptions.defaultMaxBytes

  @OptionGroup var console: ConsoleOptions

  func validate() throws {
    if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
    do {
      _ = try RuleSelection(select: select, ignore: ignore)
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    StandardStreams.ignoreBrokenPipeSignal()
    let (configuration, tables) = try setUp()
    let operands = try input.resolvedOperands()
    let walk = input.walkOptions(configuration: configuration)
    var toolFailed = false
    let validator = DocumentValidator(configuration: configuration, reference: tables, maxBytes: maxBytes)
    var output = reporter.makeReporter(configuration: configuration, summary: !console.quiet)
    var summary = ValidationSummary()
    let filesFrom = input.filesFrom
    var terminal = BatchConsole(
      settings: console.settings, outputToTerminal: false,
      total: InputOptions.knownCount(operands, filesFrom: filesFrom),
      count: { InputCount(operands: operands, filesFrom: filesFrom, walk: walk) })
    let (quiet, strict) = (console.quiet, strict)
    do {
      try forEachInput(
        operands: operands, filesFrom: filesFrom, walk: walk, jobs: input.resolvedJobs,
        work: { path, bytes in CrashReport.converting(path) { validator.validate(bytes, path: path) } },
        emit: { event in
          switch event {
          case .result(_, let document):
            summary.add(document)
            terminal.output(output.report(quiet ? document.failing(strict: strict) : document))
            terminal.finished(DocumentOutcome(document.diagnostics))
          case .inputFailure(let path, let diagnostic):
            toolFailed = true
            terminal.diagnostics(Array("\(path): error: \(diagnostic.message)\n".utf8))
            terminal.finished(.unreadable)
          }
        }, maxBytes: maxBytes)
    } catch let error as InputListError {
      terminal.abandon()
      StandardStreams.writeErr("gene2json: --files-from: \(error.message)\n")
      throw ExitCode(2)
    }
    terminal.finish(done: "valid", output: output.finish(summary))
    if toolFailed { throw ExitCode(2) }
    if let maxWarnings, summary.warnings > maxWarnings {
      StandardStreams.writeErr(
        "gene2json: \(Count.of(summary.warnings, "warning")), more than --max-warnings \(maxWarnings) allows\n")
      throw ExitCode(1)
    }
    if summary.failed(strict: strict) { throw ExitCode(1) }
  }

  // MARK: - Setup

  /// The configuration (given, found or default, with --select and --ignore applied) and the reference tables (the
  /// command line's, else the configuration's); a problem with either ends the run with status 2.
  private func setUp() throws -> (ValidationConfiguration, ReferenceData?) {
    let configuration = try RuleSelection(select: select, ignore: ignore).applied(to: ConfigurationFile.load(config))
    do {
      return (configuration, try reference.load(configuration: configuration))
    } catch {
      StandardStreams.writeErr(error.description + "\n")
      throw ExitCode(2)
    }
  }
}
