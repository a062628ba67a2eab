/// What validation found in one document.
public struct ValidatedDocument: Sendable, Equatable {
  /// The document's path as given (`-` for standard input).
  public let path: String
  /// The findings, in line order.
  public let findings: [ValidationFinding]

  /// Creates a result.
  public init(path: String, findings: [ValidationFinding]) {
    self.path = path
    self.findings = findings
  }

  /// The findings' diagnostics.
  public var diagnostics: [Diagnostic] { findings.map(\.diagnostic) }

  /// The document with only the findings that fail a run: errors, and with `strict` warnings too (`--quiet`).
  public func failing(strict: Bool) -> ValidatedDocument {
    strict ? self : ValidatedDocument(path: path, findings: findings.filter { $0.diagnostic.severity == .error })
  }
}
