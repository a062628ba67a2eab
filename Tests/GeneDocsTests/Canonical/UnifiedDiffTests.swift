import Testing

@testable import GeneDocs

@Suite("fix --diff: the unified diff")
struct UnifiedDiffTests {
  static func diff(_ old: String, _ new: String) -> String {
    String(
      decoding: UnifiedDiff.diff(from: Array(old.utf8), to: Array(new.utf8), oldLabel: "a.md", newLabel: "a.md"),
      as: UTF8.self)
  }

  @Test("equal texts give nothing")
  func equal() {
    #expect(Self.diff("a\nb\n", "a\nb\n").isEmpty)
  }

  @Test("a change with three lines of context; a missing final line end is marked as diff marks it")
  func oneHunk() {
    let old = (1...9).map { "line \($0)" }.joined(separator: "\n")
    let new = old.replacingOccurrences(of: "line 5", with: "LINE 5") + "\n"
    #expect(
      Self.diff(old, new)
        == "--- a.md\n+++ a.md\n@@ -2,8 +2,8 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n"
        + "-line 9\n\\ No newline at end of file\n+line 9\n")
  }

  @Test("changes more than six lines apart make two hunks; closer ones, one; CRLF to LF shows")
  func hunks() {
    let lines = (1...20).map { "l\($0)\n" }
    var far = lines
    far[1] = "X\n"
    far[15] = "Y\n"
    #expect(Self.diff(lines.joined(), far.joined()).components(separatedBy: "\n@@ ").count == 3)
    var near = lines
    near[1] = "X\n"
    near[8] = "Y\n"
    #expect(Self.diff(lines.joined(), near.joined()).components(separatedBy: "\n@@ ").count == 2)
    #expect(Self.diff("a\r\nb\r\n", "a\nb\n") == "--- a.md\n+++ a.md\n@@ -1,2 +1,2 @@\n-a\r\n-b\r\n+a\n+b\n")
  }

  @Test("an empty side names the line before the hunk")
  func emptySide() {
    #expect(Self.diff("", "a\n") == "--- a.md\n+++ a.md\n@@ -0,0 +1 @@\n+a\n")
  }
}
