/// What a batch delivers for one input, in input order.
public enum BatchEvent<Result: Sendable>: Sendable {
  /// The input was read and `work` gave this result.
  case result(path: String, Result)
  /// The input could not be read, or a directory could not be walked: a GD303 error at line 1, column 1.
  case inputFailure(path: String, Diagnostic)

  /// The input's path.
  public var path: String {
    switch self {
    case .result(let path, _), .inputFailure(let path, _): return path
    }
  }
}
