/// A `--columns` name that is not a column of the rows written (``RecordColumn``, or a ``RecordRow``'s columns).
public struct UnknownColumnError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The name as given.
  public let name: String
  /// The columns there are.
  public let known: [String]

  /// Creates an error; `known` defaults to the record's columns.
  public init(name: String, known: [String] = RecordColumn.allCases.map(\.rawValue)) {
    self.name = name
    self.known = known
  }

  /// The message, for people.
  public var description: String {
    "unknown column '\(name)': use " + known.joined(separator: ", ")
  }
}
