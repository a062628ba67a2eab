import ArgumentParser
import GeneDocs

/// The `gene2json` command: converts gene-summary Markdown documents into records and validates them.
@main
struct Gene2JSON: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gene2json",
    abstract: "Turn gene-summary Markdown documents into typed records (JSON, JSON Lines, CSV, TSV).",
    discussion: """
      Exit status: 0 every document converted (or valid); 1 at least one document had an error diagnostic \
      (with --strict, a warning counts), the others still written; 2 usage error, or the tool could not run.
      """,
    version: GeneDocsVersion.current,
    subcommands: [ConvertCommand.self, ValidateCommand.self, FixCommand.self, RenderCommand.self, SchemaCommand.self],
    defaultSubcommand: ConvertCommand.self
  )

  /// Runs the command, mapping every usage error to exit status 2 (SPEC §3) rather than ArgumentParser's 64.
  static func main() {
    do {
      if let operands = PlainInvocation.operands(Array(CommandLine.arguments.dropFirst())) {
        try ConvertRun(operands: operands).run()
        return
      }
      var command = try parseAsRoot()
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
}
