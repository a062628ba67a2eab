/// One diagnostic as validation reports it: with its configured severity, and its column also counted in UTF-16
/// code units for SARIF.
public struct ValidationFinding: Sendable, Equatable {
  /// The diagnostic, its severity as configured.
  public let diagnostic: Diagnostic
  /// The 1-based column in UTF-16 code units (the diagnostic's own column counts UTF-8 bytes).
  public let utf16Column: Int

  /// Creates a finding.
  public init(_ diagnostic: Diagnostic, utf16Column: Int? = nil) {
    self.diagnostic = diagnostic
    self.utf16Column = utf16Column ?? diagnostic.column
  }
}
