import GeneDocs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a batch command (`convert`, `validate`; any command that walks inputs) shows on the terminal while it runs:
/// diagnostics, a progress line under them that is redrawn after each, and a closing summary.
///
/// - Diagnostics go to standard error at once when someone may be watching (a terminal, or a progress line), and
///   in large writes otherwise. When the progress line shows, it is erased before them and redrawn after them.
/// - The progress line (``ProgressLine``) shows when standard error is a terminal and the command's own output
///   does not go to that terminal unless through ``output(_:)`` (`--progress`/`--no-progress` decide instead), once
///   the run has lasted a second. When the total is not known from the operands (a folder, a list), it is counted
///   on a thread of its own (``InputCount``) from the first time the line shows, and then shown with the time left.
/// - The summary line (``BatchTally``) goes to standard error at the end when standard error is a terminal, more
///   than one document was done and there is no `--quiet`, or with `--summary`; never with `--no-summary`.
struct BatchConsole {
  private let settings: ConsoleSettings
  private let standardOutputIsTerminal: Bool
  private var line: ProgressLine
  private var errors: ErrorStream
  private(set) var tally = BatchTally()
  private var total: Int?
  private var count: InputCount?
  private var startCount: (() -> InputCount?)?
  private let start = BatchConsole.now()

  /// Creates the console for a run.
  ///
  /// - Parameters:
  ///   - outputToTerminal: whether the command writes its own output (records) to the terminal other than through
  ///     ``output(_:)``; a progress line would then be in its way, so it shows only with `--progress`.
  ///   - total: the number of documents when the operands tell it (no folder, no list).
  ///   - count: starts counting the documents when the total is not known (nil when it cannot be counted).
  init(
    settings: ConsoleSettings, outputToTerminal: Bool, total: Int?, count: (() -> InputCount?)? = nil
  ) {
    self.settings = settings
    let stderrIsTerminal = StandardStreams.isTerminal(2)
    let showsProgress = settings.progress ?? (stderrIsTerminal && !outputToTerminal)
    line = ProgressLine(enabled: showsProgress)
    errors = ErrorStream(buffered: !stderrIsTerminal && !showsProgress)
    standardOutputIsTerminal = StandardStreams.isTerminal(1)
    self.total = total
    startCount = total == nil ? count : nil
  }

  /// Writes diagnostics to standard error, above the progress line.
  mutating func diagnostics(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    let shown = line.isShown
    line.clear()
    errors.write(bytes)
    if shown { redraw() }
  }

  /// Writes the command's output to standard output, above the progress line when both are on the terminal.
  mutating func output(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    guard standardOutputIsTerminal && line.isShown else { return StandardStreams.writeOut(bytes) }
    line.clear()
    StandardStreams.writeOut(bytes)
    redraw()
  }

  /// Counts a finished document, redrawing the progress line when it is due.
  mutating func finished(_ outcome: DocumentOutcome) {
    tally.add(outcome)
    let elapsed = Self.now() - start
    guard line.isDue(elapsed: elapsed) else { return }
    if let startCount {
      count = startCount()
      self.startCount = nil
    }
    if total == nil, let counted = count?.total { total = counted }
    line.draw(done: tally.documents, total: total, elapsed: elapsed)
  }

  /// Ends the run: writes out the diagnostics, erases the progress line, writes what closes the command's output
  /// (`output`, to standard output) and, when it is wanted, the summary (`done` names documents without errors:
  /// `converted`, `valid`).
  mutating func finish(done: String, output: [UInt8] = []) {
    errors.flush()
    line.clear()
    count = nil
    if !output.isEmpty { StandardStreams.writeOut(output) }
    let wanted =
      settings.summary ?? (StandardStreams.isTerminal(2) && !settings.quiet && tally.documents > 1)
    if wanted { StandardStreams.writeErr(tally.summary(elapsed: Self.now() - start, done: done) + "\n") }
  }

  /// Ends a run that stopped early (the tool failed, the reader went away): diagnostics out, line erased, no summary.
  mutating func abandon() {
    errors.flush()
    line.clear()
    count = nil
  }

  private mutating func redraw() {
    if total == nil, let counted = count?.total { total = counted }
    line.draw(done: tally.documents, total: total, elapsed: Self.now() - start)
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
