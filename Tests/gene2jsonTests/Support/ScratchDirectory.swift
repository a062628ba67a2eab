import Foundation

/// A fresh temporary directory for one test's inputs, removed when the value goes away.
final class ScratchDirectory {
  /// The directory.
  let url: URL

  /// Creates an empty directory under the system's temporary directory.
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("gene2json-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// The absolute path of a name inside the directory.
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes a file (creating its parent directories) and returns its absolute path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes a file of UTF-8 text and returns its absolute path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }
}
