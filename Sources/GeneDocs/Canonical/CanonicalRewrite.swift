/// What ``CanonicalRewriter`` made of one document.
public struct CanonicalRewrite: Sendable {
  /// The outcome.
  public enum Outcome: Sendable, Equatable {
    /// The document is already in canonical form.
    case canonical
    /// The canonical bytes, which differ from the input.
    case rewritten([UInt8])
    /// The document has problems `fix` cannot repair (listed in ``CanonicalRewrite/findings``): it is left alone.
    case unfixable
    /// Rewriting would change what the document says (the reason given): it is left alone.
    case unsafe(String)
  }

  /// The outcome.
  public let outcome: Outcome
  /// What was changed, in line order of the input (empty unless rewritten).
  public let changes: [CanonicalChange]
  /// What validation reports: for an unfixable document, everything (its errors among it); otherwise what is left
  /// after the rewrite (warnings `fix` cannot repair, such as an unknown section), positioned in the output.
  public let findings: ValidatedDocument

  /// Creates a result.
  public init(outcome: Outcome, changes: [CanonicalChange], findings: ValidatedDocument) {
    self.outcome = outcome
    self.changes = changes
    self.findings = findings
  }

  /// The kinds of change made, each once, in ``CanonicalChange/Kind`` order.
  public var reasons: [CanonicalChange.Kind] {
    Array(Set(changes.map(\.kind))).sorted()
  }
}
