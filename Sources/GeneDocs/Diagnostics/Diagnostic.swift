/// A finding about a document: what was wrong or repaired, where, and how serious it is.
public struct Diagnostic: Sendable, Equatable, Codable {
  /// How serious the finding is.
  public var severity: Severity
  /// The SPEC §5 code.
  public let code: DiagnosticCode
  /// A message for people.
  public let message: String
  /// 1-based line.
  public let line: Int
  /// 1-based column in UTF-8 bytes.
  public let column: Int

  /// Creates a diagnostic with the code's default severity unless one is given.
  public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity? = nil) {
    self.code = code
    self.message = message
    self.line = location.line
    self.column = location.column
    self.severity = severity ?? code.defaultSeverity
  }

  /// Where the finding is.
  public var location: SourceLocation { SourceLocation(line: line, column: column) }

  /// The finding as one line: `path:line:column: severity: message [CODE]`.
  public func formatted(path: String) -> String {
    "\(path):\(line):\(column): \(severity.rawValue): \(message) [\(code.rawValue)]"
  }
}
