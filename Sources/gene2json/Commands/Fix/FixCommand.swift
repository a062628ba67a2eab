import ArgumentParser
import GeneDocs

/// `gene2json fix`: rewrites documents into the canonical form of SPEC §9, in place.
struct FixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix",
    abstract: "Rewrite gene-summary documents into canonical form, in place (or check, or show the diff).",
    discussion: """
      Canonical form (SPEC §9): optional front matter and '# TITLE', then '## Gene Summary', '## Gene Drugs, \
      Diseases, Phenotypes, and Pathways' and '## Pharmacogenetics' in that order, other sections after them in \
      their order; ATX level-2 headings with the canonical names and no closing #s; one blank line between blocks \
      (none after a heading); no trailing white space; LF line ends unless the file used CRLF throughout; UTF-8 \
      without a byte-order mark; mojibake repaired. Section bodies are otherwise kept byte for byte, and a fixed \
      document converts to the same record.

      A document with errors (a missing or duplicated section, no symbol, invalid UTF-8, NUL bytes, as validate \
      reports them) is left as it is and its findings are printed. Files are replaced atomically, keeping their \
      mode and owner; a symbolic link to a file outside the tree being walked is reported and left alone. With - \
      the document is read from standard input and the canonical one written to standard output.

      Fixed files (or, with --check, files that would change) are listed on standard output, findings and the \
      summary on standard error. Exit status: 0 nothing left to fix; 1 a document could not be fixed (or, with \
      --check or --diff, would change); 2 usage error, or an input could not be read or a file written.
      """
  )

  @OptionGroup var input: InputOptions

  @Flag(help: "Change nothing; list the files that would change and exit 1 if there are any.")
  var check = false

  @Flag(help: "Change nothing; print a unified diff of what would change (apply it with patch -p0).")
  var diff = false

  @Option(help: ArgumentHelp("A configuration file (default: the nearest .gene2json.yml).", valueName: "file"))
  var config: String?

  @Flag(help: "Print nothing on standard error but errors (no warnings, no summary), and no list of fixed files.")
  var quiet = false

  func run() throws {
    StandardStreams.ignoreBrokenPipeSignal()
    let configuration = try ConfigurationFile.load(config)
    let operands = try input.resolvedOperands()
    let walk = input.walkOptions(configuration: configuration)
    let filesFrom = input.filesFrom
    let mode: FixWriter.Mode = diff ? .diff : (check ? .check : .write)
    let rewriter = CanonicalRewriter(configuration: configuration)
    // The list of fixed files goes to standard output: on a terminal, no progress line in its way.
    let console = BatchConsole(
      settings: ConsoleSettings(quiet: quiet, summary: false),
      outputToTerminal: StandardStreams.isTerminal(1),
      total: InputOptions.knownCount(operands, filesFrom: filesFrom),
      count: { InputCount(operands: operands, filesFrom: filesFrom, walk: walk) })
    var writer = FixWriter(mode: mode, quiet: quiet, tree: WalkedTree(operands: operands), console: console)
    let withDiff = diff
    do {
      try forEachInput(
        operands: operands, filesFrom: filesFrom, walk: walk, jobs: input.resolvedJobs,
        work: { path, bytes in FixedDocument(fixing: bytes, path: path, rewriter: rewriter, diff: withDiff) },
        emit: { try writer.handle($0) }, maxBytes: ConversionOptions.defaultMaxBytes)
      try writer.finish()
    } catch let error as InputListError {
      writer.abandon()
      StandardStreams.writeErr("gene2json: --files-from: \(error.message)\n")
      throw ExitCode(2)
    } catch OutputError.readerGone {
      writer.abandon()
      return
    } catch OutputError.failed(let message) {
      writer.abandon()
      StandardStreams.writeErr("gene2json: \(message)\n")
      throw ExitCode(2)
    }
    if writer.toolFailed { throw ExitCode(2) }
    if writer.failed { throw ExitCode(1) }
  }
}
