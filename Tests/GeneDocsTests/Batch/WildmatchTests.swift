import Testing

@testable import GeneDocs

/// Cases from git's wildmatch tests (t3070, the `WM_PATHNAME` column), which `.gitignore` matching uses.
@Suite("Wildmatch: git's glob with WM_PATHNAME")
struct WildmatchTests {
  @Test(
    "matches as git does",
    arguments: [
      ("foo", "foo", true), ("bar", "foo", false), ("???", "foo", true), ("??", "foo", false), ("*", "foo", true),
      ("f*", "foo", true), ("*f", "foo", false), ("*foo*", "foo", true), ("*ob*a*r*", "foobar", true),
      ("*ab", "aaaaaaabababab", true), ("foo\\*", "foo*", true), ("foo\\*bar", "foobar", false),
      ("f\\\\oo", "f\\oo", true), ("*[al]?", "ball", true), ("[ten]", "ten", false), ("**[!te]", "ten", true),
      ("**[!ten]", "ten", false), ("t[a-g]n", "ten", true), ("t[!a-g]n", "ten", false), ("t[!a-g]n", "ton", true),
      ("t[^a-g]n", "ton", true), ("a[]]b", "a]b", true), ("a[]-]b", "a-b", true), ("a[]-]b", "a]b", true),
      ("a[]-]b", "aab", false), ("a[]a-]b", "aab", true), ("]", "]", true), ("foo*bar", "foo/baz/bar", false),
      ("foo**bar", "foo/baz/bar", false), ("foo/**/bar", "foo/baz/bar", true), ("foo/**/**/bar", "foo/baz/bar", true),
      ("foo/**/bar", "foo/b/a/z/bar", true), ("foo/**/bar", "foo/bar", true), ("foo?bar", "foo/bar", false),
      ("foo[/]bar", "foo/bar", false), ("foo[^a-z]bar", "foo/bar", false),
      ("f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo/bar", false), ("f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo-bar", true),
      ("**/foo", "foo", true), ("**/foo", "XXX/foo", true), ("**/foo", "bar/baz/foo", true),
      ("*/foo", "bar/baz/foo", false), ("**/bar*", "foo/bar/baz", false), ("**/bar/*", "deep/foo/bar/baz", true),
      ("**/bar/*", "deep/foo/bar/baz/", false), ("**/bar/**", "deep/foo/bar/baz/", true),
      ("**/bar/*", "deep/foo/bar", false), ("**/bar/**", "deep/foo/bar/", true), ("**/bar**", "foo/bar/baz", false),
      ("*/bar/**", "foo/bar/baz/x", true), ("*/bar/**", "deep/foo/bar/baz/x", false),
      ("**/bar/*/*", "deep/foo/bar/baz/x", true), ("a/**", "a/b/c", true), ("a/**", "a", false),
      ("[[:alpha:]][[:digit:]][[:upper:]]", "a1B", true), ("[[:digit:][:upper:][:space:]]", "a", false),
      ("[[:digit:][:upper:][:space:]]", "A", true), ("[a-c[:digit:]x-z]", "5", true),
      ("[a-c[:digit:]x-z]", "b", true), ("[a-c[:digit:]x-z]", "q", false), ("[[:nope:]]", "n", false),
      ("a[", "a[", false), ("a[b", "a[b", false), ("[!]-]", "]", false), ("[!]-]", "a", true),
      (
        "-*-*-*-*-*-*-12-*-*-*-m-*-*-*", "-adobe-courier-bold-o-normal--12-120-75-75-m-70-iso8859-1", true
      ),
      (
        "XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*", "XXX/adobe/courier/bold/o/normal//12/120/75/75/X/70/iso8859/1", false
      ),
      ("*a*a*a*a*a*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false),
    ])
  func cases(_ pattern: String, _ text: String, _ expected: Bool) {
    #expect(Wildmatch.matches(Array(pattern.utf8), Array(text.utf8)) == expected)
  }
}

@Suite("IgnorePattern: a .gitignore line")
struct IgnorePatternTests {
  @Test("comments, blank lines and a lone slash or bang state no pattern")
  func nothing() {
    for line in ["", "   ", "# comment", "/", "!", "!/"] { #expect(IgnorePattern(line: Array(line.utf8)) == nil) }
  }

  @Test(
    "reads negation, folder-only, anchoring and trailing spaces",
    arguments: [
      ("README.md", "README.md", false, false, false), ("!keep.md", "keep.md", true, false, false),
      ("drafts/", "drafts", false, true, false), ("/top.md", "top.md", false, false, true),
      ("docs/old/*.md", "docs/old/*.md", false, false, true), ("a.md  ", "a.md", false, false, false),
      ("a.md\\ ", "a.md\\ ", false, false, false), ("\\#x.md", "\\#x.md", false, false, false),
      ("\\!x.md", "\\!x.md", false, false, false), ("**/gen/", "**/gen", false, true, true),
      ("x.md\r", "x.md", false, false, false),
    ])
  func parse(_ line: String, _ glob: String, _ negated: Bool, _ directoryOnly: Bool, _ anchored: Bool) throws {
    let pattern = try #require(IgnorePattern(line: Array(line.utf8)))
    #expect(String(decoding: pattern.glob, as: UTF8.self) == glob)
    #expect(pattern.negated == negated)
    #expect(pattern.directoryOnly == directoryOnly)
    #expect(pattern.anchored == anchored)
  }

  @Test("a name pattern matches at any depth, an anchored one from its folder, a folder pattern only folders")
  func matching() throws {
    let name = try #require(IgnorePattern(line: Array("*.draft.md".utf8)))
    #expect(name.matches(path: Array("a/b/x.draft.md".utf8), name: Array("x.draft.md".utf8), isDirectory: false))
    let anchored = try #require(IgnorePattern(line: Array("/x.md".utf8)))
    #expect(anchored.matches(path: Array("x.md".utf8), name: Array("x.md".utf8), isDirectory: false))
    #expect(!anchored.matches(path: Array("a/x.md".utf8), name: Array("x.md".utf8), isDirectory: false))
    let folder = try #require(IgnorePattern(line: Array("drafts/".utf8)))
    #expect(folder.matches(path: Array("a/drafts".utf8), name: Array("drafts".utf8), isDirectory: true))
    #expect(!folder.matches(path: Array("a/drafts".utf8), name: Array("drafts".utf8), isDirectory: false))
  }
}
