import CArena
import Foundation
import Testing

@testable import GeneDocs

@Suite("The cmark parser")
struct CmarkParserTests {
  @Test("walks a million nested block quotes without recursion")
  func deepNesting() {
    let document = CmarkParser().parse(Array(String(repeating: ">", count: 1_000_000).utf8))
    #expect(document.blocks.count == 1)
    #expect(document.blocks.first?.kind == .blockQuote)
  }

  @Test("copies top-level blocks with 1-based positions and plain text")
  func blocks() {
    let source = "# Title\n\nSome *emphasis* and `code`\nacross lines.\n\n- one\n- two\n\n> quoted\n"
    let document = CmarkParser().parse(Array(source.utf8))
    #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .list, .blockQuote])
    #expect(document.blocks.map(\.start.line) == [1, 3, 6, 9])
    #expect(document.blocks[1].text == "Some emphasis and code across lines.")
    #expect(document.blocks[2].text == "one\n\ntwo")
  }

  @Test("a setext heading ends on its underline")
  func setext() {
    let document = CmarkParser().parse(Array("Gene Summary\n============\nText.\n".utf8))
    #expect(document.blocks.first?.headingLevel == 1)
    #expect(document.blocks.first?.endLine == 2)
  }

  @Test(
    "skipping cmark's UTF-8 check changes nothing for well-formed text",
    arguments: [
      "# CYP2D6\n\n## Gene Summary\nCYP2D6 (cytochrome P450 2D6) — “metabolizer” *4 and *10, ≥ 25% … 𝛼.\n",
      "Title\n===\n\n```\ncode ✓\n```\n\n> é\n\n- ü\n- 中文\n\n&#xFFFE; &amp; &#0;\n", "\u{FEFF}## Summary\r\nÅngström\r",
    ])
  func trustedUTF8(_ source: String) {
    let bytes = Array(source.utf8)
    let checked = CmarkParser().parse(bytes)
    let trusted = CmarkParser().parse(bytes, sourceIsValidUTF8: true)
    #expect(trusted.blocks == checked.blocks)
    #expect(!trusted.blocks.isEmpty)
  }

  @Test("ill-formed bytes still give well-formed text with the check")
  func untrustedBytes() {
    let document = CmarkParser().parse([0x41, 0xFF, 0xC3, 0x28, 0x0A, 0x0A, 0x42, 0xE2, 0x82])
    #expect(document.blocks.count == 2)
    #expect(document.blocks.allSatisfy { String(validating: Array($0.text.utf8), as: UTF8.self) != nil })
    #expect(document.blocks.first?.text.contains("\u{FFFD}") == true)
  }

  // MARK: - Arena

  @Test("a document larger than the arena's kept chunk parses whole, and the arena keeps only that chunk after")
  func largeDocumentInArena() {
    let paragraphs = (0..<4000).map { "Paragraph \($0) about CDK\($0 % 9) and *its* [partners](x)." }
    let document = CmarkParser().parse(Array(("# Title\n\n" + paragraphs.joined(separator: "\n\n")).utf8))
    #expect(document.blocks.count == 4001)
    #expect(document.blocks.last?.text == "Paragraph 3999 about CDK3 and its partners.")
    #expect(document.blocks[1].start == SourceLocation(line: 3, column: 1))
    #expect(gd_arena_held_bytes() == 256 * 1024)
  }

  @Test("parses on several threads at once as on one")
  func parallelArenas() {
    let sources = (0..<64).map { index in
      Array("## Gene Summary\n\(String(repeating: "Word \(index) ", count: index * 50))\n\n> quote\n".utf8)
    }
    let expected = sources.map { CmarkParser().parse($0).blocks }
    let results = ResultBox(count: sources.count)
    DispatchQueue.concurrentPerform(iterations: sources.count) { index in
      results.set(index, CmarkParser().parse(sources[index]).blocks)
    }
    #expect(results.values == expected)
  }
}

/// Results written from several threads.
private final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [[MarkdownBlock]]

  init(count: Int) { stored = Array(repeating: [], count: count) }

  func set(_ index: Int, _ blocks: [MarkdownBlock]) { lock.withLock { stored[index] = blocks } }
  var values: [[MarkdownBlock]] { lock.withLock { stored } }
}
