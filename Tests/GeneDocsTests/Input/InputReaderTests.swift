import Testing

@testable import GeneDocs

@Suite("InputReader")
struct InputReaderTests {
  @Test("reads a whole file, an empty file, and at most limit + 1 bytes of a larger one")
  func sizes() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    let text = String(repeating: "abcdefgh", count: 20_000)
    try tree.write("big.md", text)
    try tree.write("empty.md", "")
    #expect(try InputReader.read(path: tree.path + "/big.md", limit: 1 << 20).get() == Array(text.utf8))
    #expect(try InputReader.read(path: tree.path + "/empty.md", limit: 10).get() == [])
    #expect(try InputReader.read(path: tree.path + "/big.md", limit: 10).get() == Array(text.utf8.prefix(11)))
  }

  @Test("a missing file and a directory are failures")
  func failures() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    #expect(throws: InputReader.Failure(message: "No such file or directory")) {
      try InputReader.read(path: tree.path + "/none.md", limit: 10).get()
    }
    #expect(throws: InputReader.Failure(message: "is a directory")) {
      try InputReader.read(path: tree.path, limit: 10).get()
    }
  }
}

extension InputReaderTests {
  @Test("a file whose size fstat gives as 0 (/proc) is read to its end")
  func procFile() throws {
    let bytes = try InputReader.read(path: "/proc/self/status", limit: 1 << 20).get()
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
  }
}
