import Foundation
import Testing
import Yams

@testable import GeneDocs

@Suite("Front matter: YAML aliases and error lines")
struct FrontMatterReaderTests {
  private static let body = "## Gene Summary\nTPMT is a gene.\n"

  /// `levels` anchors, each a list of nine aliases of the one before: 9^levels strings from a few hundred bytes.
  private static func laughs(levels: Int) -> String {
    var lines = ["---", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...levels {
      lines.append(
        "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
    }
    return (lines + ["---", body]).joined(separator: "\n")
  }

  @Test("an alias bomb (billion laughs) is refused quickly: GD106, the YAML kept as text, the prose still read")
  func billionLaughs() throws {
    let clock = ContinuousClock()
    var result: ConversionResult?
    let elapsed = clock.measure {
      result = GeneDocumentConverter().convert(Array(Self.laughs(levels: 9).utf8), path: "-")
    }
    #expect(elapsed < .seconds(5))
    let record = try #require(result?.record)
    #expect(record.metadata.isEmpty)
    #expect(record.symbol == "TPMT")
    #expect(record.otherSections.first?.heading == nil)
    #expect(record.otherSections.first?.text.hasPrefix("a0: &a0 [lol") == true)
    let diagnostic = try #require(record.diagnostics.first { $0.code == .textBeforeFirstHeading })
    #expect(diagnostic.message.contains("alias bomb"))
    #expect(diagnostic.line == 2)
  }

  @Test(
    "an alias bomb used as a mapping key is refused before Yams composes it (its duplicate-key check would hash it)")
  func aliasBombAsKey() throws {
    let yaml = Self.laughs(levels: 9).replacingOccurrences(of: "\n---\n## Gene", with: "\n? *a9\n: x\n---\n## Gene")
    #expect(yaml.contains("? *a9\n: x\n---"))
    let clock = ContinuousClock()
    var result: ConversionResult?
    let elapsed = clock.measure { result = GeneDocumentConverter().convert(Array(yaml.utf8), path: "-") }
    #expect(elapsed < .seconds(5))
    let record = try #require(result?.record)
    #expect(record.metadata.isEmpty)
    #expect(record.diagnostics.contains { $0.code == .textBeforeFirstHeading && $0.message.contains("alias bomb") })
  }

  @Test("one long string repeated through aliases past four times the text is refused too")
  func repeatedLongString() throws {
    let long = String(repeating: "x", count: 20_000)
    let yaml =
      "---\na: &a \"\(long)\"\nb: [" + Array(repeating: "*a", count: 2_000).joined(separator: ", ") + "]\n---\n"
    let record = try #require(GeneDocumentConverter().convert(Array((yaml + Self.body).utf8), path: "-").record)
    #expect(record.metadata.isEmpty)
    #expect(record.diagnostics.contains { $0.code == .textBeforeFirstHeading && $0.message.contains("alias bomb") })
  }

  /// Aliases as mapping keys (the key itself, inside a one-line flow key, or any alias with an explicit key), and
  /// aliases as values or text that only looks like one.
  @Test(
    "aliases as mapping keys are found in the text; aliases as values are not",
    arguments: [
      ("a: &x 1\n*x : 2\n", true), ("a: &x 1\nb: {*x: 2}\n", true), ("a: &x 1\n[*x, y]: 2\n", true),
      ("a: &x 1\nb: {[c, *x]: 2}\n", true), ("a: &x 1\n? c\n: *x\n", true), ("a: &x 1\n? [*x]\n: 2\n", true),
      ("a: &x 1\nb: [c, ?*x]\n", true), ("a: &x 1\nb: {*x, c}\n", true), ("a: &x 1\nb: {\n  *x }\n", true),
      ("a: &x 1\nb: *x\n", false), ("a: &x [1]\nb: [*x, *x]\n", false), ("a: &x 1\nb:\n  - *x\n", false),
      ("a: &x 1\nb: \"2 * 3: no alias\"\n", false), ("a: &x 1\nb: note *x: inside a plain scalar\n", false),
      ("a: &x 1\nb: [*x]\nc: 2\n", false), ("a: &x 1\nq: what? *x\n", false),
    ])
  func aliasKeys(yaml: String, isKey: Bool) {
    #expect(YAMLAliasKeys.mayHaveAliasKey(yaml) == isKey, "\(yaml)")
  }

  @Test("a small alias used as a key is turned away before Yams composes it, with the prose still read")
  func aliasKeyRefused() throws {
    let yaml = "---\nid: &i PA356\n*i : again\n---\n"
    let record = try #require(GeneDocumentConverter().convert(Array((yaml + Self.body).utf8), path: "-").record)
    #expect(record.metadata.isEmpty)
    #expect(record.symbol == "TPMT")
    #expect(record.otherSections.first?.text == "id: &i PA356\n*i : again")
    #expect(record.diagnostics.contains { $0.code == .textBeforeFirstHeading && $0.message.contains("mapping key") })
  }

  @Test("ordinary aliases are expanded as before")
  func ordinaryAliases() throws {
    let yaml = "---\nsource: &s {db: HGNC, id: 12014}\nalso: *s\ntags: &t [pgx]\nmore: [*t, *t]\n---\n"
    let record = try #require(GeneDocumentConverter().convert(Array((yaml + Self.body).utf8), path: "-").record)
    let source = JSONValue.object([JSONMember("db", .string("HGNC")), JSONMember("id", .int(12014))])
    #expect(
      record.metadata == [
        JSONMember("source", source), JSONMember("also", source), JSONMember("tags", .array([.string("pgx")])),
        JSONMember("more", .array([.array([.string("pgx")]), .array([.string("pgx")])])),
      ])
    #expect(!record.diagnostics.contains { $0.code == .textBeforeFirstHeading })
  }

  @Test("a YAML error after U+2029 (a line break to libyaml, not to cmark) points inside the front matter")
  func errorLineAfterParagraphSeparator() throws {
    let yaml = "---\n{a: 1\u{2029}\u{2029}\u{2029}\u{2029} b\n---\nC\n"
    let result = GeneDocumentConverter().convert(Array(yaml.utf8), path: "-")
    let diagnostic = try #require(result.diagnostics.first { $0.message.contains("not valid YAML") })
    #expect(diagnostic.line == 2)
  }

  /// Scalars of every core-schema type, and strings that start like them.
  private static let typedYAML = """
    symbol: TPMT
    version: 3
    hex: 0x1F
    octal: 0o17
    sexagesimal: 1:30
    ratio: .5
    big: 1e3
    infinite: -.inf
    reviewed: false
    answer: Yes
    switch: off
    nothing: ~
    none: null
    empty:
    updated: 2024-08-29
    model: draft-7
    number-like: 3rd
    negative: -12
    signed: +7
    zero: 0
    leading-zero: 012
    underscored: 1_000
    date-like: 2024-8-29
    stamp: 2024-08-29 10:30:00
    not-a-date: 2024-08-2x
    shouty: TRUE
    yelling: YeS
    plain: hello
    merge: <<
    equals: =
    quoted: '42'
    list: [1, two, true, ~]
    nested: {a: 1.5, b: no}
    """

  @Test("lazily typed metadata matches Yams' default resolver, value by value")
  func lazyTypingMatchesYams() throws {
    let markdown = "---\n\(Self.typedYAML)\n---\n\(Self.body)"
    let record = try #require(GeneDocumentConverter().convert(Array(markdown.utf8), path: "-").record)
    guard case .mapping(let mapping) = try #require(try Yams.compose(yaml: Self.typedYAML)) else {
      Issue.record("not a mapping")
      return
    }
    let expected = mapping.filter { $0.key.string != "symbol" }.map {
      JSONMember($0.key.string ?? "", FrontMatterReader.jsonValue($0.value, .byYams))
    }
    #expect(record.metadata == expected)
    #expect(record.metadata.first { $0.key == "version" }?.value == .int(3))
    #expect(record.metadata.first { $0.key == "reviewed" }?.value == .bool(false))
    #expect(record.metadata.first { $0.key == "model" }?.value == .string("draft-7"))
    #expect(record.metadata.first { $0.key == "empty" }?.value == .null)
  }

  @Test("keys Yams' typing tells apart (1 and '1') are not duplicates; an explicit tag is honoured")
  func typingEdgeCases() throws {
    let markdown = "---\nsymbol: TPMT\n1: a\n'1': b\nkept: !!str 3\n---\n\(Self.body)"
    let result = GeneDocumentConverter().convert(Array(markdown.utf8), path: "-")
    let record = try #require(result.record)
    #expect(!result.diagnostics.contains { $0.code == .textBeforeFirstHeading })
    #expect(record.metadata.map(\.key) == ["1", "1", "kept"])
    #expect(record.metadata.last?.value == .string("3"))
  }
}
