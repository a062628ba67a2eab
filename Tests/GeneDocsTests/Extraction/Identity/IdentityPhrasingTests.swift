import Foundation
import Testing

@testable import GeneDocs

@Suite("Identity phrasings: every row's example is read by that row")
struct IdentityPhrasingTests {
  @Test(
    "each row's example gives the symbol, name and aliases it states, found by this row",
    arguments: IdentityPhrasing.all.map(\.id))
  func example(_ id: String) throws {
    let row = try #require(IdentityPhrasing.all.first { $0.id == id })
    var storage = IdentityTextStorage(row.example)
    storage.tokenize(sentences: storage.sentenceRanges.indices)
    // A row that needs the document to state its symbol elsewhere is given the example's.
    let stated = row.symbolNeedsStatement ? row.expected.symbol : nil
    let found = storage.withText { text in
      let reading = IdentityReading(text, isTitle: row.titleOnly, statedSymbol: stated)
      return reading.finding().map { finding in (finding.intro.id, finding.nameRow, reading.identity(of: finding)) }
    }
    let (intro, nameRow, identity) = try #require(found, "no symbol in '\(row.example)'")
    #expect(identity == row.expected)
    switch row.role {
    case .intro: #expect(intro == row.id)
    case .tail, .sentence: #expect(nameRow == row.id)
    }
  }

  @Test("a row that needs a stated symbol reads nothing without it or with another")
  func statedSymbolNeeded() throws {
    for row in IdentityPhrasing.all where row.symbolNeedsStatement {
      for stated in [nil, "ZZZ9"] as [String?] {
        var storage = IdentityTextStorage(row.example)
        storage.tokenize(sentences: storage.sentenceRanges.indices)
        let intro = storage.withText { IdentityReading($0, isTitle: false, statedSymbol: stated).finding()?.intro.id }
        #expect(intro != row.id, "\(row.id) with \(stated ?? "no stated symbol")")
      }
    }
  }

  @Test("row identifiers are unique")
  func uniqueIdentifiers() {
    let ids = IdentityPhrasing.all.map(\.id)
    #expect(Set(ids).count == ids.count)
  }

  @Test("every example is the project's own: no row reuses another's example")
  func distinctExamples() {
    let examples = IdentityPhrasing.all.map(\.example)
    #expect(Set(examples).count == examples.count)
  }

  @Test("every phrase of the word classes the identity reader uses is in Fuzz/identity.dict")
  func dictionaryCoversWordClasses() throws {
    let dictionary = try String(contentsOf: Self.root.appendingPathComponent("Fuzz/identity.dict"), encoding: .utf8)
    let entries = Set(
      dictionary.split(separator: "\n").filter { $0.hasPrefix("\"") }.map { String($0.dropFirst().dropLast()) })
    var classes: [WordClass] = [.aliasMarker, .leadIn]
    for row in IdentityPhrasing.all {
      for step in row.steps {
        if case .phrase(let words) = step { classes.append(words.takeUnretainedValue()) }
      }
    }
    for wordClass in classes {
      for phrase in wordClass.phrases {
        #expect(entries.contains(phrase + " "), "'\(phrase)' is not in Fuzz/identity.dict")
      }
    }
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
