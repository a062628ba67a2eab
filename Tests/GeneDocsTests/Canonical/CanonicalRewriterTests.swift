import Foundation
import Testing

@testable import GeneDocs

@Suite("fix: the canonical rewriter")
struct CanonicalRewriterTests {
  /// The three sections as canonical text, for the end of a document.
  static let rest = """
    ## Gene Drugs, Diseases, Phenotypes, and Pathways
    Warfarin dosing.

    ## Pharmacogenetics
    CYP2C9*3 carriers need less.

    """

  static func rewrite(
    _ text: String, configuration: ValidationConfiguration = ValidationConfiguration(), path: String = "docs/x.md"
  ) -> CanonicalRewrite {
    CanonicalRewriter(configuration: configuration).rewrite(Array(text.utf8), path: path, alwaysCheck: true)
  }

  static func output(_ text: String) -> String? {
    guard case .rewritten(let bytes) = rewrite(text).outcome else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  // MARK: - Rewrites

  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let expected: String
    let reasons: [CanonicalChange.Kind]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "headings renamed, made level 2 and ATX, closing #s removed",
      input: "# summary\nCYP2C9 is a gene.\n\nGene drugs, diseases, phenotype and pathways\n---\nWarfarin dosing.\n\n"
        + "### Pharmacogenetics ###\nCYP2C9*3 carriers need less.\n",
      expected: "## Gene Summary\nCYP2C9 is a gene.\n\n" + rest,
      reasons: [.headingNames, .headingLevels, .setextHeadings, .closingHashes]),
    Case(
      name: "the three sections in canonical order, other sections after them in their order",
      input: "## Notes\nA.\n\n## Pharmacogenetics\nCYP2C9*3 carriers need less.\n\n## Gene Summary\n"
        + "CYP2C9 is a gene.\n\n## References\nB.\n\n## Gene Drugs, Diseases, Phenotypes, and Pathways\n"
        + "Warfarin dosing.\n",
      expected: "## Gene Summary\nCYP2C9 is a gene.\n\n" + rest + "\n## Notes\nA.\n\n## References\nB.\n",
      reasons: [.sectionOrder]),
    Case(
      name: "a sub-heading keeps its depth below its section's heading",
      input: "# Gene Summary\nCYP2C9 is a gene.\n\n## In the liver\nMostly.\n\n"
        + "# Gene Drugs, Diseases, Phenotypes, and Pathways\nWarfarin dosing.\n\n"
        + "# Pharmacogenetics\nCYP2C9*3 carriers need less.\n",
      expected: "## Gene Summary\nCYP2C9 is a gene.\n\n### In the liver\nMostly.\n\n" + rest,
      reasons: [.headingLevels, .subheadingLevels]),
    Case(
      name: "one blank line between blocks, none after a heading, none at the end",
      input: "\n\n## Gene Summary\n\n\nCYP2C9 is a gene.\n- a list\n\n\n\nMore.\n" + rest + "\n\n\n",
      expected: "## Gene Summary\nCYP2C9 is a gene.\n\n- a list\n\nMore.\n\n" + rest,
      reasons: [.blankLines]),
    Case(
      name: "trailing white space removed; a hard line break written as a backslash",
      input: "## Gene Summary \t\nCYP2C9 is a gene.  \nIt breaks here. \nAnd ends.\t\n\n" + rest,
      expected: "## Gene Summary\nCYP2C9 is a gene.\\\nIt breaks here.\nAnd ends.\n\n" + rest,
      reasons: [.trailingWhitespace]),
    Case(
      name: "a backslash before trailing white space stays a backslash",
      input: "## Gene Summary\nCYP2C9 is a gene. \\ \nA path C:\\  \nEnd.\n\n" + rest,
      expected: "## Gene Summary\nCYP2C9 is a gene. \\\\\nA path C:\\\\\\\nEnd.\n\n" + rest,
      reasons: [.trailingWhitespace]),
    Case(
      name: "trailing white space that is content is kept: code blocks, code spans, code in a list",
      input: "## Gene Summary\nCYP2C9 is a gene. \n\n```\nkept   \n```\n\nA `span  \nover lines`.\n\n- item\n\n"
        + "      code   \n\n" + rest,
      expected: "## Gene Summary\nCYP2C9 is a gene.\n\n```\nkept   \n```\n\nA `span  \nover lines`.\n\n- item\n\n"
        + "      code   \n\n" + rest,
      reasons: [.trailingWhitespace]),
    Case(
      name: "a title written as ATX, without closing #s",
      input: "CYP2C9\n======\n\n## Gene Summary\nCYP2C9 is a gene.\n\n" + rest,
      expected: "# CYP2C9\n\n## Gene Summary\nCYP2C9 is a gene.\n\n" + rest,
      reasons: [.setextHeadings]),
    Case(
      name: "another section's heading keeps its text, a final # escaped",
      input: "## Gene Summary\nCYP2C9 is a gene.\n\n" + rest + "\nNotes on C #\n---\nx\n",
      expected: "## Gene Summary\nCYP2C9 is a gene.\n\n" + rest + "\n## Notes on C \\#\nx\n",
      reasons: [.setextHeadings]),
    Case(
      name: "front matter: trailing white space removed but in a block scalar, delimiters ---",
      input: "---  \nsymbol: CYP2C9   \nnote: |\n  kept  \n  here\n...\n## Gene Summary\nCYP2C9 is a gene.\n\n" + rest,
      expected: "---\nsymbol: CYP2C9\nnote: |\n  kept  \n  here\n---\n\n## Gene Summary\nCYP2C9 is a gene.\n\n" + rest,
      reasons: [.frontMatterDelimiters, .blankLines, .trailingWhitespace]),
    Case(
      name: "link reference definitions stay, with one blank line around them",
      input: "## Gene Summary\nCYP2C9 is a [gene][g].\n[g]: https://example.org/gene  \n\n\n" + rest,
      expected: "## Gene Summary\nCYP2C9 is a [gene][g].\n[g]: https://example.org/gene\n\n" + rest,
      reasons: [.blankLines, .trailingWhitespace]),
    Case(
      name: "mojibake repaired, byte-order mark dropped, a final line end added",
      input: "\u{FEFF}## Gene Summary\nCYP2C9 is the geneâ€™s symbol.\n\n" + rest.dropLast(),
      expected: "## Gene Summary\nCYP2C9 is the gene’s symbol.\n\n" + rest,
      reasons: [.byteOrderMark, .mojibake, .finalLineEnd]),
    Case(
      name: "mixed and lone-CR line ends become LF",
      input: "## Gene Summary\r\nCYP2C9 is a gene.\r\r" + rest,
      expected: "## Gene Summary\nCYP2C9 is a gene.\n\n" + rest,
      reasons: [.lineEnds]),
  ]

  @Test("rewrites", arguments: cases)
  func rewrites(_ test: Case) throws {
    let rewrite = Self.rewrite(test.input)
    guard case .rewritten(let bytes) = rewrite.outcome else {
      Issue.record("not rewritten: \(rewrite.outcome), \(rewrite.findings.diagnostics.map(\.code))")
      return
    }
    let output = String(decoding: bytes, as: UTF8.self)
    #expect(output == test.expected)
    #expect(rewrite.reasons == test.reasons, "\(rewrite.changes.map(\.message))")
    let again = Self.rewrite(output).outcome
    #expect(again == .canonical)
  }

  @Test("trailing white space inside a code block alone leaves a document canonical")
  func codeBlockAloneIsCanonical() {
    let text = "## Gene Summary\nCYP2C9 is a gene.\n\n```\nkept   \n```\n\n" + Self.rest
    #expect(Self.rewrite(text).outcome == .canonical)
  }

  @Test("CRLF throughout stays CRLF")
  func crlfKept() throws {
    let text = ("## Gene Summary\nCYP2C9 is a gene.\n\n\n" + Self.rest).replacingOccurrences(of: "\n", with: "\r\n")
    let output = try #require(Self.output(text))
    #expect(
      output == ("## Gene Summary\nCYP2C9 is a gene.\n\n" + Self.rest).replacingOccurrences(of: "\n", with: "\r\n"))
  }

  @Test(
    "a canonical document is left as it is", arguments: ["Fixtures/convert/canonical.md", "Fixtures/convert/crlf.md"])
  func canonicalFixture(_ path: String) throws {
    let rewrite = CanonicalRewriter().rewrite(try FixturePaths.bytes(path), path: path)
    #expect(rewrite.outcome == .canonical)
    #expect(rewrite.changes.isEmpty)
  }

  // MARK: - Left alone

  @Test(
    "documents with errors are not rewritten",
    arguments: [
      ("missing section", "## Gene Summary\nCYP2C9 is a gene.\n", DiagnosticCode.missingSection),
      ("no symbol", "# Gene Summary\nit is a gene.\n\n" + rest, .noSymbol),
      ("duplicate", "# Gene Summary\nCYP2C9 is a gene.\n\n## Gene Summary\nAgain.\n\n" + rest, .duplicateSection),
      ("empty section", "## Gene Summary\nCYP2C9 is a gene.\n\n## Notes\n\n" + rest, .emptySection),
      ("invalid UTF-8", "# Gene Summary\nCYP2C9 is a gene \u{FFFD}.\n\n" + rest, .invalidUTF8),
      ("NUL", "# Gene Summary\nCYP2C9 is a gene\0.\n\n" + rest, .notText),
    ])
  func unfixable(_ name: String, _ text: String, _ code: DiagnosticCode) {
    var bytes = Array(text.utf8)
    if code == .invalidUTF8, let index = bytes.firstIndex(of: 0xEF) {
      bytes.replaceSubrange(index..<index + 3, with: [0xFF])
    }
    let rewrite = CanonicalRewriter().rewrite(bytes, path: "docs/x.md")
    #expect(rewrite.outcome == .unfixable)
    #expect(rewrite.findings.diagnostics.contains { $0.code == code })
  }

  @Test("a duplicate or invalid UTF-8 stops a rewrite even when its rule is off")
  func blockingWhateverTheConfiguration() {
    let configuration = ValidationConfiguration(rules: [.duplicateSection: .off])
    let text = "# Gene Summary\nCYP2C9 is a gene.\n\n## Gene Summary\nAgain.\n\n" + Self.rest
    #expect(Self.rewrite(text, configuration: configuration).outcome == .unfixable)
  }

  @Test("an error set off is no longer in the way; a configured heading is renamed")
  func configuration() throws {
    let configuration = ValidationConfiguration(
      rules: [.emptySection: .off], headingAliases: [.summary: ["Overview"]])
    let text = "## Overview\nCYP2C9 is a gene.\n\n## Notes\n\n" + Self.rest
    guard case .rewritten(let bytes) = Self.rewrite(text, configuration: configuration).outcome else {
      Issue.record("not rewritten")
      return
    }
    #expect(
      String(decoding: bytes, as: UTF8.self) == "## Gene Summary\nCYP2C9 is a gene.\n\n" + Self.rest + "\n## Notes\n")
  }

  @Test("a code block left open at the end is not moved before other sections")
  func openBlockAtTheEnd() {
    let text = "## Gene Summary\nCYP2C9 is a gene.\n\n## Notes\nx\n\n" + Self.rest + "```\nnot closed\n"
    guard case .unsafe(let reason) = Self.rewrite(text).outcome else {
      Issue.record("rewritten")
      return
    }
    #expect(reason.contains("not closed"))
  }

  @Test("warnings fix cannot repair are reported where they are in the output")
  func leftOverWarnings() throws {
    let text = "## Notes\nx\n\n## Gene Summary\nCYP2C9 is a gene.\n\n" + Self.rest
    let rewrite = Self.rewrite(text)
    let notes = try #require(rewrite.findings.findings.first { $0.diagnostic.code == .unknownSection })
    #expect(notes.diagnostic.line == 10)
    #expect(!rewrite.findings.diagnostics.contains { $0.code == .sectionOrder })
  }
}
