import Foundation
import Testing

@testable import GeneDocs

/// SPEC §9's round trip: `convert(render(r))` equals `r` but `source`, `diagnostics` and `gene`, for the record of
/// every fixture and every corpus document (when the corpus is there) and their variants, plain text and
/// `--markdown`, rendered from the record and from its JSON.
@Suite("render: the round trip over fixtures, the corpus and their variants")
struct RenderRoundTripTests {
  static let variants: [DocumentVariant] = [.original, .headingLevels, .setext, .reordered, .extraSection, .mojibake]

  @Test("convert(render(r)) == r", arguments: [false, true])
  func roundTrip(_ markdown: Bool) throws {
    let converter = GeneDocumentConverter(options: ConversionOptions(markdown: markdown, fixEncoding: true))
    let renderer = DocumentRenderer(markdown: markdown)
    var checked = 0
    for (name, text) in CanonicalPropertyTests.documents {
      for variant in Self.variants {
        guard let record = converter.convert(variant.apply(text), path: "docs/\(name)").record else { continue }
        let context = "\(name) (\(variant), markdown: \(markdown))"
        // From the record, and from its JSON as render reads it.
        let fromRecord = renderer.render(record)
        guard case .success(let json) = JSONReader.value(record.jsonBytes(pretty: false)[...]) else {
          Issue.record("\(context): the record's JSON does not read back")
          continue
        }
        let fromJSON = renderer.render(json: json)
        #expect(fromJSON.errors.isEmpty, "\(context): \(fromJSON.errors)")
        #expect(fromRecord.document == fromJSON.document, "\(context): rendered differently from JSON")
        let document = try #require(fromRecord.document, "\(context): not rendered: \(fromRecord.errors)")
        guard fromRecord.warnings.isEmpty else { continue }
        var namer = DocumentNamer(basis: .source)
        let file = namer.name(sourcePath: record.source.path, symbol: record.symbol, number: 1).fileName
        let back = try #require(converter.convert(document, path: "out/\(file)").record, "\(context): no record")
        Self.expectSame(back, record, context)
        checked += 1
      }
    }
    #expect(checked > 0)
  }

  static func expectSame(_ back: GeneRecord, _ record: GeneRecord, _ context: String) {
    #expect(back.symbol == record.symbol, "\(context): symbol")
    #expect(back.name == record.name, "\(context): name \(back.name ?? "nil") vs \(record.name ?? "nil")")
    #expect(back.aliases == record.aliases, "\(context): aliases \(back.aliases) vs \(record.aliases)")
    #expect(back.summary == record.summary, "\(context): summary")
    #expect(back.associations == record.associations, "\(context): associations")
    #expect(back.pharmacogenetics == record.pharmacogenetics, "\(context): pharmacogenetics")
    #expect(back.otherSections == record.otherSections, "\(context): other sections")
    #expect(back.metadata == record.metadata, "\(context): metadata")
  }

  @Test("a rendered document is canonical: fix leaves it as it is")
  func renderedIsCanonical() throws {
    let converter = GeneDocumentConverter(options: ConversionOptions(fixEncoding: true))
    let rewriter = CanonicalRewriter()
    for (name, text) in CanonicalPropertyTests.documents {
      guard let record = converter.convert(Array(text.utf8), path: "docs/\(name)").record,
        let document = DocumentRenderer().render(record).document
      else { continue }
      let outcome = rewriter.rewrite(document, path: "out/\(name)").outcome
      #expect(outcome == .canonical || outcome == .unfixable, "\(name): \(outcome)")
    }
  }
}
