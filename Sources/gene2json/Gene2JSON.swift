import ArgumentParser
import GeneDocs

/// The `gene2json` command: converts gene-summary Markdown documents into records and validates them.
@main
struct Gene2JSON: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gene2json",
    abstract: "Turn gene-summary Markdown documents into typed records (JSON, JSON Lines, CSV, TSV, SQLite).",
    discussion: """
      Exit status: 0 every document converted (or valid); 1 at least one document had an error diagnostic \
      (with --strict, a warning counts), the others still written; 2 usage error, or the tool could not run.

      Shell completions: gene2json --generate-completion-script bash (or zsh, fish) prints a script to source or \
      install. The manual is docs/gene2json.1 in the repository (man ./docs/gene2json.1).
      """,
    version: GeneDocsVersion.current,
    subcommands: [ConvertCommand.self, ValidateCommand.self, FixCommand.self, RenderCommand.self, SchemaCommand.self],
    defaultSubcommand: ConvertCommand.self
  )

  /// The words ArgumentParser reads as a subcommand in first position: every subcommand's name, and `help`, which
  /// ArgumentParser adds itself.
  static var subcommandNames: [String] {
    configuration.subcommands.map { $0._commandName } + ["help"]
  }

  /// Runs the command, mapping every usage error to exit status 2 (SPEC §3) rather than ArgumentParser's 64.
  static func main() {
    CrashReport.install()
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      let subcommands = subcommandNames
      if let message = SubcommandTypo.message(for: arguments, subcommands: subcommands) {
        throw ValidationError(message)
      }
      if let operands = PlainInvocation.operands(arguments, subcommands: subcommands) {
        // Like `convert`, the nearest .gene2json.yml names the tables and exclude: patterns.
        let configuration = try ConfigurationFile.load()
        try ConvertRun(
          operands: operands,
          conversion: ConversionOptions(
            reference: try ReferenceOptions.convertReference(nil, configuration: configuration)),
          configuration: configuration
        ).run()
        return
      }
      var command = try parse(arguments)
      try command.run()
    } catch let exit as ExitCode {
      Self.exit(withError: exit)
    } catch {
      guard exitCode(for: error) != .success else { Self.exit(withError: error) }
      let message = fullMessage(for: error)
      StandardStreams.writeErr(message.hasSuffix("\n") ? message : message + "\n")
      Self.exit(withError: ExitCode(2))
    }
  }

  /// Parses the command line with its operands folded (``OperandCompaction``), or as it is when an error names a
  /// folded word.
  private static func parse(_ arguments: [String]) throws -> any ParsableCommand {
    do {
      return try parseAsRoot(OperandCompaction.compact(arguments))
    } catch {
      guard OperandCompaction.shows(fullMessage(for: error)) else { throw error }
      return try parseAsRoot(arguments)
    }
  }
}
