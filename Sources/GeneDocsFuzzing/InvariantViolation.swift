/// A broken promise of the conversion pipeline, found by ``PipelineInvariants`` (or by the checkers it uses).
package struct InvariantViolation: Error, Sendable, Equatable, CustomStringConvertible {
  /// What was wrong, for people.
  package let message: String

  /// Creates a violation.
  package init(_ message: String) {
    self.message = message
  }

  /// The message.
  package var description: String { message }
}
