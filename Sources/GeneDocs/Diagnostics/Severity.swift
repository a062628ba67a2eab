/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
  case warning
  case error

  /// Orders values.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}
