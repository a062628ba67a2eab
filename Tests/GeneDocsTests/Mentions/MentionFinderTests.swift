import Testing

@testable import GeneDocs

@Suite("Mentions: the tricky cases, positions checked against the input bytes")
struct MentionFinderTests {
  static let vocabulary = "Fixtures/vocabularies/drugs.tsv"
  static let genes = "Fixtures/mentions/gene_table.tsv"
  static let annotations = "Fixtures/annotations/clinical_annotations.tsv"

  static func reference() throws -> ReferenceData {
    ReferenceData(
      geneTables: [try GeneTableReader.parse(try FixturePaths.bytes(genes), path: genes)],
      vocabularies: [try VocabularyReader.parse(try FixturePaths.bytes(vocabulary), path: vocabulary)],
      annotations: try ClinicalAnnotationsReader.parse(try FixturePaths.bytes(annotations), path: annotations))
  }

  static func convert(_ path: String, fixEncoding: Bool = false, reference: ReferenceData?) throws -> GeneRecord {
    let converter = GeneDocumentConverter(options: ConversionOptions(fixEncoding: fixEncoding, reference: reference))
    return try #require(converter.convert(try FixturePaths.bytes(path), path: path).record)
  }

  /// The input's bytes at a mention's line and column, as long as its text.
  static func inputBytes(_ input: [UInt8], at mention: Mention, count: Int) -> [UInt8] {
    let start = LineIndex(input).offset(line: mention.line, column: mention.column)
    return Array(input[start..<min(input.count, start + count)])
  }

