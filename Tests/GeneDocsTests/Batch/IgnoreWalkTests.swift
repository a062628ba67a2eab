import Foundation
import Testing

@testable import GeneDocs

/// Directory walks leave out what ignore files and exclude patterns say; git itself is the judge of `.gitignore`.
@Suite("Walks: .gitignore, .ignore and exclude patterns")
struct IgnoreWalkTests {
  private func walk(_ root: String, _ options: WalkOptions = WalkOptions()) -> [String] {
    var walker = DirectoryWalker(root: root, options: options)
    var paths: [String] = []
    while let item = walker.next() {
      switch item {
      case .input(let input): paths.append(input.path)
      case .failure(let path, _): paths.append("! " + path)
      }
    }
    return paths
  }

  /// A tree of Markdown files with `.gitignore` files at several depths that use every part of the syntax.
  private func ignoredTree() throws -> TemporaryTree {
    let tree = try TemporaryTree()
    for name in [
      "README.md", "CHANGELOG.md", "keep.md", "a.md", "a.draft.md", "notes/x.md", "notes/keep.md", "drafts/d.md",
      "docs/drafts/e.md", "docs/g.md", "docs/old/o.md", "docs/old/new/n.md", "docs/sub/README.md", "build/b.md",
      "deep/a/b/gen/z.md", "deep/a/b/y.md", "top.md", "sub/top.md", "log[1].md", "space .md", "docs/sub/local.md",
      "docs/sub/kept.md", "x/build.md/in.md",
    ] {
      try tree.write(name)
    }
    try tree.write(
      ".gitignore",
      """
      # comment, then a blank line

      *.draft.md
      README.md
      !docs/sub/README.md
      drafts/
      /top.md
      build/
      **/gen/
      log\\[1\\].md
      space\\ .md
      notes/*
      !notes/keep.md
      build.md/

      """)
    try tree.write("docs/.gitignore", "old/**\n!old/new/\n!old/new/**\n")
    try tree.write("docs/sub/.gitignore", "local.md\n")
    return tree
  }

  @Test("leaves out exactly what git leaves out", .enabled(if: Git.available))
  func agreesWithGit() throws {
    let tree = try ignoredTree()
    defer { tree.remove() }
    try Git.run(["init", "--quiet"], in: tree.path)
    try tree.write(".git/info/exclude", "CHANGELOG.md\n")
    let gitKeeps = try Git.untracked(in: tree.path).filter { $0.hasSuffix(".md") }.sorted()
    let walked = walk(tree.path).map { String($0.dropFirst(tree.path.count + 1)) }.sorted()
    #expect(walked == gitKeeps)
    #expect(!walked.contains("README.md") && walked.contains("docs/sub/README.md") && walked.contains("sub/top.md"))
  }

  @Test("a walk below the repository's root uses the ignore files above it, as git does", .enabled(if: Git.available))
  func parentsAgreeWithGit() throws {
    let tree = try ignoredTree()
    defer { tree.remove() }
    try Git.run(["init", "--quiet"], in: tree.path)
    let gitKeeps = try Git.untracked(in: tree.path + "/docs").filter { $0.hasSuffix(".md") }.sorted()
    let walked = walk(tree.path + "/docs").map { "docs/" + String($0.dropFirst(tree.path.count + 6)) }.sorted()
    #expect(walked == gitKeeps)
    #expect(walked.contains("docs/g.md") && !walked.contains("docs/drafts/e.md"))
  }

  @Test("outside a repository, .gitignore files in the walk still count; those above it do not")
  func outsideRepository() throws {
    let tree = try ignoredTree()
    defer { tree.remove() }
    #expect(!walk(tree.path).contains(tree.path + "/README.md"))
    let docs = walk(tree.path + "/docs")
    #expect(docs.contains(tree.path + "/docs/drafts/e.md"))
    #expect(!docs.contains(tree.path + "/docs/old/o.md"))
  }

  @Test("readsIgnoreFiles false walks everything")
  func noIgnore() throws {
    let tree = try ignoredTree()
    defer { tree.remove() }
    #expect(walk(tree.path, WalkOptions(readsIgnoreFiles: false)).count == 23)
  }

  @Test(".ignore outranks .gitignore, and a deeper file a shallower one")
  func precedence() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for name in ["a.md", "b.md", "sub/a.md", "sub/b.md"] { try tree.write(name) }
    try tree.write(".gitignore", "a.md\n")
    try tree.write(".ignore", "!a.md\nb.md\n")
    try tree.write("sub/.gitignore", "!b.md\n")
    let prefix = tree.path + "/"
    // `.ignore` re-includes a.md everywhere; its b.md beats the deeper `.gitignore`'s !b.md (ripgrep's order).
    #expect(walk(tree.path) == ["a.md", "sub/a.md"].map { prefix + $0 })
    try tree.write("sub/.ignore", "!b.md\n")
    #expect(walk(tree.path) == ["a.md", "sub/a.md", "sub/b.md"].map { prefix + $0 })
  }

  @Test("exclude patterns: relative to each walked folder, or to a fixed one; the first list that matches decides")
  func excludes() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for name in ["docs/README.md", "docs/a.md", "docs/archive/old.md", "docs/x/README.md", "other/README.md"] {
      try tree.write(name)
    }
    let prefix = tree.path + "/"
    let walked = walk(prefix + "docs", WalkOptions(excludes: [ExcludePatterns(["README.md", "/archive/"])]))
    #expect(walked == [prefix + "docs/a.md"])
    // Relative to the tree (a configuration file's folder): `docs/README.md` is anchored there.
    let configured = ExcludePatterns(["docs/README.md"], relativeTo: tree.path)
    #expect(
      walk(prefix + "docs", WalkOptions(excludes: [configured]))
        == ["docs/a.md", "docs/archive/old.md", "docs/x/README.md"].map { prefix + $0 })
    #expect(walk(prefix + "other", WalkOptions(excludes: [configured])) == [prefix + "other/README.md"])
    // A `!` pattern in an earlier list re-includes what a later one excludes.
    let overriding = WalkOptions(excludes: [ExcludePatterns(["!docs/README.md"], relativeTo: tree.path), configured])
    #expect(walk(prefix + "docs", overriding).contains(prefix + "docs/README.md"))
    // A folder the patterns are relative to that lies inside the walk applies below it only.
    let inside = ExcludePatterns(["README.md"], relativeTo: prefix + "docs/x")
    #expect(
      walk(prefix + "docs", WalkOptions(excludes: [inside]))
        == ["docs/README.md", "docs/a.md", "docs/archive/old.md"].map { prefix + $0 })
  }
}

/// git, for the independent check of `.gitignore` semantics.
enum Git {
  static let path = ["/usr/bin/git", "/usr/local/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }
  static var available: Bool { path != nil }

  /// Runs git in a folder with no user or system configuration; returns standard output.
  @discardableResult
  static func run(_ arguments: [String], in directory: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/git")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The untracked files git does not ignore under a folder, relative to the repository's root.
  static func untracked(in directory: String) throws -> [String] {
    try run(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "."], in: directory)
      .split(separator: "\0").map(String.init)
  }
}
