/// A `--columns` name that is not a ``RecordColumn``.
public struct UnknownColumnError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The name as given.
  public let name: String

  /// Creates an error.
  public init(name: String) {
    self.name = name
  }

  /// The message, for people.
  public var description: String {
    "unknown column '\(name)': use " + RecordColumn.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
