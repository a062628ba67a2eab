import Foundation

/// The inputs the invariants are checked on in tests: the fixtures (the fuzz seed corpus) and the fuzz regressions.
enum CorpusFiles {
  /// The package root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every `Fixtures/**/*.md`, as paths relative to the root, sorted.
  static func fixtures() -> [String] {
    files(under: "Fixtures").filter { $0.hasSuffix(".md") }
  }

  /// Every file in `Fuzz/regressions` (inputs that once broke an invariant), sorted.
  static func regressions() -> [String] {
    files(under: "Fuzz/regressions").filter { !$0.hasSuffix("README.md") }
  }

  /// Every file in `Fuzz/identity-regressions` (inputs that once broke an identity invariant), sorted.
  static func identityRegressions() -> [String] {
    files(under: "Fuzz/identity-regressions").filter { !$0.hasSuffix("README.md") }
  }

  /// The bytes of a file under the root.
  static func bytes(_ relativePath: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
  }

  private static func files(under directory: String) -> [String] {
    let base = root.appendingPathComponent(directory)
    guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
    return walker.compactMap { $0 as? String }
      .filter {
        (try? base.appendingPathComponent($0).resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
      }
      .map { "\(directory)/\($0)" }.sorted()
  }
}
