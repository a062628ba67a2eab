import Testing

@testable import GeneDocs

@Suite("Reference tables: PharmGKB genes, merged gene tables, accessions, vocabularies")
struct ReferenceTablesTests {
  static let pharmgkb = "Fixtures/gene-tables/pharmgkb_genes.csv"
  static let ncbi = "Fixtures/gene-tables/gene_info.tsv"
  static let hgnc = "Fixtures/gene-tables/hgnc_complete_set.txt"

  static func table(_ path: String) throws -> GeneTable {
    try GeneTableReader.parse(try FixturePaths.bytes(path), path: path)
  }

  @Test("PharmGKB genes.csv: accession, symbol, HGNC and Ensembl ids; RFC 4180 quotes")
  func pharmgkbGenes() throws {
    let table = try Self.table(Self.pharmgkb)
    #expect(table.layout == .pharmgkb)
    #expect(table.name == "pharmgkb_genes.csv")
    guard case .approved(let cyp) = table.lookup("CYP2D6") else {
      Issue.record("CYP2D6 not approved")
      return
    }
    #expect(cyp.pharmgkbID == "PA128" && cyp.hgncID == "HGNC:2625" && cyp.ensemblID == "ENSG00000100197")
    #expect(table.entry(forAccession: "pa128")?.symbol == "CYP2D6")
    #expect(table.entry(forAccession: "HGNC:2625")?.symbol == "CYP2D6")
    #expect(table.lookup("ODD, QUOTED") != .unknown)
  }

  @Test("several tables are one: entries joined by approved symbol, each table's accessions kept")
  func merged() throws {
    let merged = GeneTable(merging: [
      try Self.table(Self.pharmgkb), try Self.table(Self.ncbi), try Self.table(Self.hgnc),
    ])
    guard case .approved(let tpmt) = merged.lookup("TPMT") else {
      Issue.record("TPMT not approved")
      return
    }
    #expect(tpmt.pharmgkbID == "PA356")
    #expect(tpmt.hgncID == "HGNC:12014")
    #expect(tpmt.ncbiGeneID == "7172")
    #expect(tpmt.name == "thiopurine S-methyltransferase")
    // Previous and alias symbols come from the tables that have them.
    #expect(merged.lookup("CMM3") == .previous([try #require(merged.entries.first { $0.symbol == "CDK4" })]))
  }

  @Test("a file name that is an accession the table knows votes for its symbol (GD202 when it disagrees)")
  func accessionVotes() throws {
    let reference = ReferenceData(geneTables: [try Self.table(Self.pharmgkb)])
    let converter = GeneDocumentConverter(options: ConversionOptions(reference: reference))
    let agreeing = "## Gene Summary\nCYP2D6 (Cytochrome P450 2D6) metabolizes codeine.\n"
    let record = try #require(converter.convert(Array(agreeing.utf8), path: "docs/PA128.md").record)
    #expect(record.symbol == "CYP2D6")
    #expect(record.gene?.pharmgkbID == "PA128")
    #expect(!record.diagnostics.contains { $0.code == .symbolsDisagree })
    let disagreeing = "## Gene Summary\nCDK4 (Cyclin Dependent Kinase 4) drives the cell cycle.\n"
    let other = try #require(converter.convert(Array(disagreeing.utf8), path: "PA128.md").record)
    #expect(other.symbol == "CDK4")
    #expect(other.gene?.pharmgkbID == "PA102")
    let disagreement = try #require(other.diagnostics.first { $0.code == .symbolsDisagree })
    #expect(disagreement.message.contains("file name PA128 in the gene table 'CYP2D6'"))
    // No symbol stated at all: the accession's gene is the record's.
    let silent = try #require(
      converter.convert(Array("## Gene Summary\nit is a gene.\n".utf8), path: "PA356.md").record)
    #expect(silent.symbol == "TPMT")
    #expect(silent.gene?.approvedSymbol == "TPMT")
  }

  @Test("PharmGKB chemicals: kinds from Type, generic and trade names, lists quoted or one item unquoted")
  func chemicals() throws {
    let text = """
      PharmGKB Accession Id\tName\tGeneric Names\tTrade Names\tBrand Mixtures\tType
      PA1\twarfarin\t"(S)-warfarin","Warfarin Sodium"\t"Coumadin","Jantoven"\t\tDrug
      PA2\tglucose\t1,2,3-glucose form\t\t\t"Drug","Biological Intermediate"
      PA3\tStatins\t\t\t\tDrug Class
      PA4\tmercaptopurine\t\t\t\t"Drug","Metabolite"
      PA5\tserotonin\t\t\t\tBiological Intermediate

      """
    let vocabulary = try VocabularyReader.parse(Array(text.utf8), path: "x/chemicals.tsv")
    #expect(vocabulary.layout == .pharmgkbChemicals)
    #expect(vocabulary.name == "chemicals.tsv")
    #expect(vocabulary.entries.map(\.kind) == [.drug, .metabolite, .drugClass, .drug, .metabolite])
    #expect(vocabulary.entries[0].synonyms == ["(S)-warfarin", "Warfarin Sodium"])
    #expect(vocabulary.entries[0].tradeNames == ["Coumadin", "Jantoven"])
    #expect(vocabulary.entries[1].synonyms == ["1,2,3-glucose form"])
  }

  @Test("PharmGKB diseases: an inverted MeSH name also in natural order")
  func diseases() throws {
    let text = "did,disease\nPA10,\"Arthritis, Rheumatoid\"\nPA11,Myopathy\n"
    let vocabulary = try VocabularyReader.parse(Array(text.utf8), path: "diseases.csv")
    #expect(vocabulary.layout == .pharmgkbDiseases)
    #expect(vocabulary.entries.map(\.name) == ["Arthritis, Rheumatoid", "Myopathy"])
    #expect(vocabulary.entries[0].synonyms == ["Rheumatoid Arthritis"])
    #expect(vocabulary.entries.allSatisfy { $0.kind == .disease })
  }

  @Test("plain TSV: a header line is skipped, an unknown kind is an error on its line")
  func plain() throws {
    let vocabulary = try VocabularyReader.parse(
      try FixturePaths.bytes("Fixtures/vocabularies/drugs.tsv"), path: "drugs.tsv")
    #expect(vocabulary.layout == .plain)
    #expect(vocabulary.entries.first?.synonyms == ["Coumadin", "(S)-warfarin"])
    let error = #expect(throws: ValidationSetupError.self) {
      try VocabularyReader.parse(Array("id\tkind\tname\nX1\tpill\taspirin\n".utf8), path: "v.tsv")
    }
    #expect(error?.line == 2)
    #expect(error?.message.hasPrefix("unknown kind 'pill'") == true)
  }

  @Test("clinical annotations: gene and drug lists split on ';', compared case aside")
  func annotations() throws {
    let path = "Fixtures/annotations/clinical_annotations.tsv"
    let annotations = try ClinicalAnnotationsReader.parse(try FixturePaths.bytes(path), path: path)
    #expect(annotations.pairs(gene: "cyp2c9", drug: "Warfarin"))
    #expect(annotations.pairs(gene: "VKORC1", drug: "warfarin"))
    #expect(!annotations.pairs(gene: "TPMT", drug: "warfarin"))
  }
}
