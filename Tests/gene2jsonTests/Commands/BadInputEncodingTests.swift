import Foundation
import Testing

/// Damaged text through the binary: every class of invalid UTF-8, NUL bytes, entities that do not name a character,
/// byte-order marks, and CR-only and mixed line ends; each with its diagnostics (exact lines on standard error) and
/// exit status.
@Suite("Bad input, encoding: through the binary")
struct BadInputEncodingTests {
  /// A complete document whose summary's first sentence is `TPMT is <damage> a gene.`: the damage starts at line 2,
  /// column 9, and nothing else is wrong with it.
  static func document(damage: [UInt8], trailer: [UInt8] = []) -> [UInt8] {
    Array("## Gene Summary\nTPMT is ".utf8) + damage
      + Array(
        " a gene.\n\n## Gene Drugs, Diseases, Phenotypes, and Pathways\nThiopurines.\n\n## Pharmacogenetics\nTPMT*3A.\n"
          .utf8) + trailer
  }

  /// One class of ill-formed UTF-8 and the bytes each U+FFFD replaces (Unicode's "maximal subpart" practice).
  struct Damage: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    /// The first byte of each replaced subsequence, in order; one GD302 and one U+FFFD each.
    let replaced: [(column: Int, byte: String)]
    var testDescription: String { name }
  }

  static let damages: [Damage] = [
    Damage(name: "lone continuation byte", bytes: [0x80], replaced: [(9, "80")]),
    Damage(name: "two continuation bytes", bytes: [0x80, 0xBF], replaced: [(9, "80"), (10, "BF")]),
    Damage(name: "truncated 2-byte sequence", bytes: [0xC3], replaced: [(9, "C3")]),
    Damage(name: "truncated 3-byte sequence", bytes: [0xE2, 0x82], replaced: [(9, "E2")]),
    Damage(name: "truncated 4-byte sequence", bytes: [0xF0, 0x9F, 0x98], replaced: [(9, "F0")]),
    Damage(name: "overlong 2-byte '/'", bytes: [0xC0, 0xAF], replaced: [(9, "C0"), (10, "AF")]),
    Damage(name: "overlong 3-byte '/'", bytes: [0xE0, 0x80, 0xAF], replaced: [(9, "E0"), (10, "80"), (11, "AF")]),
    Damage(
      name: "overlong 4-byte '/'", bytes: [0xF0, 0x80, 0x80, 0xAF],
      replaced: [(9, "F0"), (10, "80"), (11, "80"), (12, "AF")]),
    Damage(name: "UTF-16 surrogate U+D800", bytes: [0xED, 0xA0, 0x80], replaced: [(9, "ED"), (10, "A0"), (11, "80")]),
    Damage(
      name: "surrogate pair in CESU-8", bytes: [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80],
      replaced: [(9, "ED"), (10, "A0"), (11, "BD"), (12, "ED"), (13, "B8"), (14, "80")]),
    Damage(
      name: "above U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80],
      replaced: [(9, "F4"), (10, "90"), (11, "80"), (12, "80")]
    ),
    Damage(
      name: "bytes F5 to FF", bytes: [0xF5, 0xF8, 0xFC, 0xFE, 0xFF],
      replaced: [(9, "F5"), (10, "F8"), (11, "FC"), (12, "FE"), (13, "FF")]),
    Damage(
      name: "old 5-byte form", bytes: [0xF8, 0x88, 0x80, 0x80, 0x80],
      replaced: [(9, "F8"), (10, "88"), (11, "80"), (12, "80"), (13, "80")]),
  ]

  @Test("invalid UTF-8: one GD302 error per replaced subsequence, U+FFFD in the text, exit 1", arguments: damages)
  func invalidUTF8(_ damage: Damage) throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("damaged.md", Self.document(damage: damage.bytes))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(
      Self.lines(run.stderr)
        == damage.replaced.map {
          "\(path):2:\($0.column): error: invalid UTF-8 (byte 0x\($0.byte)) replaced by U+FFFD [GD302]"
        })
    let record = try Self.record(run)
    #expect(record["symbol"] as? String == "TPMT")
    let replacements = String(repeating: "\u{FFFD}", count: damage.replaced.count)
    #expect(record["summary"] as? String == "TPMT is \(replacements) a gene.")
  }

  @Test("a sequence cut off by the end of the file is one GD302 on the last line")
  func truncatedAtEnd() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("cut.md", Self.document(damage: [], trailer: Array("Cut ".utf8) + [0xE2, 0x82]))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(Self.lines(run.stderr) == ["\(path):9:5: error: invalid UTF-8 (byte 0xE2) replaced by U+FFFD [GD302]"])
    #expect(try Self.record(run)["pharmacogenetics"] as? String == "TPMT*3A. Cut \u{FFFD}")
  }

  @Test("more than 20 invalid sequences: 20 GD302 errors, then one that counts the rest")
  func manyInvalid() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "many.md", Self.document(damage: Array(repeating: [0xFF, 0x20], count: 25).flatMap { $0 }))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    let lines = Self.lines(run.stderr)
    #expect(lines.count == 21)
    #expect(lines.first == "\(path):2:9: error: invalid UTF-8 (byte 0xFF) replaced by U+FFFD [GD302]")
    #expect(lines.last == "\(path):2:49: error: 5 more invalid UTF-8 sequences replaced by U+FFFD [GD302]")
  }

  // MARK: - NUL bytes

  @Test("a NUL byte: GD303 at the first NUL, no record, exit 1")
  func nulByte() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("nul.md", Self.document(damage: [0x41, 0x00, 0x42]))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(Self.lines(run.stderr) == ["\(path):2:10: error: NUL byte: this is not a text file [GD303]"])
  }

  @Test("NUL bytes: lines are counted over CR-only line ends; the first byte; standard input; others still written")
  func nulPlaces() throws {
    let scratch = try ScratchDirectory()
    let crOnly = try scratch.write("cr.md", Array("a\rb\r\rcd".utf8) + [0x00, 0x00])
    let first = try scratch.write("first.md", [0x00] + Array("## Gene Summary\n".utf8))
    let good = try scratch.write("good.md", Self.document(damage: Array("fine".utf8)))
    let run = try CLI.run([crOnly, first, good])
    #expect(run.status == 1)
    #expect(
      Self.lines(run.stderr) == [
        "\(crOnly):4:3: error: NUL byte: this is not a text file [GD303]",
        "\(first):1:1: error: NUL byte: this is not a text file [GD303]",
      ])
    let records = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
    #expect(records.count == 1)
    #expect((records.first?["source"] as? [String: Any])?["path"] as? String == good)
    let stdin = try CLI.run(["-"], stdin: Data("abc".utf8 + [0x00]))
    #expect(stdin.status == 1)
    #expect(Self.lines(stdin.stderr) == ["-:1:4: error: NUL byte: this is not a text file [GD303]"])
  }

  // MARK: - Entities

  @Test(
    "&#0;, &#xD800;, &#x110000;, &#xFFFE;, &#xFFFF; become U+FFFD (cmark 0.30.2 writes non-UTF-8 bytes for the last two; they are re-validated)"
  )
  func entities() throws {
    let scratch = try ScratchDirectory()
    let entities = "&#0; &#xD800; &#x110000; &#xFFFE; &#xFFFF;"
    let path = try scratch.write("entities.md", Self.document(damage: Array(entities.utf8)))
    let run = try CLI.run([path])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(String(validating: run.stdout, as: UTF8.self) != nil)
    let replaced = Array(repeating: "\u{FFFD}", count: 5).joined(separator: " ")
    #expect(try Self.record(run)["summary"] as? String == "TPMT is \(replaced) a gene.")
    let markdown = try CLI.run(["--markdown", path])
    #expect(try Self.record(markdown)["summary"] as? String == "TPMT is \(entities) a gene.")
  }

  // MARK: - Byte-order marks

  @Test("a BOM at the start is dropped: exit 0, no diagnostic, counted in source.bytes")
  func leadingBOM() throws {
    let scratch = try ScratchDirectory()
    let bytes = [0xEF, 0xBB, 0xBF] + Self.document(damage: Array("fine".utf8))
    let path = try scratch.write("bom.md", bytes)
    let run = try CLI.run([path])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let record = try Self.record(run)
    #expect(record["summary"] as? String == "TPMT is fine a gene.")
    #expect((record["source"] as? [String: Any])?["bytes"] as? Int == bytes.count)
  }

  @Test("after a leading BOM, columns on line 1 count from after it, as cmark's do")
  func columnsAfterBOM() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "bom-preamble.md", [0xEF, 0xBB, 0xBF] + Array("Preamble ".utf8) + [0x80, 0x0A, 0x0A] + Self.document(damage: []))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(
      Self.lines(run.stderr) == [
        "\(path):1:1: warning: text before the first heading (kept in other_sections) [GD106]",
        "\(path):1:10: error: invalid UTF-8 (byte 0x80) replaced by U+FFFD [GD302]",
      ])
  }

  @Test("a BOM in the middle is kept as U+FEFF; before a heading it hides the heading (GD101), exit 1")
  func middleBOM() throws {
    let scratch = try ScratchDirectory()
    let text = "## Gene Summary\nTPMT is a \u{FEFF}gene.\n\n## Gene Drugs, Diseases, Phenotypes, and Pathways\nX.\n\n"
    let path = try scratch.write("middle-bom.md", text + "\u{FEFF}## Pharmacogenetics\nTPMT*3A.\n")
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(Self.lines(run.stderr) == ["\(path):1:1: error: required section 'Pharmacogenetics' is missing [GD101]"])
    let record = try Self.record(run)
    #expect(record["summary"] as? String == "TPMT is a \u{FEFF}gene.")
    // Checked in the JSON text: swift-corelibs-foundation's JSONSerialization drops a U+FEFF that follows an escape.
    #expect(run.stdoutText.contains(#""associations": "X.\n\n\#u{FEFF}## Pharmacogenetics TPMT*3A.","#))
  }

  // MARK: - Line ends

  @Test("CR-only line ends: lines of diagnostics count each CR")
  func crOnly() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "cr.md",
      Array("Preamble\r\r## Gene Summary\rTPMT is a ".utf8) + [0x80] + Array(" gene.\r\r## Extra\rx\r".utf8))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(
      Self.lines(run.stderr) == [
        "\(path):1:1: warning: text before the first heading (kept in other_sections) [GD106]",
        "\(path):1:1: error: required section 'Gene Drugs, Diseases, Phenotypes, and Pathways' is missing [GD101]",
        "\(path):1:1: error: required section 'Pharmacogenetics' is missing [GD101]",
        "\(path):4:11: error: invalid UTF-8 (byte 0x80) replaced by U+FFFD [GD302]",
        "\(path):6:1: warning: section 'Extra' is not one of the three (kept in other_sections) [GD103]",
      ])
    let record = try Self.record(run)
    #expect(record["summary"] as? String == "TPMT is a \u{FFFD} gene.")
  }

  @Test("mixed LF, CRLF and CR line ends: each counts as one line end")
  func mixedLineEnds() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "mixed.md",
      Array("Preamble\r\n\n## Gene Summary\rTPMT is a ".utf8) + [0x80]
        + Array(" gene.\r\n\r## Extra\nx\r\n## Pharmacogenetics\r\n".utf8))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(
      Self.lines(run.stderr) == [
        "\(path):1:1: warning: text before the first heading (kept in other_sections) [GD106]",
        "\(path):1:1: error: required section 'Gene Drugs, Diseases, Phenotypes, and Pathways' is missing [GD101]",
        "\(path):4:11: error: invalid UTF-8 (byte 0x80) replaced by U+FFFD [GD302]",
        "\(path):6:1: warning: section 'Extra' is not one of the three (kept in other_sections) [GD103]",
        "\(path):8:1: error: section 'Pharmacogenetics' has no text [GD105]",
      ])
  }

  // MARK: - Helpers

  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  static func record(_ run: CLI.Run) throws -> [String: Any] {
    #expect(String(validating: run.stdout, as: UTF8.self) != nil, "standard output is not UTF-8")
    return try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }
}
