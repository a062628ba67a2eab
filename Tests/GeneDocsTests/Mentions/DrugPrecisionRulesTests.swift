import Testing

@testable import GeneDocs

/// The structural rules against drug false positives (issue 12), one row a rule, each with a sentence written for the
/// test and a PharmGKB-shaped chemicals table made up for it; asserted on what the converter's mention finder finds.
@Suite("Mentions: structural rules that keep the body's substances, longer names and gene names from being drugs")
struct DrugPrecisionRulesTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let rule: String
    /// Chemicals rows: name, generic names, trade names, type, ATC codes, clinical annotation count.
    let chemicals: [(name: String, generic: String, trade: String, type: String, atc: String, annotations: Int)]
    /// HGNC rows: symbol and name; none for no gene table.
    let genes: [(symbol: String, name: String)]
    let sentence: String
    /// `kind:text` of each mention, in document order.
    let expected: [String]
    var testDescription: String { rule }
  }

  static let cases: [Case] = [
    Case(
      rule: "an element without an ATC code and without annotations is a metabolite",
      chemicals: [("molybdenum", "", "", "Drug", "", 0), ("oxygen", "", "", "Drug", "", 0)],
      genes: [], sentence: "The enzyme builds a molybdenum cofactor when oxygen is scarce.",
      expected: ["metabolite:molybdenum", "metabolite:oxygen"]),
    Case(
      rule: "an element with an ATC code stays a drug",
      chemicals: [("lithium", "", "", "Drug", "N05AN01", 40)], genes: [],
      sentence: "Lithium response differed between carriers.", expected: ["drug:Lithium"]),
    Case(
      rule: "an element without an ATC code but annotated clinically is its compounds, a drug class",
      chemicals: [("platinum", "", "", "Drug", "", 3), ("carboplatin", "", "", "Drug", "L01XA02", 9)], genes: [],
      sentence: "Tumours were treated with platinum-based regimens such as carboplatin.",
      expected: ["drug_class:platinum", "drug:carboplatin"]),
    Case(
      rule: "a chemical whose ATC codes are all nutrient groups is a metabolite",
      chemicals: [
        ("folic acid", "\"folate\"", "", "Drug", "B03BB01", 5),
        ("calcitriol", "", "", "Drug", "\"A11CC04\",\"D05AX03\"", 0),
      ],
      genes: [], sentence: "The enzyme acts in folate metabolism; calcitriol was given to some patients.",
      expected: ["metabolite:folate", "drug:calcitriol"]),
    Case(
      rule: "a treatment (a word ending in therapy) is no substance",
      chemicals: [("radiotherapy", "", "", "Drug", "", 20), ("cisplatin", "", "", "Drug", "L01XA01", 100)], genes: [],
      sentence: "Tumours resisted radiotherapy and cisplatin.", expected: ["drug:cisplatin"]),
    Case(
      rule: "no name starts after a hyphen that follows a letter or digit",
      chemicals: [
        ("hydroxyprogesterone", "", "", "Drug", "", 0), ("L-glutamate", "", "", "Drug", "", 0),
        ("fluorouracil", "\"5-fluorouracil\"", "", "Drug", "L01BC02", 50),
      ],
      genes: [],
      sentence: "Serum 17-hydroxyprogesterone rose, N-acetyl-L-aspartyl-L-glutamate fell; 5-fluorouracil was stopped.",
      expected: ["drug:5-fluorouracil"]),
    Case(
      rule: "a name after a dash or a hyphen that follows no letter or digit is found",
      chemicals: [("warfarin", "", "", "Drug", "B01AA03", 80), ("aspirin", "", "", "Drug", "N02BA01", 60)], genes: [],
      sentence: "The warfarin–aspirin interaction (and -aspirin alone) was studied.",
      expected: ["drug:warfarin", "drug:aspirin", "drug:aspirin"]),
    Case(
      rule: "a trade name that is a common English word is not looked for",
      chemicals: [("hexachlorophene", "", "\"Eleven\",\"Sanitol\"", "Drug", "D08AE01", 0)], genes: [],
      sentence: "Eleven patients washed with Sanitol, a hexachlorophene soap.",
      expected: ["drug:Sanitol", "drug:hexachlorophene"]),
    Case(
      rule: "a drug name that is a gene's full name in the gene table names the protein",
      chemicals: [
        ("examplotide", "\"parathyroid hormone\"", "", "Drug", "H05AA03", 0),
        ("teriparatide", "", "", "Drug", "H05AA02", 0),
      ],
      genes: [("PTH", "parathyroid hormone")],
      sentence: "The receptor binds Parathyroid Hormone; teriparatide mimics parathyroid-hormone.",
      expected: ["drug:teriparatide"]),
    Case(
      rule: "a gene's full name compares in the normal form: a Greek letter written in the table, spelled in the text",
      chemicals: [("examplokine", "\"interleukin alpha\"", "", "Drug", "L03AC99", 0)],
      genes: [("ILX9", "Interleukin α")],
      sentence: "The cells release interleukin-alpha; patients were given examplokine.",
      expected: ["drug:examplokine"]),
    Case(
      rule: "no part of the document's own name is a mention where the name is written",
      chemicals: [("calcium", "", "", "Drug", "A12AA20", 0), ("examplodipine", "", "", "Drug", "C08CA99", 5)],
      genes: [],
      sentence: "ZZZ9 (Calcium Sensing Channel 9) binds calcium; examplodipine blocks the calcium sensing channel 9.",
      expected: ["metabolite:calcium", "drug:examplodipine"]),
    Case(
      rule: "without a gene table the same name is a drug",
      chemicals: [("examplotide", "\"parathyroid hormone\"", "", "Drug", "H05AA03", 0)], genes: [],
      sentence: "The receptor binds Parathyroid Hormone.", expected: ["drug:Parathyroid Hormone"]),
    Case(
      rule: "a drug the document once names as the body's own substance is a metabolite wherever it names it",
      chemicals: [("taurine", "", "", "Drug", "A16AA99", 3), ("cisplatin", "", "", "Drug", "L01XA01", 100)],
      genes: [],
      sentence: "Taurine is given as a supplement, cisplatin as a drug; the enzyme limits taurine biosynthesis.",
      expected: ["metabolite:Taurine", "drug:cisplatin", "metabolite:taurine"]),
    Case(
      rule: "a class of the body's molecules before the name, through `like` or `(`, makes it the body's own",
      chemicals: [
        ("adrenaline", "", "", "Drug", "C01CA24", 2), ("interferon gamma", "\"IFN-γ\"", "", "Drug", "L03AB03", 0),
      ],
      genes: [],
      sentence: "Cells answer hormones like adrenaline and the cytokine (IFN-γ).",
      expected: ["metabolite:adrenaline", "metabolite:IFN-γ"]),
    Case(
      rule: "what medicines undergo too (metabolism, uptake, levels, a therapy such as) is no cue",
      chemicals: [
        ("warfarin", "", "", "Drug", "B01AA03", 80), ("methotrexate", "", "", "Drug", "L01BA01", 60),
        ("tamoxifen", "", "", "Drug", "L02BA01", 40),
      ],
      genes: [],
      sentence: "Warfarin metabolism, methotrexate uptake and hormone therapy such as tamoxifen vary by genotype.",
      expected: ["drug:Warfarin", "drug:methotrexate", "drug:tamoxifen"]),
  ]

  @Test("each cue of the body's own substance makes its example's bracketed name the body's own")
  func bodilyRoleCues() {
    #expect(BodilyRoleContext.cues.count == 56)
    for cue in BodilyRoleContext.cues {
      let bytes = Array(cue.example.utf8)
      guard let open = bytes.firstIndex(of: UInt8(ascii: "[")),
        let close = bytes[open...].firstIndex(of: UInt8(ascii: "]"))
      else {
        Issue.record("no bracketed name in \(cue.example)")
        continue
      }
      // The brackets become spaces, as markup becomes breaks in the masked text: the cue must not need them.
      var masked = bytes
      masked[open] = UInt8(ascii: " ")
      masked[close] = UInt8(ascii: " ")
      let found = masked.withUnsafeBufferPointer { BodilyRoleContext.surrounds($0, open + 1, close) }
      #expect(found, "\(cue.example)")
      // The same name in a sentence without the cue's words is no cue.
      let plain = Array(
        "The patients were given \(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)) daily.".utf8)
      let start = plain.count - " daily.".utf8.count - (close - open - 1)
      let none = plain.withUnsafeBufferPointer { BodilyRoleContext.surrounds($0, start, start + close - open - 1) }
      #expect(!none, "\(cue.example)")
    }
  }

  static func chemicalsTable(_ rows: [(String, String, String, String, String, Int)]) -> [UInt8] {
    var text =
      "PharmGKB Accession Id\tName\tGeneric Names\tTrade Names\tType\tClinical Annotation Count\tATC Identifiers\n"
    for (number, row) in rows.enumerated() {
      text += "PA99\(number)\t\(row.0)\t\(row.1)\t\(row.2)\t\(row.3)\t\(row.5)\t\(row.4)\n"
    }
    return Array(text.utf8)
  }

  static func geneTable(_ rows: [(symbol: String, name: String)]) -> [UInt8] {
    var text = "hgnc_id\tsymbol\tname\tstatus\n"
    for (number, row) in rows.enumerated() { text += "HGNC:9\(number)\t\(row.symbol)\t\(row.name)\tApproved\n" }
    return Array(text.utf8)
  }

  @Test("each rule's sentence gives the mentions it should", arguments: cases)
  func rule(_ example: Case) throws {
    let vocabulary = try VocabularyReader.parse(Self.chemicalsTable(example.chemicals), path: "chemicals.tsv")
    let tables = try example.genes.isEmpty ? [] : [GeneTableReader.parse(Self.geneTable(example.genes), path: "g.tsv")]
    let reference = ReferenceData(geneTables: tables, vocabularies: [vocabulary])
    let document = "# ZZZ9\n\n## Gene Summary\n\(example.sentence)\n"
    let converter = GeneDocumentConverter(options: ConversionOptions(reference: reference))
    let record = try #require(converter.convert(Array(document.utf8), path: "ZZZ9.md").record)
    #expect(record.mentions.map { "\($0.kind.rawValue):\($0.text)" } == example.expected)
    let input = Array(document.utf8)
    for mention in record.mentions {
      let bytes = Array(mention.text.utf8)
      #expect(MentionFinderTests.inputBytes(input, at: mention, count: bytes.count) == bytes)
    }
  }

  @Test("PharmGKB chemicals: a treatment is left out; a table without ATC codes gets no element or nutrient rule")
  func readerRules() throws {
    let rules = try VocabularyReader.parse(
      Self.chemicalsTable([("oxygen", "", "", "Drug", "", 0), ("photodynamic therapy", "", "", "Drug", "", 2)]),
      path: "c.tsv")
    #expect(rules.entries.map(\.name) == ["oxygen"])
    #expect(rules.entries.map(\.kind) == [.metabolite])
    let bare = "PharmGKB Accession Id\tName\tGeneric Names\tTrade Names\tType\nPA1\toxygen\t\t\tDrug\n"
    let plain = try VocabularyReader.parse(Array(bare.utf8), path: "c.tsv")
    #expect(plain.entries.map(\.kind) == [.drug])
  }

  @Test("PharmGKB chemicals: a Drug with no trace of a medicine is a metabolite; any one trace keeps it a drug")
  func noTraceOfMedicine() throws {
    let header =
      "PharmGKB Accession Id\tName\tGeneric Names\tTrade Names\tType\tClinical Annotation Count\t"
      + "Variant Annotation Count\tATC Identifiers\tRxNorm Identifiers\tTop Any Drug Label Testing Level\n"
    let rows = [
      "PA1\tretinaldehyde\t\t\tDrug\t0\t0\t\t\t",  // none: the body's own substance
      "PA2\tnovamab\t\t\tDrug\t0\t0\t\t\tTesting required",  // a label
      "PA3\texamplomycin\t\t\tDrug\t0\t0\t\t123456\t",  // an RxNorm identifier
      "PA4\tvariotinib\t\t\tDrug\t0\t2\t\t\t",  // variant annotations
      "PA5\tclinicalol\t\t\tDrug\t1\t0\t\t\t",  // a clinical annotation
      "PA6\tcodedine\t\t\tDrug\t0\t0\tN02AA99\t\t",  // an ATC code
    ]
    let table = try VocabularyReader.parse(Array((header + rows.joined(separator: "\n") + "\n").utf8), path: "c.tsv")
    #expect(table.entries.map(\.kind) == [.metabolite, .drug, .drug, .drug, .drug, .drug])
    let reference = ReferenceData(vocabularies: [table])
    let document = "# ZZZ9\n\n## Gene Summary\nThe enzyme turns retinaldehyde into retinol; novamab was given.\n"
    let converter = GeneDocumentConverter(options: ConversionOptions(reference: reference))
    let record = try #require(converter.convert(Array(document.utf8), path: "ZZZ9.md").record)
    #expect(record.mentions.map { "\($0.kind.rawValue):\($0.text)" } == ["metabolite:retinaldehyde", "drug:novamab"])
  }
}
