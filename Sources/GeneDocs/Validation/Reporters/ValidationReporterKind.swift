/// The reporters `gene2json validate --reporter` offers.
public enum ValidationReporterKind: String, Sendable, CaseIterable {
  /// `path:line:column: severity: message [CODE]` a line, then a one-line summary.
  case text
  /// One JSON array of `{path, line, column, severity, code, message}`.
  case json
  /// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=CODE::message`).
  case github
  /// SARIF 2.1.0, for code-scanning upload.
  case sarif

  /// A new reporter of this kind; `configuration` tells SARIF which rules were set to other severities, and
  /// `summary` false leaves the text reporter's summary line out.
  public func makeReporter(configuration: ValidationConfiguration = ValidationConfiguration(), summary: Bool = true)
    -> any ValidationReporter
  {
    switch self {
    case .text: return TextReporter(summary: summary)
    case .json: return JSONReporter()
    case .github: return GitHubReporter()
    case .sarif: return SARIFReporter(configuration: configuration, baseDirectory: Paths.currentDirectory())
    }
  }
}
