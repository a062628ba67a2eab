import GeneDocs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The writing side of `render`: takes each record's rendering in input order, names its file, writes it
/// atomically, and reports what was skipped or renamed.
struct RenderWriter {
  /// Thrown to stop the run when a file cannot be written (the message is already reported).
  struct Stop: Error {}

  private let input: String
  private let folder: String
  private var namer: DocumentNamer
  private let force: Bool
  private let quiet: Bool
  /// Reports on standard error, and the progress line under them (records written to files: the terminal is free).
  private var console: BatchConsole
  private var number = 0
  private(set) var written = 0
  /// Records not written (not JSON, not a record, or a file in the way).
  private(set) var skipped = 0
  /// A file could not be written: exit status 2, and the run stops.
  private(set) var toolFailed = false

  init(input: String, folder: String, namer: DocumentNamer, force: Bool, quiet: Bool) {
    self.input = input
    self.folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    self.namer = namer
    self.force = force
    self.quiet = quiet
    console = BatchConsole(settings: ConsoleSettings(quiet: quiet, summary: false), outputToTerminal: false, total: nil)
  }

  /// Handles one record and its rendering; throws ``Stop`` when a file cannot be written.
  mutating func handle(_ item: RecordReader.Item, _ rendering: Rendering?) throws(Stop) {
    number += 1
    let skippedBefore = skipped
    defer { console.finished(skipped > skippedBefore ? .errors : .clean) }
    switch item {
    case .failure(let line, let column, let message):
      skipped += 1
      report("\(input):\(line):\(column): error: not JSON: \(message); skipped")
    case .record(let line, _):
      guard let rendering, let document = rendering.document else {
        skipped += 1
        for error in rendering?.errors ?? [] { report("\(input):\(line): error: \(error)") }
        report("\(input):\(line): error: not a record that can be rendered; skipped")
        return
      }
      let name = namer.name(sourcePath: rendering.sourcePath, symbol: rendering.symbol, number: number)
      let path = folder + "/" + name.fileName
      do throws(OutputError) {
        let file = try OutputFile(creating: path)
        guard StandardStreams.writeAll(document, to: file.descriptor) else {
          let message = String(cString: strerror(errno))
          file.discard()
          throw OutputError.failed("cannot write '\(path)': \(message)")
        }
        try file.commit(replacing: force)
      } catch .exists {
        skipped += 1
        report("\(input):\(line): error: '\(path)' exists (--force replaces it); skipped")
        return
      } catch {
        toolFailed = true
        if case .failed(let message) = error { report("gene2json: \(message)") }
        throw Stop()
      }
      written += 1
      if !quiet {
        if let note = name.note { report("\(input):\(line): warning: written as '\(path)' (\(note))") }
        for warning in rendering.warnings { report("\(input):\(line): warning: \(warning)") }
      }
    }
  }

  /// The summary line (unless quiet), and everything gathered written out.
  mutating func finish() {
    if !quiet {
      report("Summary: \(written) written, \(skipped) skipped in \(number) record(s) into '\(folder)'")
    }
    console.finish(done: "written")
  }

  private mutating func report(_ line: String) {
    console.diagnostics(Array((line + "\n").utf8))
  }
}
