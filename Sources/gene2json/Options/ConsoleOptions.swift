import ArgumentParser

/// How a batch command talks on standard error, whatever the command: `--quiet`, `--progress`/`--no-progress`,
/// `--summary`/`--no-summary` (``BatchConsole``).
struct ConsoleOptions: ParsableArguments {
  @Flag(help: "Show errors only: no warnings, and no closing summary unless --summary.")
  var quiet = false

  @Flag(
    inversion: .prefixedNo,
    help: "Show (or never show) the progress line on standard error (default: on a terminal, unless records go there).")
  var progress: Bool?

  @Flag(
    inversion: .prefixedNo,
    help: ArgumentHelp(
      "Print (or never print) a closing summary on standard error (default: on a terminal, after more than one "
        + "document, unless --quiet)."))
  var summary: Bool?

  /// The settings these options make.
  var settings: ConsoleSettings { ConsoleSettings(quiet: quiet, progress: progress, summary: summary) }
}

/// ``ConsoleOptions`` as plain values: what ``BatchConsole`` and the plain invocation use.
struct ConsoleSettings {
  /// `--quiet`.
  var quiet = false
  /// `--progress` (true), `--no-progress` (false), or nil to decide from the terminal.
  var progress: Bool?
  /// `--summary` (true), `--no-summary` (false), or nil to decide from the terminal.
  var summary: Bool?
}
