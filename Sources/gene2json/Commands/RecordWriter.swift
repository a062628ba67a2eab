import GeneDocs

/// The writing side of `convert`: takes batch events in input order and writes records, diagnostics and progress.
struct RecordWriter {
  private var emitter: any RecordEmitter
  private var sink: OutputSink
  private var progress: ProgressLine
  private var errors: ErrorStream
  /// Whether any document failed (an error, or with `--strict` a warning) or could not be read.
  private(set) var failed = false

  /// Creates a writer.
  init(emitter: any RecordEmitter, sink: OutputSink, progress: ProgressLine) {
    self.emitter = emitter
    self.sink = sink
    self.progress = progress
    self.errors = ErrorStream(buffered: !StandardStreams.isTerminal(2))
  }

  /// Writes what opens the output.
  mutating func begin() throws(OutputError) {
    try sink.write(emitter.begin())
  }

  /// Writes one document's diagnostics and record.
  mutating func write(_ event: BatchEvent<ConvertedDocument>) throws(OutputError) {
    switch event {
    case .result(_, let document):
      errors.write(document.messages, progress: &progress)
      failed = failed || document.failed
      if let record = document.record {
        try sink.write(emitter.separator())
        try sink.write(record)
      }
    case .inputFailure(let path, let diagnostic):
      errors.write(Array((diagnostic.formatted(path: path) + "\n").utf8), progress: &progress)
      failed = true
    }
    progress.advance()
  }

  /// Writes what closes the output and flushes everything.
  mutating func end() throws(OutputError) {
    try sink.write(emitter.end())
    try sink.flush()
    finishDiagnostics()
  }

  /// Writes out the diagnostics gathered so far and erases the progress line.
  mutating func finishDiagnostics() {
    errors.flush()
    progress.clear()
  }
}
