/// Counts over a validation run, for the exit status and the text reporter's last line.
public struct ValidationSummary: Sendable, Equatable {
  /// Documents checked.
  public private(set) var files = 0
  /// Documents with at least one finding.
  public private(set) var filesWithFindings = 0
  /// Error findings.
  public private(set) var errors = 0
  /// Warning findings.
  public private(set) var warnings = 0

  /// An empty summary.
  public init() {}

  /// Counts a document's findings.
  public mutating func add(_ document: ValidatedDocument) {
    files += 1
    if !document.findings.isEmpty { filesWithFindings += 1 }
    for finding in document.findings {
      switch finding.diagnostic.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      }
    }
  }

  /// True when there is an error, or, with `strict`, a warning: the run exits with status 1.
  public func failed(strict: Bool) -> Bool {
    errors > 0 || (strict && warnings > 0)
  }
}
