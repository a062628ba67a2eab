/// The diagnostic an unreadable input becomes.
public enum InputFailure {
  /// A GD303 error at line 1, column 1: `cannot read: MESSAGE`.
  public static func diagnostic(_ message: String) -> Diagnostic {
    Diagnostic(.notText, "cannot read: \(message)", at: .start)
  }
}
