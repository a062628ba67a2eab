#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A line on standard error that counts documents done (of the total, when known) and the rate, redrawn in place
/// a few times a second. It shows only when enabled (standard error is a terminal, standard output is not, no
/// `--quiet`) and only once the run has lasted `delay` seconds.
struct ProgressLine {
  /// Seconds before the line first shows.
  static let delay = 1.0
  /// Seconds between redraws.
  static let interval = 0.25

  private let enabled: Bool
  private let total: Int?
  private let start = ProgressLine.now()
  private var done = 0
  private var nextDraw = ProgressLine.delay
  private(set) var isShown = false

  /// Creates a progress line; `enabled` false makes every call do nothing.
  init(enabled: Bool, total: Int?) {
    self.enabled = enabled
    self.total = total
  }

  /// Whether a progress line may show: standard error is a terminal and standard output is not (or goes to a file).
  static func shouldShow(quiet: Bool, writingToFile: Bool) -> Bool {
    !quiet && isatty(2) == 1 && (writingToFile || isatty(1) != 1)
  }

  /// Counts one more document, redrawing when it is time.
  mutating func advance() {
    guard enabled else { return }
    done += 1
    guard done & 63 == 0 || done == total else { return }
    let elapsed = Self.now() - start
    guard elapsed >= nextDraw else { return }
    nextDraw = elapsed + Self.interval
    let rate = Int((Double(done) / elapsed).rounded())
    let count = total.map { "\(Self.grouped(done)) of \(Self.grouped($0))" } ?? Self.grouped(done)
    StandardStreams.writeErr("\r\u{1B}[Kgene2json: \(count) documents, \(Self.grouped(rate))/s")
    isShown = true
  }

  /// Erases the line (before other text goes to standard error, and at the end).
  mutating func clear() {
    guard isShown else { return }
    StandardStreams.writeErr("\r\u{1B}[K")
    isShown = false
  }

  // MARK: - Helpers

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// A count with thousands separated by commas: 12,345.
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
