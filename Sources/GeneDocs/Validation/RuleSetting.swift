/// What a configuration sets a rule to: off, or reported with a severity.
public enum RuleSetting: String, Sendable, Equatable, CaseIterable {
  /// The rule is not reported.
  case off
  /// The rule is reported as a warning.
  case warning
  /// The rule is reported as an error.
  case error

  /// The severity the rule's diagnostics get, or nil when it is off.
  public var severity: Severity? {
    switch self {
    case .off: return nil
    case .warning: return .warning
    case .error: return .error
    }
  }
}
