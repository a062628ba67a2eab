/// A `--files-from` list that could not be opened or read: the batch cannot go on (a usage-level failure).
public struct InputListError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, for people.
  public let message: String

  /// Creates an error.
  public init(message: String) {
    self.message = message
  }

  /// The message, for people.
  public var description: String { message }
}
