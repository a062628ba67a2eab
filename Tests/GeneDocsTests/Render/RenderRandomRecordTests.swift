import Foundation
import Testing

@testable import GeneDocs

/// The round trip of `render` on records made up at random (a fixed seed): section texts full of Markdown
/// punctuation, line breaks, tabs and code-like indentation; metadata of every JSON type with keys and strings that
/// YAML would read as something else (`true`, `1e3`, `~`, `2024-01-01`, `: `, `#`).
@Suite("render: the round trip of made-up records")
struct RenderRandomRecordTests {
  static let pieces = [
    "gene", "CYP2D6*4", "*17", "TPMT*3A", "a_b", "_x_", "**bold**", "`code`", "[link](u)", "<b>", "&amp;", "&#42;",
    "\\", "#", "# heading", "> quote", "- item", "+ item", "1. one", "2) two", "---", "===", "~~~", "```", "!", "|",
    "é", "’", "“q”", "\t", "  ", "x", "42", ":", "-", "=", "*", "_", "[", "]", "(", ")", "{", "}", "<", ">", "&",
  ]
  static let yamlish = [
    "true", "no", "on", "~", "null", "1e3", "0x1F", "2024-01-01", ".inf", "<<", "=", "a: b", "#c", "- d", "'q'",
    "\"dq\"", "x\ny", " lead", "trail ", "", "12", "-3", "0.5", "1_000", "@at", "%p", "*star", "&anchor", "!tag", "|",
    ">", "[1]", "{a: 1}", "ünï", "\u{85}nel", "tab\t", "---", "...",
  ]

  static func text(_ random: inout SplitMix, lines: ClosedRange<Int>) -> String {
    let blocks = (0..<Int.random(in: 1...3, using: &random)).map { _ in
      (0..<Int.random(in: lines, using: &random)).map { _ in
        (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }
          .joined(separator: Bool.random(using: &random) ? " " : "")
      }.joined(separator: "\n")
    }
    return blocks.joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func value(_ random: inout SplitMix, depth: Int) -> JSONValue {
    switch Int.random(in: 0..<(depth > 1 ? 6 : 8), using: &random) {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &random))
    case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &random))
    case 3:
      let exponent = Double(Int.random(in: -20...20, using: &random))
      return .double(Double.random(in: -10...10, using: &random) * pow(10, exponent))
    case 4, 5: return .string(yamlish.randomElement(using: &random)!)
    case 6:
      return .array((0..<Int.random(in: 0...3, using: &random)).map { _ in value(&random, depth: depth + 1) })
    default:
      let keys = Set((0..<Int.random(in: 0...3, using: &random)).map { _ in yamlish.randomElement(using: &random)! })
      return .object(keys.sorted().map { JSONMember($0, value(&random, depth: depth + 1)) })
    }
  }

  static func record(_ random: inout SplitMix) -> GeneRecord {
    let keys = Set((0..<Int.random(in: 0...5, using: &random)).map { _ in yamlish.randomElement(using: &random)! })
      .subtracting(["symbol", "name", "aliases"])
    let aliases = Set(
      (0..<Int.random(in: 0...3, using: &random)).map { _ in "AL\(Int.random(in: 1...9, using: &random))" })
    return GeneRecord(
      symbol: "GEN\(Int.random(in: 1...999, using: &random))",
      name: yamlish.filter { !$0.isEmpty && $0.trimmingWhitespace() == $0 }.randomElement(using: &random)!,
      aliases: aliases.sorted(), summary: text(&random, lines: 1...3), associations: text(&random, lines: 1...2),
      pharmacogenetics: Bool.random(using: &random) ? nil : text(&random, lines: 1...4),
      otherSections: (0..<Int.random(in: 0...2, using: &random)).map { index in
        OtherSection(
          heading: "Other \(index) \(pieces.randomElement(using: &random)!)", text: text(&random, lines: 1...2))
      },
      metadata: keys.sorted().map { JSONMember($0, value(&random, depth: 1)) },
      source: RecordSource(path: "made-up.md", sha256: String(repeating: "0", count: 64), bytes: 0), diagnostics: [])
  }

  @Test("convert(render(r)) == r for 400 made-up records")
  func randomRecords() throws {
    var random = SplitMix(seed: 15)
    let converter = GeneDocumentConverter(options: ConversionOptions())
    var checked = 0
    for number in 0..<400 {
      let record = Self.record(&random)
      let rendering = DocumentRenderer().render(record)
      let document = try #require(rendering.document, "\(number): \(rendering.errors)")
      guard rendering.warnings.isEmpty else { continue }
      let back = try #require(converter.convert(document, path: "out/GEN.md").record)
      let text = String(decoding: document, as: UTF8.self)
      RenderRoundTripTests.expectSame(back, record, "record \(number):\n\(text)")
      checked += 1
    }
    #expect(checked > 350)
  }
}
