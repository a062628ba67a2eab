/// GitHub Actions workflow commands, one a finding: `::error file=PATH,line=L,col=C,title=CODE::MESSAGE` (or
/// `::warning`), escaped as the Actions runner expects: `%`, CR and LF everywhere, and `:` and `,` in properties.
public struct GitHubReporter: ValidationReporter {
  /// Creates a reporter.
  public init() {}

  /// One workflow command a finding.
  public mutating func report(_ document: ValidatedDocument) -> [UInt8] {
    var text = ""
    for finding in document.findings {
      let diagnostic = finding.diagnostic
      let properties = [
        "file=" + Self.escapeProperty(document.path), "line=\(diagnostic.line)", "col=\(diagnostic.column)",
        "title=" + Self.escapeProperty(diagnostic.code.rawValue),
      ]
      text +=
        "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::"
        + Self.escapeData(diagnostic.message) + "\n"
    }
    return Array(text.utf8)
  }

  /// Nothing: the annotations are the output.
  public mutating func finish(_ summary: ValidationSummary) -> [UInt8] { [] }

  // MARK: - Escaping

  /// A command's message: `%`, CR and LF percent-encoded.
  static func escapeData(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": escaped += "%25"
      case "\r": escaped += "%0D"
      case "\n": escaped += "%0A"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// A property's value: as a message, and `:` and `,` percent-encoded too.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
