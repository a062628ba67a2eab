/// `path:line:column: severity: message [CODE]`, one finding a line, then a one-line summary in the manner of
/// markdownlint-cli2: `Summary: 2 error(s), 1 warning(s) in 3 file(s)`.
public struct TextReporter: ValidationReporter {
  private let summary: Bool

  /// Creates a reporter; `summary` false leaves the summary line out (`--quiet`).
  public init(summary: Bool = true) {
    self.summary = summary
  }

  /// One line a finding.
  public mutating func report(_ document: ValidatedDocument) -> [UInt8] {
    var text = ""
    for finding in document.findings { text += finding.diagnostic.formatted(path: document.path) + "\n" }
    return Array(text.utf8)
  }

  /// The summary line.
  public mutating func finish(_ summary: ValidationSummary) -> [UInt8] {
    guard self.summary else { return [] }
    let line = "Summary: \(summary.errors) error(s), \(summary.warnings) warning(s) in \(summary.files) file(s)\n"
    return Array(line.utf8)
  }
}
