import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("gene2json fix: through the binary")
struct FixCommandTests {
  /// Fixtures that are not canonical, and fixable.
  static let fixable = [
    "closing-hashes.md", "heading-levels.md", "setext.md", "out-of-order.md", "mojibake.md", "bom.md",
  ]

  /// A scratch folder `docs` holding copies of fixtures.
  static func docs(_ shell: Shell, _ names: [String]) throws -> URL {
    let docs = shell.work.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
    for name in names {
      try FileManager.default.copyItem(
        at: CLI.root.appendingPathComponent("Fixtures/convert/\(name)"), to: docs.appendingPathComponent(name))
    }
    return docs
  }

  static func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

  @Test("fix rewrites in place, lists what it fixed, and a second run finds nothing to do")
  func inPlace() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = try Self.docs(shell, Self.fixable + ["canonical.md"])
    let before = try shell.gene2json(["--fix-encoding", "--format", "jsonl", docs.path])
    let canonical = try Self.bytes(docs.appendingPathComponent("canonical.md"))
    let run = try shell.gene2json(["fix", docs.path])
    #expect(run.status == 0, "\(run.stderr)")
    let listed = run.stdoutText.split(separator: "\n").map { $0.prefix { $0 != ":" } }
    #expect(Set(listed) == Set(Self.fixable.map { docs.appendingPathComponent($0).path[...] }))
    #expect(run.stdoutText.contains("setext.md: fixed: heading levels, setext headings"))
    #expect(run.stderr.hasSuffix("Summary: 6 fixed, 1 already canonical, 0 not fixed in 7 file(s)\n"))
    #expect(try Self.bytes(docs.appendingPathComponent("canonical.md")) == canonical)
    // The same records (with --fix-encoding: the mojibake is repaired either way), and nothing left to do.
    let after = try shell.gene2json(["--fix-encoding", "--format", "jsonl", docs.path])
    #expect(Self.withoutSourceAndDiagnostics(after.stdout) == Self.withoutSourceAndDiagnostics(before.stdout))
    let again = try shell.gene2json(["fix", "--check", docs.path])
    #expect(again.status == 0)
    #expect(again.stdout.isEmpty)
    #expect(again.stderr.hasSuffix("Summary: 0 would be fixed, 7 already canonical, 0 cannot be fixed in 7 file(s)\n"))
    let validate = try shell.gene2json(["validate", docs.path])
    #expect(!validate.stdoutText.contains("GD104") && !validate.stdoutText.contains("GD107"))
    #expect(!validate.stdoutText.contains("GD301"))
  }

  /// JSON Lines records without `source` and `diagnostics` (and, unless `keepingPositions`, the mentions' line and
  /// column), as compact JSON with sorted keys, one a line.
  static func withoutSourceAndDiagnostics(_ jsonl: Data, keepingPositions: Bool = true) -> [String] {
    String(decoding: jsonl, as: UTF8.self).split(separator: "\n").map { line in
      var object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
      object["source"] = nil
      object["diagnostics"] = nil
      if !keepingPositions, let mentions = object["mentions"] as? [[String: Any]] {
        object["mentions"] = mentions.map { $0.filter { $0.key != "line" && $0.key != "column" } }
      }
      let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
      return String(decoding: data, as: UTF8.self)
    }
  }

  @Test("--check changes nothing, lists files that would change with why, and exits 1")
  func check() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = try Self.docs(shell, Self.fixable + ["canonical.md"])
    let before = try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted().map {
      try Self.bytes(docs.appendingPathComponent($0))
    }
    let run = try shell.gene2json(["fix", "--check", docs.path])
    #expect(run.status == 1)
    #expect(run.stdoutText.split(separator: "\n").count == 6)
    #expect(run.stdoutText.contains("out-of-order.md: would fix: section order\n"))
    #expect(run.stdoutText.contains("bom.md: would fix: byte-order mark\n"))
    let after = try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted().map {
      try Self.bytes(docs.appendingPathComponent($0))
    }
    #expect(after == before)
    let canonical = try shell.gene2json(["fix", "--check", docs.appendingPathComponent("canonical.md").path])
    #expect(canonical.status == 0)
  }

  @Test("--diff prints a unified diff that patch -p0 applies to give what fix writes; nothing changes")
  func diff() throws {
    let shell = try Shell()
    defer { shell.remove() }
    _ = try Self.docs(shell, Self.fixable)
    let run = try shell.run(#"cd "$WORK" && "$BIN" fix --diff docs > patch.diff; echo $? > status"#)
    #expect(try String(contentsOf: shell.work.appendingPathComponent("status"), encoding: .utf8) == "1\n")
    let diff = try String(contentsOf: shell.work.appendingPathComponent("patch.diff"), encoding: .utf8)
    #expect(diff.contains("--- docs/setext.md\n+++ docs/setext.md\n@@ -1,11 +1,8 @@\n-Gene Summary\n"))
    #expect(run.status == 0)
    // Applied from a copy of the folder it was made in, as the README says.
    let applied = try shell.run(
      #"cd "$WORK" && mkdir patched && cp -r docs patched/ && cp -r docs fixed && (cd patched && patch -s -p0 "#
        + #"< ../patch.diff) && "$BIN" fix --quiet fixed && diff -r patched/docs fixed"#)
    #expect(applied.status == 0, "\(applied.stdoutText) \(applied.stderr)")
  }

  @Test("documents with errors are left as they are, reported as validate reports them; exit 1")
  func unfixable() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = try Self.docs(shell, ["duplicate-section.md", "invalid-utf8.md", "nul-bytes.md", "setext.md"])
    let before = try Self.bytes(docs.appendingPathComponent("duplicate-section.md"))
    let run = try shell.gene2json(["fix", docs.path])
    #expect(run.status == 1)
    #expect(try Self.bytes(docs.appendingPathComponent("duplicate-section.md")) == before)
    let duplicate = docs.appendingPathComponent("duplicate-section.md").path
    #expect(run.stderr.contains("\(duplicate):4:1: error: section 'Gene Summary' appears again"))
    #expect(run.stderr.contains("\(duplicate): error: not fixed: 1 error(s) that fix cannot repair"))
    #expect(run.stderr.contains("[GD302]") && run.stderr.contains("[GD303]"))
    #expect(run.stdoutText.contains("setext.md: fixed: "))
    #expect(run.stderr.hasSuffix("Summary: 1 fixed, 0 already canonical, 3 not fixed in 4 file(s)\n"))
  }

  @Test("- reads standard input and writes the canonical document (or the input as it is) to standard output")
  func standardInput() throws {
    let setext = try Data(contentsOf: CLI.root.appendingPathComponent("Fixtures/convert/setext.md"))
    let run = try CLI.run(["fix", "-"], stdin: setext)
    #expect(run.status == 0)
    #expect(run.stdoutText.hasPrefix("## Gene Summary\nCYP2D6 is the official symbol"))
    let canonical = try CLI.run(["fix", "-"], stdin: run.stdout)
    #expect(canonical.stdout == run.stdout)
    let check = try CLI.run(["fix", "--check", "-"], stdin: setext)
    #expect(check.status == 1)
    #expect(check.stdoutText == "-: would fix: heading levels, setext headings\n")
    let duplicate = try Data(contentsOf: CLI.root.appendingPathComponent("Fixtures/convert/duplicate-section.md"))
    let unfixable = try CLI.run(["fix", "-"], stdin: duplicate)
    #expect(unfixable.status == 1)
    #expect(unfixable.stdout == duplicate)
  }

  @Test("the file's mode and owner are kept; nothing but the file changes in its folder")
  func modeAndOwner() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = try Self.docs(shell, ["setext.md"])
    let file = docs.appendingPathComponent("setext.md").path
    #expect(chmod(file, 0o640) == 0)
    let owner: (uid_t, gid_t) = geteuid() == 0 ? (1234, 5678) : (geteuid(), getegid())
    if geteuid() == 0 { #expect(chown(file, owner.0, owner.1) == 0) }
    let run = try shell.gene2json(["fix", docs.path])
    #expect(run.status == 0, "\(run.stderr)")
    var status = stat()
    #expect(stat(file, &status) == 0)
    #expect(status.st_mode & 0o7777 == 0o640)
    #expect(status.st_uid == owner.0 && status.st_gid == owner.1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: docs.path) == ["setext.md"])
  }

  @Test("a symbolic link out of the tree is reported and left alone; a link inside it is followed")
  func symbolicLinks() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = try Self.docs(shell, ["canonical.md"])
    let outside = shell.work.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    let setext = CLI.root.appendingPathComponent("Fixtures/convert/setext.md")
    try FileManager.default.copyItem(at: setext, to: outside.appendingPathComponent("setext.md"))
    try FileManager.default.copyItem(at: setext, to: docs.appendingPathComponent("real.md"))
    let fm = FileManager.default
    try fm.createSymbolicLink(
      atPath: docs.appendingPathComponent("out.md").path, withDestinationPath: "../outside/setext.md")
    try fm.createSymbolicLink(atPath: docs.appendingPathComponent("folder").path, withDestinationPath: "../outside")
    try fm.createSymbolicLink(atPath: docs.appendingPathComponent("in.md").path, withDestinationPath: "real.md")
    let original = try Self.bytes(setext)
    let run = try shell.gene2json(["fix", docs.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try Self.bytes(outside.appendingPathComponent("setext.md")) == original)
    #expect(run.stderr.contains("\(docs.path)/out.md: warning: not fixed: a symbolic link to '"))
    #expect(run.stderr.contains("\(docs.path)/folder/setext.md: warning: not fixed: a symbolic link to '"))
    #expect(try Self.bytes(docs.appendingPathComponent("real.md")) != original)
    #expect(
      try fm.destinationOfSymbolicLink(atPath: docs.appendingPathComponent("out.md").path) == "../outside/setext.md")
    #expect(try fm.destinationOfSymbolicLink(atPath: docs.appendingPathComponent("in.md").path) == "real.md")
    // Named on the command line, a link is judged by the folder of the name given.
    let named = try shell.gene2json(["fix", docs.appendingPathComponent("out.md").path])
    #expect(named.stderr.contains("warning: not fixed: a symbolic link to '"))
    #expect(try Self.bytes(outside.appendingPathComponent("setext.md")) == original)
  }

  @Test("an unwritable file, or one with other hard links, is exit 2 and left as it is; the others are fixed")
  func unwritable() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = try Self.docs(shell, ["setext.md", "heading-levels.md"])
    let setext = docs.appendingPathComponent("setext.md")
    let original = try Self.bytes(setext)
    #expect(link(setext.path, shell.work.appendingPathComponent("second-name.md").path) == 0)
    let run = try shell.gene2json(["fix", docs.path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("cannot write '\(setext.path)': it has 2 hard links"))
    #expect(try Self.bytes(setext) == original)
    #expect(run.stdoutText.contains("heading-levels.md: fixed"))
    // A read-only file, for a user who cannot write it (root can, so the run drops to nobody).
    let fixture = CLI.root.appendingPathComponent("Fixtures/convert/closing-hashes.md")
    let ro = shell.work.appendingPathComponent("ro.md")
    try FileManager.default.copyItem(at: fixture, to: ro)
    #expect(chmod(ro.path, 0o444) == 0)
    #expect(chmod(shell.work.path, 0o777) == 0)
    let asUser = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
    let denied = try shell.run(asUser + #""$BIN" fix "$WORK/ro.md""#)
    #expect(denied.status == 2, "\(denied.stderr)")
    #expect(denied.stderr.contains("cannot write '\(ro.path)': Permission denied"))
    #expect(try Self.bytes(ro) == Self.bytes(fixture))
  }

  @Test("--files-from and --jobs work as in convert: the same results whatever --jobs is")
  func batch() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let docs = try Self.docs(shell, Self.fixable)
    let list = shell.work.appendingPathComponent("list.txt")
    try Self.fixable.map { docs.appendingPathComponent($0).path }.joined(separator: "\n").write(
      to: list, atomically: true, encoding: .utf8)
    let one = try shell.gene2json(["fix", "--check", "--jobs", "1", "--files-from", list.path])
    let two = try shell.gene2json(["fix", "--check", "--jobs", "2", "--files-from", list.path])
    #expect(one.status == 1 && two.status == 1)
    #expect(one.stdout == two.stdout)
    #expect(one.stdoutText.split(separator: "\n").count == Self.fixable.count)
    let diffOne = try shell.gene2json(["fix", "--diff", "--jobs", "1", docs.path])
    let diffTwo = try shell.gene2json(["fix", "--diff", "--jobs", "2", docs.path])
    #expect(diffOne.stdout == diffTwo.stdout)
  }

  @Test("a missing input is exit 2; --help describes the canonical form")
  func usage() throws {
    let missing = try CLI.run(["fix", "/no/such/file.md"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/no/such/file.md:1:1: error: cannot read: No such file or directory [GD303]"))
    let help = try CLI.run(["fix", "--help"])
    #expect(help.status == 0)
    #expect(help.stdoutText.contains("--check") && help.stdoutText.contains("Canonical form"))
    let both = try CLI.run(["help", "fix"])
    #expect(both.stdoutText.contains("--diff"))
  }
}
