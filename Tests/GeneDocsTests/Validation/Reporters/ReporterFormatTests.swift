import Foundation
import Testing

@testable import GeneDocs

@Suite("Reporter formats: escaping, empty runs, SARIF locations and overrides")
struct ReporterFormatTests {
  static let finding = ValidationFinding(
    Diagnostic(.sectionOrder, "100% wrong,\r\nreally: yes", at: SourceLocation(line: 3, column: 7)), utf16Column: 5)

  func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test("github: %, CR and LF escaped in the message; also , and : in properties")
  func githubEscaping() {
    var reporter = GitHubReporter()
    let output = text(reporter.report(ValidatedDocument(path: "dir,a/b:c%.md", findings: [Self.finding])))
    #expect(
      output
        == "::warning file=dir%2Ca/b%3Ac%25.md,line=3,col=7,title=GD107::100% wrong,%0D%0Areally: yes\n"
        .replacingOccurrences(of: "100% wrong", with: "100%25 wrong"))
    #expect(text(reporter.finish(ValidationSummary())).isEmpty)
  }

  @Test("text: one line a finding, then the summary")
  func textLines() {
    var reporter = TextReporter()
    let document = ValidatedDocument(
      path: "a.md", findings: [ValidationFinding(Diagnostic(.noSymbol, "none", at: .start))])
    var summary = ValidationSummary()
    summary.add(document)
    #expect(text(reporter.report(document)) == "a.md:1:1: error: none [GD201]\n")
    #expect(text(reporter.finish(summary)) == "Summary: 1 error(s), 0 warning(s) in 1 file(s)\n")
  }

  @Test("json: an empty run is an empty array; messages are JSON-escaped")
  func json() throws {
    var empty = JSONReporter()
    #expect(
      text(empty.report(ValidatedDocument(path: "a.md", findings: []))) + text(empty.finish(ValidationSummary()))
        == "[]\n")
    var reporter = JSONReporter()
    let output =
      reporter.report(ValidatedDocument(path: "a\"b.md", findings: [Self.finding]))
      + reporter.finish(ValidationSummary())
    let parsed = try JSONSerialization.jsonObject(with: Data(output)) as? [[String: Any]]
    #expect(parsed?.first?["path"] as? String == "a\"b.md")
    #expect(parsed?.first?["message"] as? String == "100% wrong,\r\nreally: yes")
    #expect(parsed?.first?["column"] as? Int == 7)
    #expect(parsed?.first.map { Array($0.keys).sorted() } == ["code", "column", "line", "message", "path", "severity"])
  }

  func sarif(_ paths: [String], configuration: ValidationConfiguration = ValidationConfiguration()) throws -> [String:
    Any]
  {
    var reporter = SARIFReporter(configuration: configuration, baseDirectory: "/work/repo")
    for path in paths { _ = reporter.report(ValidatedDocument(path: path, findings: [Self.finding])) }
    let output = reporter.finish(ValidationSummary())
    return try #require(try JSONSerialization.jsonObject(with: Data(output)) as? [String: Any])
  }

  func results(_ log: [String: Any]) -> [[String: Any]] {
    ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
  }

  func artifact(_ result: [String: Any]) -> [String: Any]? {
    let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
    return location?["artifactLocation"] as? [String: Any]
  }

  @Test("sarif: relative URIs against %SRCROOT%, percent-encoded; paths outside the base are file URIs")
  func sarifLocations() throws {
    let log = try sarif(["./docs/a b.md", "/work/repo/docs/c.md", "/elsewhere/d#.md"])
    let artifacts = results(log).map(artifact)
    #expect(artifacts[0]?["uri"] as? String == "docs/a%20b.md")
    #expect(artifacts[0]?["uriBaseId"] as? String == "%SRCROOT%")
    #expect(artifacts[1]?["uri"] as? String == "docs/c.md")
    #expect(artifacts[2]?["uri"] as? String == "file:///elsewhere/d%23.md")
    #expect(artifacts[2]?["uriBaseId"] == nil)
    let region = ((results(log)[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
      "region"]
    #expect((region as? [String: Any])?["startColumn"] as? Int == 5)
    #expect(results(log)[0]["ruleIndex"] as? Int == DiagnosticCode.allCases.firstIndex(of: .sectionOrder))
  }

  @Test("sarif: one rule per code; configured severities are rule configuration overrides")
  func sarifRules() throws {
    let configuration = ValidationConfiguration(rules: [.sectionOrder: .error, .mojibake: .off, .noSymbol: .error])
    let run = try #require((try sarif([], configuration: configuration)["runs"] as? [[String: Any]])?.first)
    let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
    #expect(rules?.compactMap { $0["id"] as? String } == DiagnosticCode.allCases.map(\.rawValue))
    let overrides = (run["invocations"] as? [[String: Any]])?.first?["ruleConfigurationOverrides"] as? [[String: Any]]
    let summary = overrides?.map { override in
      let id = (override["descriptor"] as? [String: Any])?["id"] as? String ?? ""
      let configuration = override["configuration"] as? [String: Any] ?? [:]
      return
        "\(id):\(configuration["level"] as? String ?? "")\(configuration["enabled"] as? Bool == false ? "off" : "")"
    }
    #expect(summary == ["GD107:error", "GD301:off"])
  }
}
