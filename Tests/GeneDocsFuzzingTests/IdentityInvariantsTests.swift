import Foundation
import GeneDocs
import Testing

@testable import GeneDocsFuzzing

/// Property tests of the identity reader (SPEC §6): real and hand-written first sentences, cut and varied the way
/// writers and models vary them, never trap and give only spans of their input.
@Suite("IdentityInvariants: first sentences cut, grown and mutated")
struct IdentityInvariantsTests {
  /// The first sentence of every fixture's summary (plain text, as the reader sees it), without repeats.
  static let fixtureSentences: [String] = {
    var seen: Set<String> = []
    return CorpusFiles.fixtures().compactMap { path in
      guard let bytes = try? CorpusFiles.bytes(path),
        let summary = GeneDocumentConverter().convert(bytes, path: path).record?.summary
      else { return nil }
      let sentence = firstSentence(of: summary)
      return sentence.isEmpty || !seen.insert(sentence).inserted ? nil : sentence
    }
  }()

  /// The dictionary the identity fuzz target uses (`Fuzz/identity.dict`), decoded.
  static let dictionary: [String] = {
    guard
      let text = try? String(contentsOf: CorpusFiles.root.appendingPathComponent("Fuzz/identity.dict"), encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").compactMap(decodeEntry)
  }()

  @Test("every fixture's first sentence, cut at every byte, converts and reads within the invariants")
  func cutAtEveryByte() throws {
    #expect(Self.fixtureSentences.count >= 20)
    for sentence in Self.fixtureSentences {
      let bytes = Array(sentence.utf8)
      for cut in 0...bytes.count {
        let prefix = Array(bytes[..<cut])
        try IdentityInvariants.check(prefix)
        try PipelineInvariants.check(Array("## Gene Summary\n".utf8) + prefix + [0x0A])
      }
    }
  }

  // One case per sentence, so the cases run in parallel (the dictionary has some 600 tokens).
  @Test(
    "every dictionary token inserted at every word boundary of every fixture's first sentence",
    arguments: fixtureSentences)
  func dictionaryTokensAtWordBoundaries(_ sentence: String) throws {
    #expect(Self.dictionary.count > 300)
    let bytes = Array(sentence.utf8)
    let boundaries = [0] + bytes.indices.filter { bytes[$0] == 0x20 } + [bytes.count]
    for token in Self.dictionary {
      let inserted = Array(token.utf8)
      for boundary in boundaries {
        try IdentityInvariants.check(Array(bytes[..<boundary]) + inserted + Array(bytes[boundary...]))
      }
    }
  }

  @Test("the real first sentences of ../shared/corpus, with words dropped, doubled, swapped and appositives added")
  func mutatedRealSentences() throws {
    let directory = CorpusFiles.root.appendingPathComponent("../shared/corpus/gene-docs").standardizedFileURL
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
    var checked = 0
    for name in names.sorted() where name.hasSuffix(".md") {
      let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
      guard let summary = GeneDocumentConverter().convert(bytes, path: name).record?.summary else { continue }
      let words = Self.firstSentence(of: summary).split(separator: " ").map(String.init)
      for variant in Self.variants(of: words) {
        try IdentityInvariants.check(Array(variant.utf8))
        checked += 1
      }
    }
    #expect(checked > 10_000)
  }

  @Test(
    "every input the identity fuzzer once broke keeps the invariants now", arguments: CorpusFiles.identityRegressions())
  func regression(_ path: String) throws {
    try IdentityInvariants.check(try CorpusFiles.bytes(path))
  }

  @Test("an appositive that starts with another symbol and runs on with 'and' (the crash of issue #11)")
  func orAppositiveWithAnotherSymbol() throws {
    let sentence = "CFX1, or CFX2 and FADD Interacting Kinase, is a kinase that trims membranes."
    try IdentityInvariants.check(Array(sentence.utf8))
    for cut in 0...sentence.utf8.count { try IdentityInvariants.check(Array(sentence.utf8.prefix(cut))) }
  }

  // MARK: - Helpers

  /// How writers vary a sentence: a word dropped, doubled, two swapped, an appositive inserted after a word.
  static func variants(of words: [String]) -> [String] {
    var variants: [String] = []
    let appositives = [", or CFX2 and QQ Kinase,", ", also known as ZZ9,", " (QRX3)", ", shorthand for"]
    for index in words.indices {
      var dropped = words
      dropped.remove(at: index)
      variants.append(dropped.joined(separator: " "))
      var doubled = words
      doubled.insert(words[index], at: index)
      variants.append(doubled.joined(separator: " "))
      if index + 1 < words.count {
        var swapped = words
        swapped.swapAt(index, index + 1)
        variants.append(swapped.joined(separator: " "))
      }
      let appositive = appositives[index % appositives.count]
      variants.append((words[...index] + [appositive] + words[(index + 1)...]).joined(separator: " "))
    }
    return variants
  }

  /// Up to the first `. ` followed by an upper-case letter.
  static func firstSentence(of text: String) -> String {
    let paragraph = text.split(separator: "\n\n", maxSplits: 1).first.map(String.init) ?? text
    guard let end = paragraph.firstRange(of: /\.\s+[A-Z]/) else { return paragraph }
    return String(paragraph[..<end.lowerBound]) + "."
  }

  /// A dictionary line's token: `"…"` with `\xNN`, `\"` and `\\` escapes; nil for comments and blank lines.
  static func decodeEntry(_ line: Substring) -> String? {
    guard line.hasPrefix("\""), line.hasSuffix("\""), line.count >= 2 else { return nil }
    var bytes: [UInt8] = []
    var rest = Array(line.utf8.dropFirst().dropLast())[...]
    while let byte = rest.first {
      rest = rest.dropFirst()
      guard byte == UInt8(ascii: "\\"), let next = rest.first else {
        bytes.append(byte)
        continue
      }
      if next == UInt8(ascii: "x"), rest.count >= 3,
        let value = UInt8(String(decoding: rest.dropFirst().prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        rest = rest.dropFirst(3)
      } else {
        bytes.append(next)
        rest = rest.dropFirst()
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