  @Test("every kind, in document order, each text exactly the input's bytes at its position")
  func tricky() throws {
    let path = "Fixtures/mentions/tricky.md"
    let record = try Self.convert(path, reference: try Self.reference())
    let found = record.mentions.map { "\($0.kind.rawValue):\($0.text):\($0.id ?? "-")" }
    #expect(
      found == [
        // Markup around a name is no part of it; a dashed synonym is a name of its own.
        "drug:azathioprine:PA900011", "drug:mercaptopurine:PA900010", "drug:6-thioguanine:PA900009",
        // A star allele after its gene, and a bare one after it in the same sentence.
        "variant:TPMT*3A:-", "variant:*3C:-",
        // A symbol that is an English word is a gene only beside words about genes ("the SET of patients" is not).
        "gene:SET:HGNC:10760",
        // The longest name wins (5-fluorouracil, not fluorouracil); Greek letters written or spelled agree.
        "drug:5-fluorouracil:PA900002", "drug:capecitabine:PA900003", "drug:interferon α-2b:PA900012",
        // A name inside a longer word is no mention: dihydrocodeine is not codeine.
        "drug:dihydrocodeine:PA900008", "drug:codeine:PA900007",
        "disease:Rheumatoid arthritis:PA900018", "disease:myopathy:PA900019", "drug:simvastatin:PA900017",
        // A non-breaking hyphen is a hyphen.
        "drug_class:HMG‑CoA reductase inhibitors:PA900016",
        "variant:HLA-B*57:01:-", "drug:abacavir:PA900004", "variant:rs1142345:rs1142345", "variant:c.719A>G:-",
        "variant:p.Tyr240Cys:-", "drug:Warfarin:PA900001", "drug:Coumadin:PA900001",
        // A link's text is text, its destination is not; an HTML tag's attribute is not; ATP only as written.
        "drug:tamoxifen:PA900014", "drug:ATP:PA900020",
      ])
    let input = try FixturePaths.bytes(path)
    for mention in record.mentions {
      let text = Array(mention.text.utf8)
      #expect(Self.inputBytes(input, at: mention, count: text.count) == text, "\(mention.text)")
    }
    #expect(record.gene?.pharmgkbID == "PA356")
    let sections = Dictionary(grouping: record.mentions, by: \.section).mapValues(\.count)
    #expect(sections == [.summary: 6, .associations: 9, .pharmacogenetics: 9])
  }

  @Test("with annotations, drugs carry supported: whether PharmGKB pairs them with the gene")
  func supported() throws {
    let record = try Self.convert("Fixtures/mentions/tricky.md", reference: try Self.reference())
    let drugs = record.mentions.filter { $0.kind == .drug }
    #expect(drugs.filter { $0.supported == true }.map(\.text) == ["azathioprine", "mercaptopurine", "6-thioguanine"])
    #expect(drugs.allSatisfy { $0.supported != nil })
    #expect(record.mentions.filter { $0.kind != .drug }.allSatisfy { $0.supported == nil })
  }

  @Test("mojibake inside a drug name: found after --fix-encoding, placed at the input's bytes")
  func mojibakeInsideName() throws {
    let path = "Fixtures/mentions/mojibake-drug.md"
    let reference = try Self.reference()
    let input = try FixturePaths.bytes(path)
    let repaired = try Self.convert(path, fixEncoding: true, reference: reference)
    let name = try #require(repaired.mentions.first)
    #expect(name.text == "5–fluorouracil")
    #expect(name.id == "PA900002")
    // The input holds the damaged bytes there: "5" then "â€“" then the rest of the name.
    #expect(Self.inputBytes(input, at: name, count: 1) == Array("5".utf8))
    let damagedName = Array("5â€“fluorouracil".utf8)
    #expect(Self.inputBytes(input, at: name, count: damagedName.count) == damagedName)
    // The next mention's column still counts the input's bytes.
    let next = try #require(repaired.mentions.dropFirst().first)
    #expect(Self.inputBytes(input, at: next, count: 12) == Array("capecitabine".utf8))
    // Unrepaired, the damaged dash splits the name and only "fluorouracil" is left.
    let damaged = try Self.convert(path, reference: reference)
    #expect(damaged.mentions.map(\.text) == ["fluorouracil", "capecitabine"])
  }

  @Test("a byte-order mark and CRLF line ends: positions count the input's bytes")
  func bomAndCRLF() throws {
    let text = "\u{FEFF}warfarin and rs123456 here.\r\n\r\n## Pharmacogenetics\r\nTake Coumadin; rs999.\r\n"
    let input = Array(text.utf8)
    let converter = GeneDocumentConverter(options: ConversionOptions(reference: try Self.reference()))
    let record = try #require(converter.convert(input, path: "-").record)
    #expect(record.mentions.map(\.text) == ["warfarin", "rs123456", "Coumadin", "rs999"])
    #expect(record.mentions.map(\.line) == [1, 1, 4, 4])
    #expect(record.mentions.first?.column == 4)
    for mention in record.mentions {
      let bytes = Array(mention.text.utf8)
      #expect(Self.inputBytes(input, at: mention, count: bytes.count) == bytes)
    }
  }

  @Test("variants need no vocabulary; the document's own symbol is never a mention")
  func withoutVocabulary() throws {
    let text = "## Gene Summary\nTPMT and TPMT*3A; V600E, Val158Met, c.-1639G>A, -1131T>C and E2F, T2D, CDK4.\n"
    let record = try #require(GeneDocumentConverter().convert(Array(text.utf8), path: "-").record)
    #expect(record.mentions.map(\.text) == ["TPMT*3A", "V600E", "Val158Met", "c.-1639G>A", "-1131T>C"])
    #expect(record.mentions.allSatisfy { $0.kind == .variant && $0.id == nil && $0.vocabulary == nil })
    #expect(record.gene == nil)
  }

  @Test("GD207 (off by default) for a drug in Pharmacogenetics that no annotation pairs with the gene")
  func unannotatedDrug() throws {
    let path = "Fixtures/validate/docs/gd207-unannotated-drug.md"
    let reference = try Self.reference()
    let off = try Self.convert(path, reference: reference)
    #expect(!off.diagnostics.contains { $0.code == .drugWithoutAnnotation })
    let converter = GeneDocumentConverter(
      options: ConversionOptions(reference: reference, rulesTurnedOn: [.drugWithoutAnnotation]))
    let on = try #require(converter.convert(try FixturePaths.bytes(path), path: path).record)
    #expect(
      on.diagnostics.filter { $0.code == .drugWithoutAnnotation }.map(\.message) == [
        "drug 'tamoxifen' is named in Pharmacogenetics, but no clinical annotation pairs it with TPMT"
      ])
  }
}
