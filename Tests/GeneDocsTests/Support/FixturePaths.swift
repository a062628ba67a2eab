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

extension FixturePaths {
  /// `shared/corpus/gene-docs` beside the checkout (as in CI) or beside a folder above it (a worktree); nil when
  /// it is not there.
  static let sharedCorpus: URL? = {
    var folder = root.deletingLastPathComponent()
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("shared/corpus/gene-docs")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }()

  /// The corpus documents' paths, sorted (none when the corpus is not there).
  static func sharedCorpusDocuments() -> [URL] {
    guard let corpus = sharedCorpus else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().map { corpus.appendingPathComponent($0) }
  }
}
