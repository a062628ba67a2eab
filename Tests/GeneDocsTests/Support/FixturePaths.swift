import Foundation

/// Where the package's fixtures are, found from this file's path.
enum FixturePaths {
  /// The package root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Fixtures/convert`.
  static let convert = root.appendingPathComponent("Fixtures/convert")

  /// The Markdown fixtures in `Fixtures/convert`, sorted.
  static func convertFixtures() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: convert.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted()
  }

  /// The bytes of a file under the package root.
  static func bytes(_ relativePath: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
  }
}
