import Foundation

/// A scratch directory for tests that need files, removed by ``remove()``.
struct TemporaryTree {
  /// The directory's path (no trailing slash).
  let path: String

  /// Creates an empty scratch directory.
  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("gene-docs-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes a file (creating folders), relative to the tree.
  func write(_ relativePath: String, _ text: String = "## Gene Summary\nX1 is a gene.\n") throws {
    let url = URL(fileURLWithPath: path + "/" + relativePath)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Makes a symbolic link at `relativePath` pointing to `target`.
  func link(_ relativePath: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path + "/" + relativePath, withDestinationPath: target)
  }

  /// Removes the tree.
  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
