import GeneDocs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The writing side of `render`: renders each record, names its file, writes it atomically, and reports what was
/// skipped or renamed.
struct RenderWriter {
  private let input: String
  private let folder: String
  private let renderer: DocumentRenderer
  private var namer: DocumentNamer
  private let force: Bool
  private let quiet: Bool
  private var errors = ErrorStream(buffered: !StandardStreams.isTerminal(2))
  private var progress: ProgressLine
  private var number = 0
  private(set) var written = 0
  /// Records not written (not JSON, not a record, or a file in the way).
  private(set) var skipped = 0
  /// A file could not be written: exit status 2, and the run stops.
  private(set) var toolFailed = false

  init(
    input: String, folder: String, renderer: DocumentRenderer, namer: DocumentNamer, force: Bool, quiet: Bool
  ) {
    self.input = input
    self.folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    self.renderer = renderer
    self.namer = namer
    self.force = force
    self.quiet = quiet
    progress = ProgressLine(enabled: ProgressLine.shouldShow(quiet: quiet, writingToFile: true), total: nil)
  }

  /// Handles one record; false when the run must stop (a file could not be written).
  mutating func handle(_ item: RecordReader.Item) -> Bool {
    defer { progress.advance() }
    number += 1
    switch item {
    case .failure(let line, let column, let message):
      skipped += 1
      report("\(input):\(line):\(column): error: not JSON: \(message); skipped")
      return true
    case .record(let line, let value):
      let rendering = renderer.render(json: value)
      guard let document = rendering.document else {
        skipped += 1
        for error in rendering.errors { report("\(input):\(line): error: \(error)") }
        report("\(input):\(line): error: not a record that can be rendered; skipped")
        return true
      }
      let name = namer.name(sourcePath: rendering.sourcePath, symbol: rendering.symbol, number: number)
      let path = folder + "/" + name.fileName
      do {
        let file = try OutputFile(creating: path)
        guard StandardStreams.writeAll(document, to: file.descriptor) else {
          file.discard()
          toolFailed = true
          report("gene2json: cannot write '\(path)': \(String(cString: strerror(errno)))")
          return false
        }
        try file.commit(replacing: force)
      } catch .exists {
        skipped += 1
        report("\(input):\(line): error: '\(path)' exists (--force replaces it); skipped")
        return true
      } catch {
        toolFailed = true
        if case .failed(let message) = error { report("gene2json: \(message)") }
        return false
      }
      written += 1
      if !quiet {
        if let note = name.note { report("\(input):\(line): warning: written as '\(path)' (\(note))") }
        for warning in rendering.warnings { report("\(input):\(line): warning: \(warning)") }
      }
      return true
    }
  }

  /// The summary line (unless quiet), and everything gathered written out.
  mutating func finish() {
    if !quiet {
      report("Summary: \(written) written, \(skipped) skipped in \(number) record(s) into '\(folder)'")
    }
    errors.flush()
    progress.clear()
  }

  private mutating func report(_ line: String) {
    errors.write(Array((line + "\n").utf8), progress: &progress)
  }
}
