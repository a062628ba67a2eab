/// One step of an input enumeration: an input to read, or a failure to report in its place.
enum InputItem: Sendable {
  case input(BatchInput)
  case failure(path: String, Diagnostic)

  /// A GD303 error for a path that could not be read or walked.
  static func failure(path: String, _ message: String) -> InputItem {
    .failure(path: path, InputFailure.diagnostic(message))
  }
}
