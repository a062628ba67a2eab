import GeneDocs

/// The writing side of `convert`: takes batch events in input order and writes records, and diagnostics and
/// progress through the console.
struct RecordWriter {
  private var encoder: OutputEncoder
  private var sink: OutputSink
  private var console: BatchConsole
  /// Whether any document failed (an error, or with `--strict` a warning) or could not be read.
  private(set) var failed = false

  /// Creates a writer.
  init(encoder: OutputEncoder, sink: OutputSink, console: BatchConsole) {
    self.encoder = encoder
    self.sink = sink
    self.console = console
  }

  /// Writes what opens the output.
  mutating func begin() throws(OutputError) {
    try sink.write(encoder.begin())
  }

  /// Writes one document's diagnostics and record.
  mutating func write(_ event: BatchEvent<ConvertedDocument>) throws(OutputError) {
    switch event {
    case .result(_, let document):
      console.diagnostics(document.messages)
      failed = failed || document.failed
      if let record = document.record {
        try sink.write(encoder.separator())
        try sink.write(record)
      }
      console.finished(document.outcome)
    case .inputFailure(let path, let diagnostic):
      console.diagnostics(Array((diagnostic.formatted(path: path) + "\n").utf8))
      failed = true
      console.finished(.unreadable)
    }
  }

  /// Writes what closes the output and flushes it.
  mutating func end() throws(OutputError) {
    try sink.write(encoder.end())
    try sink.flush()
  }

  /// Ends a complete run: diagnostics out, progress line erased, the summary when it is wanted.
  mutating func finish() {
    console.finish(done: "converted")
  }

  /// Ends a run that stopped early: diagnostics out, progress line erased, no summary.
  mutating func abandon() {
    console.abandon()
  }
}
