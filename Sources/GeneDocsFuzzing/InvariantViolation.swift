/// A broken promise of the conversion pipeline, found by ``PipelineInvariants`` (or by the checkers it uses).
public struct InvariantViolation: Error, Sendable, Equatable, CustomStringConvertible {
  /// What was wrong, for people.
  public let message: String

  /// Creates a violation.
  public init(_ message: String) {
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
