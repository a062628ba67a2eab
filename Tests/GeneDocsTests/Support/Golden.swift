import Foundation
import Testing

/// Golden files: compared exactly; rewritten only when `GENE2JSON_RECORD=1`, and then the run fails, so a golden
/// never changes by accident.
enum Golden {
  /// Whether this run records goldens.
  static let recording = ProcessInfo.processInfo.environment["GENE2JSON_RECORD"] == "1"

  /// Compares bytes with the golden file at a path under the package root (or records it).
  static func check(_ actual: [UInt8], against relativePath: String, sourceLocation: SourceLocation = #_sourceLocation)
  {
    let url = FixturePaths.root.appendingPathComponent(relativePath)
    if recording {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual).write(to: url)
      Issue.record(
        "recorded \(relativePath); run again without GENE2JSON_RECORD to compare", sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? Data(contentsOf: url) else {
      Issue.record("missing golden \(relativePath) (record with GENE2JSON_RECORD=1)", sourceLocation: sourceLocation)
      return
    }
    let expectedText = String(decoding: expected, as: UTF8.self)
    let actualText = String(decoding: actual, as: UTF8.self)
    #expect(actualText == expectedText, "golden \(relativePath) differs", sourceLocation: sourceLocation)
  }
}
