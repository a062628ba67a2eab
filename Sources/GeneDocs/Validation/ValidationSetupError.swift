/// Why validation could not be set up: a configuration file or gene table that cannot be read or makes no sense.
///
/// It is the tool's failure, not a document's: the command line reports it and exits with status 2.
public struct ValidationSetupError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file at fault.
  public let path: String
  /// The 1-based line at fault, when known.
  public let line: Int?
  /// The 1-based column at fault, when known.
  public let column: Int?
  /// What is wrong, for people.
  public let message: String

  /// Creates an error.
  public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// `path:line:column: error: message`, the position as far as it is known.
  public var description: String {
    var text = path
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text + ": error: " + message
  }
}
