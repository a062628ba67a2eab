/// One JSON array of `{path, line, column, severity, code, message}`, one object a line; `[]` when nothing was
/// found.
public struct JSONReporter: ValidationReporter {
  private var count = 0

  /// Creates a reporter.
  public init() {}

  /// One array element a finding, opening the array before the first.
  public mutating func report(_ document: ValidatedDocument) -> [UInt8] {
    var output: [UInt8] = []
    for finding in document.findings {
      output += Array((count == 0 ? "[\n" : ",\n").utf8)
      count += 1
      let diagnostic = finding.diagnostic
      var writer = JSONWriter(pretty: false, reservingCapacity: 256)
      writer.beginObject()
      writer.string(document.path, key: "path")
      writer.int(diagnostic.line, key: "line")
      writer.int(diagnostic.column, key: "column")
      writer.string(diagnostic.severity.rawValue, key: "severity")
      writer.string(diagnostic.code.rawValue, key: "code")
      writer.string(diagnostic.message, key: "message")
      writer.endObject()
      output += [0x20, 0x20] + writer.bytes
    }
    return output
  }

  /// Closes the array, or prints `[]` when nothing was found.
  public mutating func finish(_ summary: ValidationSummary) -> [UInt8] {
    Array((count == 0 ? "[]\n" : "\n]\n").utf8)
  }
}
