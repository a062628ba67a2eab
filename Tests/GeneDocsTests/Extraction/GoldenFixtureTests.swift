import Foundation
import Testing

@testable import GeneDocs

@Suite("Fixtures against golden JSON")
struct GoldenFixtureTests {
  /// Every fixture's record as `gene2json FILE` prints it, compared with `Fixtures/convert/expected/NAME.json`.
  @Test("plain-text records", arguments: FixturePaths.convertFixtures())
  func plainText(_ name: String) throws {
    let path = "Fixtures/convert/\(name)"
    let result = GeneDocumentConverter().convert(try FixturePaths.bytes(path), path: path)
    let output = result.record.map { $0.jsonBytes(pretty: true) + [0x0A] } ?? []
    Golden.check(output, against: "Fixtures/convert/expected/\(name.dropLast(3)).json")
  }

  @Test("--markdown keeps each section's source byte for byte")
  func markdown() throws {
    let path = "Fixtures/convert/markup.md"
    let converter = GeneDocumentConverter(options: ConversionOptions(markdown: true))
    let record = try #require(converter.convert(try FixturePaths.bytes(path), path: path).record)
    Golden.check(record.jsonBytes(pretty: true) + [0x0A], against: "Fixtures/convert/expected/markup.markdown.json")
    let source = String(decoding: try FixturePaths.bytes(path), as: UTF8.self)
    for text in [record.summary, record.associations, record.pharmacogenetics] {
      let text = try #require(text)
      #expect(source.contains(text))
    }
  }

  @Test(
    "--markdown: every section of every fixture is a slice of its source", arguments: FixturePaths.convertFixtures())
  func markdownSlicesEveryFixture(_ name: String) throws {
    let path = "Fixtures/convert/\(name)"
    let raw = try FixturePaths.bytes(path)
    let converter = GeneDocumentConverter(options: ConversionOptions(markdown: true))
    guard let record = converter.convert(raw, path: path).record else { return }
    let source = String(decoding: raw, as: UTF8.self)
    let texts =
      [record.summary, record.associations, record.pharmacogenetics].compactMap { $0 }
      + record.otherSections.map(\.text)
    for text in texts where !text.isEmpty {
      #expect(source.contains(text), "\(name): \(text.prefix(60))")
    }
  }

  @Test("--fix-encoding repairs mojibake and still reports it")
  func fixEncoding() throws {
    let path = "Fixtures/convert/mojibake.md"
    let converter = GeneDocumentConverter(options: ConversionOptions(fixEncoding: true))
    let record = try #require(converter.convert(try FixturePaths.bytes(path), path: path).record)
    Golden.check(record.jsonBytes(pretty: true) + [0x0A], against: "Fixtures/convert/expected/mojibake.fixed.json")
    let text = [record.summary, record.associations, record.pharmacogenetics].compactMap { $0 }.joined()
    #expect(!text.contains("â€"))
    #expect(record.diagnostics.contains { $0.code == .mojibake && $0.message.contains("repaired") })
  }

  @Test("every record decodes back with JSONDecoder to the same value")
  func roundTrip() throws {
    for name in FixturePaths.convertFixtures() {
      let path = "Fixtures/convert/\(name)"
      guard let record = GeneDocumentConverter().convert(try FixturePaths.bytes(path), path: path).record else {
        continue
      }
      var decoded = try JSONDecoder().decode(GeneRecord.self, from: Data(record.jsonBytes(pretty: false)))
      var expected = record
      // JSONDecoder does not keep object key order; compare metadata by key.
      decoded.metadata.sort { $0.key < $1.key }
      expected.metadata.sort { $0.key < $1.key }
      #expect(decoded == expected, "\(name)")
    }
  }
}
