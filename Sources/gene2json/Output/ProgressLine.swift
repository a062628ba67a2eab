#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The line on standard error that counts documents done (of the total, once known, with the time left) and the
/// rate, redrawn in place a few times a second once the run has lasted ``delay`` seconds.
struct ProgressLine {
  /// Seconds before the line first shows (`GENE2JSON_PROGRESS_DELAY` sets it, and the redraw interval, for tests).
  static let delay = Self.environmentDelay ?? 1.0
  /// Seconds between redraws.
  static let interval = Self.environmentDelay ?? 0.25

  private let enabled: Bool
  private var nextDraw = ProgressLine.delay
  /// Whether the line is on the screen now.
  private(set) var isShown = false
  /// Whether the line has shown at least once (the run is a long one).
  private(set) var hasShown = false

  /// Creates a line; `enabled` false makes every call do nothing.
  init(enabled: Bool) {
    self.enabled = enabled
  }

  /// Whether the line is due for a redraw `elapsed` seconds into the run.
  func isDue(elapsed: Double) -> Bool { enabled && elapsed >= nextDraw }

  /// Draws the line (over itself when shown).
  mutating func draw(done: Int, total: Int?, elapsed: Double) {
    guard enabled else { return }
    nextDraw = elapsed + Self.interval
    StandardStreams.writeErr("\r\u{1B}[K" + Self.text(done: done, total: total, elapsed: elapsed))
    isShown = true
    hasShown = true
  }

  /// Erases the line (before other text goes to the terminal, and at the end).
  mutating func clear() {
    guard isShown else { return }
    StandardStreams.writeErr("\r\u{1B}[K")
    isShown = false
  }

  /// `gene2json: 12,345 of 50,000 documents, 8,901/s, ETA 4 s`, or without the total and the time left.
  static func text(done: Int, total: Int?, elapsed: Double) -> String {
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    var text = "gene2json: " + Count.grouped(done)
    if let total { text += " of " + Count.grouped(max(total, done)) }
    text += max(total ?? done, done) == 1 ? " document, " : " documents, "
    text += Count.grouped(Int(rate.rounded())) + "/s"
    if let total, rate > 0 {
      text += ", ETA " + Count.duration(Double(max(total - done, 0)) / rate, rounded: true)
    }
    return text
  }

  private static var environmentDelay: Double? {
    guard let value = getenv("GENE2JSON_PROGRESS_DELAY") else { return nil }
    return Double(String(cString: value)).map { max($0, 0) }
  }
}
