/// SARIF 2.1.0 for code-scanning upload: one run; the driver lists one rule per code (in code order, so a result's
/// `ruleIndex` is its code's position), with the code's default severity; rules the configuration sets otherwise
/// are listed in the invocation's `ruleConfigurationOverrides`. Result locations are relative URIs against
/// `%SRCROOT%` (the directory validation ran in); columns are UTF-16 code units, SARIF's default.
public struct SARIFReporter: ValidationReporter {
  /// The URI of the SARIF 2.1.0 schema the output follows.
  public static let schemaURI =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  /// Where people learn about the tool.
  public static let informationURI = "https://gene2json.dev"
  /// The base every relative result URI is resolved against.
  public static let uriBaseID = "%SRCROOT%"

  private let configuration: ValidationConfiguration
  private let baseDirectory: String
  private var results: [(path: String, finding: ValidationFinding)] = []

  /// Creates a reporter; absolute document paths under `baseDirectory` are written relative to it.
  public init(configuration: ValidationConfiguration = ValidationConfiguration(), baseDirectory: String) {
    self.configuration = configuration
    self.baseDirectory = baseDirectory
  }

  /// Nothing yet: the findings are kept for the log.
  public mutating func report(_ document: ValidatedDocument) -> [UInt8] {
    results += document.findings.map { (document.path, $0) }
    return []
  }

  /// The whole SARIF log.
  public mutating func finish(_ summary: ValidationSummary) -> [UInt8] {
    var writer = JSONWriter(pretty: true, reservingCapacity: 16_384 + results.count * 512)
    writer.beginObject()
    writer.string(Self.schemaURI, key: "$schema")
    writer.string("2.1.0", key: "version")
    writer.beginArray(key: "runs")
    writer.beginObject()
    writeTool(&writer)
    writeInvocation(&writer)
    writer.beginObject(key: "originalUriBaseIds")
    writer.beginObject(key: Self.uriBaseID)
    Self.text("The directory gene2json validate ran in.", key: "description", &writer)
    writer.endObject()
    writer.endObject()
    writer.string("utf16CodeUnits", key: "columnKind")
    writer.beginArray(key: "results")
    for (path, finding) in results { writeResult(finding, path: path, &writer) }
    writer.endArray()
    writer.endObject()
    writer.endArray()
    writer.endObject()
    return writer.bytes + [UInt8(ascii: "\n")]
  }

  // MARK: - Run

  private func writeTool(_ writer: inout JSONWriter) {
    writer.beginObject(key: "tool")
    writer.beginObject(key: "driver")
    writer.string("gene2json", key: "name")
    writer.string(GeneDocsVersion.current, key: "version")
    writer.string(GeneDocsVersion.current, key: "semanticVersion")
    writer.string(Self.informationURI, key: "informationUri")
    writer.beginArray(key: "rules")
    for code in DiagnosticCode.allCases {
      writer.beginObject()
      writer.string(code.rawValue, key: "id")
      writer.string(code.ruleName, key: "name")
      Self.text(code.summary, key: "shortDescription", &writer)
      let byDefault =
        code.isOffByDefault
        ? "Off by default; reported as \(code.defaultSeverity.rawValue) when turned on."
        : "Reported as \(code.defaultSeverity.rawValue) by default."
      Self.text("\(code.summary). \(byDefault)", key: "fullDescription", &writer)
      Self.text(code.help, key: "help", &writer)
      writer.beginObject(key: "defaultConfiguration")
      if code.isOffByDefault { writer.value(.bool(false), key: "enabled") }
      writer.string(code.defaultSeverity.rawValue, key: "level")
      writer.endObject()
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    writer.endObject()
  }

  private func writeInvocation(_ writer: inout JSONWriter) {
    writer.beginArray(key: "invocations")
    writer.beginObject()
    writer.value(.bool(true), key: "executionSuccessful")
    let overridden = DiagnosticCode.allCases.enumerated().filter { _, code in
      configuration.severity(for: code) != ValidationConfiguration().severity(for: code)
    }
    if !overridden.isEmpty {
      writer.beginArray(key: "ruleConfigurationOverrides")
      for (index, code) in overridden {
        writer.beginObject()
        writer.beginObject(key: "descriptor")
        writer.string(code.rawValue, key: "id")
        writer.int(index, key: "index")
        writer.endObject()
        writer.beginObject(key: "configuration")
        if let severity = configuration.severity(for: code) {
          if code.isOffByDefault { writer.value(.bool(true), key: "enabled") }
          writer.string(severity.rawValue, key: "level")
        } else {
          writer.value(.bool(false), key: "enabled")
        }
        writer.endObject()
        writer.endObject()
      }
      writer.endArray()
    }
    writer.endObject()
    writer.endArray()
  }

  // MARK: - Results

  private func writeResult(_ finding: ValidationFinding, path: String, _ writer: inout JSONWriter) {
    let diagnostic = finding.diagnostic
    writer.beginObject()
    writer.string(diagnostic.code.rawValue, key: "ruleId")
    writer.int(DiagnosticCode.allCases.firstIndex(of: diagnostic.code) ?? 0, key: "ruleIndex")
    writer.string(diagnostic.severity.rawValue, key: "level")
    Self.text(diagnostic.message, key: "message", &writer)
    writer.beginArray(key: "locations")
    writer.beginObject()
    writer.beginObject(key: "physicalLocation")
    writer.beginObject(key: "artifactLocation")
    let location = ArtifactURI(path: path, baseDirectory: baseDirectory)
    writer.string(location.uri, key: "uri")
    if location.isRelative { writer.string(Self.uriBaseID, key: "uriBaseId") }
    writer.endObject()
    writer.beginObject(key: "region")
    writer.int(diagnostic.line, key: "startLine")
    writer.int(finding.utf16Column, key: "startColumn")
    writer.endObject()
    writer.endObject()
    writer.endObject()
    writer.endArray()
    writer.endObject()
  }

  /// A SARIF message object: `{"text": …}`.
  private static func text(_ text: String, key: String, _ writer: inout JSONWriter) {
    writer.beginObject(key: key)
    writer.string(text, key: "text")
    writer.endObject()
  }
}
