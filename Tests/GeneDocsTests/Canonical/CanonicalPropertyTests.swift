import Foundation
import Testing

@testable import GeneDocs

/// SPEC §9's properties of `fix`, over every fixture, every document of the shared corpus (when it is there) and
/// variants of each (heading levels, setext, closing hashes, lower case, reordered, mojibake, byte-order mark,
/// CRLF, an extra section, trailing white space, and all of them at once).
@Suite("fix: properties over fixtures, the corpus and their variants")
struct CanonicalPropertyTests {
  /// The documents: every Markdown fixture, then the corpus.
  static let documents: [(name: String, text: String)] = {
    let fixtures = ["Fixtures/convert", "Fixtures/validate/docs", "Fixtures/batch/special"].flatMap { folder in
      let url = FixturePaths.root.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { $0.hasSuffix(".md") }.sorted().map { url.appendingPathComponent($0) }
    }
    return (fixtures + FixturePaths.sharedCorpusDocuments()).compactMap { url in
      guard let data = try? Data(contentsOf: url) else { return nil }
      return (url.lastPathComponent, String(decoding: data, as: UTF8.self))
    }
  }()

  static let rewriter = CanonicalRewriter()
  static let converter = GeneDocumentConverter(options: ConversionOptions(fixEncoding: true))

  @Test("the corpus is there, or the tests say they ran without it")
  func corpusPresence() {
    let corpus = FixturePaths.sharedCorpusDocuments()
    #expect(corpus.isEmpty || corpus.count == 450, "expected the 450 shared documents, found \(corpus.count)")
  }

  @Test(
    "fix is idempotent, keeps the record, repairs GD104/GD107/GD301 and leaves canonical documents alone",
    arguments: DocumentVariant.allCases)
  func properties(_ variant: DocumentVariant) throws {
    var rewritten = 0
    for (name, text) in Self.documents {
      let input = variant.apply(text)
      let path = "docs/\(name)"
      let rewrite = Self.rewriter.rewrite(input, path: path, alwaysCheck: true)
      switch rewrite.outcome {
      case .unfixable:
        #expect(
          rewrite.findings.findings.contains { $0.diagnostic.severity == .error }
            || Self.converter.convert(input, path: path).diagnostics.contains {
              CanonicalRewriter.blockingCodes.contains($0.code)
            }, "\(name) (\(variant)): unfixable without an error")
      case .unsafe(let reason):
        Issue.record("\(name) (\(variant)): not rewritten: \(reason)")
      case .canonical:
        #expect(rewrite.changes.isEmpty)
        let codes = Self.converter.convert(input, path: path).diagnostics.map(\.code)
        #expect(
          !codes.contains(.headingLevel) && !codes.contains(.sectionOrder) && !codes.contains(.mojibake),
          "\(name) (\(variant)): canonical but \(codes)")
      case .rewritten(let output):
        rewritten += 1
        #expect(!rewrite.changes.isEmpty, "\(name) (\(variant)): rewritten without a change listed")
        try check(output, from: input, path: path, context: "\(name) (\(variant))")
      }
    }
    if variant != .original { #expect(rewritten > 0) }
  }

  /// The rewritten document: canonical (fix leaves it byte for byte), the same record, none of the repaired codes.
  private func check(_ output: [UInt8], from input: [UInt8], path: String, context: String) throws {
    let again = Self.rewriter.rewrite(output, path: path, alwaysCheck: true)
    let idempotent = again.outcome == .canonical
    #expect(idempotent, "\(context): fix is not idempotent: \(again.changes.map(\.message))")
    let before = try #require(Self.converter.convert(input, path: path).record)
    let after = try #require(Self.converter.convert(output, path: path).record)
    #expect(
      after.symbol == before.symbol && after.name == before.name && after.aliases == before.aliases,
      "\(context): identity changed")
    #expect(after.summary == before.summary, "\(context): summary changed")
    #expect(after.associations == before.associations, "\(context): associations changed")
    #expect(after.pharmacogenetics == before.pharmacogenetics, "\(context): pharmacogenetics changed")
    #expect(after.otherSections == before.otherSections, "\(context): other sections changed")
    #expect(after.metadata == before.metadata, "\(context): metadata changed")
    let codes = Set(after.diagnostics.map(\.code))
    #expect(codes.isDisjoint(with: [.headingLevel, .sectionOrder, .mojibake]), "\(context): still \(codes.sorted())")
    let keepsMark = output.starts(with: [0xEF, 0xBB, 0xBF])
    #expect(!keepsMark, "\(context): byte-order mark kept")
    #expect(output.last == 0x0A, "\(context): no final line end")
  }
}
