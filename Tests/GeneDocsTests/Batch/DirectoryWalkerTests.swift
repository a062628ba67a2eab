import Foundation
import Testing

@testable import GeneDocs

@Suite("DirectoryWalker")
struct DirectoryWalkerTests {
  private func walk(_ root: String) -> [String] {
    var walker = DirectoryWalker(root: root)
    var items: [String] = []
    while let item = walker.next() {
      switch item {
      case .input(let input): items.append(input.path)
      case .failure(let path, let diagnostic): items.append("! \(path): \(diagnostic.message)")
      }
    }
    return items
  }

  @Test("yields *.md and *.markdown in byte order of full paths, skipping hidden names and other files")
  func order() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for name in [
      "a.md", "a.md.md", "a-b.md", "a/x.md", "a/b/c.markdown", "B.md", "é.md", "z.MD", ".h.md", ".git/x.md", "n.txt",
    ] {
      try tree.write(name)
    }
    let prefix = tree.path + "/"
    #expect(
      walk(tree.path)
        == ["B.md", "a-b.md", "a.md", "a.md.md", "a/b/c.markdown", "a/x.md", "z.MD", "é.md"].map { prefix + $0 })
    #expect(walk(tree.path + "/").first == prefix + "B.md")
  }

  @Test("follows links; a loop, a dangling link and a FIFO are failures in their sorted place; the rest goes on")
  func links() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("real/a.md")
    try tree.write("other.md")
    try tree.link("real/loop", to: "..")
    try tree.link("real/ln.md", to: "../other.md")
    try tree.link("real/gone.md", to: "nowhere.md")
    try tree.link("via", to: "real")
    #expect(mkfifo(tree.path + "/real/fifo.md", 0o600) == 0)
    let prefix = tree.path + "/"
    #expect(
      walk(tree.path) == [
        prefix + "other.md",
        prefix + "real/a.md",
        "! \(prefix)real/fifo.md: cannot read: not a regular file",
        "! \(prefix)real/gone.md: cannot read: No such file or directory",
        prefix + "real/ln.md",
        "! \(prefix)real/loop: cannot read: symbolic link loop: the directory contains itself",
        prefix + "via/a.md",
        "! \(prefix)via/fifo.md: cannot read: not a regular file",
        "! \(prefix)via/gone.md: cannot read: No such file or directory",
        prefix + "via/ln.md",
        "! \(prefix)via/loop: cannot read: symbolic link loop: the directory contains itself",
      ])
  }

  @Test("a directory that cannot be opened is one failure")
  func missing() {
    #expect(walk("/no/such/dir") == ["! /no/such/dir: cannot read: No such file or directory"])
  }

  @Test("isMarkdown takes .md and .markdown in any case, not a bare extension")
  func markdownNames() {
    #expect(DirectoryWalker.isMarkdown(Array("x.md".utf8)))
    #expect(DirectoryWalker.isMarkdown(Array("x.MarkDown".utf8)))
    #expect(!DirectoryWalker.isMarkdown(Array(".md".utf8)))
    #expect(!DirectoryWalker.isMarkdown(Array("x.mdx".utf8)))
    #expect(!DirectoryWalker.isMarkdown(Array("xmd".utf8)))
  }
}
