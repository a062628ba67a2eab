/// One document to convert: a path as the user gave it or as a directory walk built it, `-` for standard input.
public struct BatchInput: Sendable, Equatable {
  /// The path, `-` for standard input.
  public let path: String

  /// Creates an input.
  public init(path: String) {
    self.path = path
  }

  /// Whether the input is standard input.
  public var isStandardInput: Bool { path == "-" }
}
