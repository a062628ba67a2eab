import Testing

@testable import GeneDocs

@Suite("Gene tables: HGNC and NCBI layouts")
struct GeneTableReaderTests {
  static let hgnc = "Fixtures/validate/gene-tables/hgnc_complete_set.txt"
  static let ncbi = "Fixtures/validate/gene-tables/gene_info.tsv"

  @Test("HGNC: approved rows, quoted |-lists of alias and previous symbols, withdrawn entries skipped")
  func hgncFixture() throws {
    let table = try GeneTableReader.parse(try FixturePaths.bytes(Self.hgnc), path: Self.hgnc)
    #expect(table.layout == .hgnc)
    #expect(table.entries.count == 8)
    let cyp = GeneTableEntry(
      symbol: "CYP2C19", name: "cytochrome P450 family 2 subfamily C member 19", previousSymbols: ["CYP2C"],
      aliasSymbols: ["CPCJ", "P450IIC19"], previousNames: ["cytochrome P450, family 2, subfamily C, polypeptide 19"],
      hgncID: "HGNC:2621", ncbiGeneID: "1557")
    #expect(table.lookup("CYP2C19") == .approved(cyp))
    #expect(table.lookup("CYP2C") == .previous([cyp]))
    #expect(table.lookup("p450iic19") == .alias([cyp]))
    #expect(table.lookup("ZNF9999") == .unknown)
  }

  @Test("NCBI: the nomenclature authority's symbol and name, else Symbol and description; Synonyms are aliases")
  func ncbiFixture() throws {
    let table = try GeneTableReader.parse(try FixturePaths.bytes(Self.ncbi), path: Self.ncbi)
    #expect(table.layout == .ncbi)
    #expect(table.entries.count == 9)
    guard case .approved(let cdk4) = table.lookup("CDK4") else {
      Issue.record("CDK4 not approved")
      return
    }
    #expect(cdk4.name == "cyclin dependent kinase 4")
    #expect(cdk4.aliasSymbols == ["CMM3", "PSK-J3"])
    #expect(table.lookup("CMM3") == .alias([cdk4]))
    guard case .approved(let loc) = table.lookup("LOC100000001") else {
      Issue.record("LOC row missing")
      return
    }
    #expect(loc.name == "uncharacterized LOC100000001")
    #expect(loc.aliasSymbols.isEmpty)
  }

  @Test("symbols in other case are told apart from exact ones")
  func otherCase() throws {
    let table = try GeneTableReader.parse(try FixturePaths.bytes(Self.hgnc), path: Self.hgnc)
    guard case .otherCase(let entry) = table.lookup("Cdk4") else {
      Issue.record("expected otherCase")
      return
    }
    #expect(entry.symbol == "CDK4")
  }

  @Test("CRLF line ends and a byte-order mark are read")
  func crlfAndBOM() throws {
    let text = "\u{FEFF}hgnc_id\tsymbol\tname\r\nHGNC:1\tABC1\tsome gene\r\n"
    let table = try GeneTableReader.parse(Array(text.utf8), path: "t.txt")
    #expect(table.lookup("ABC1") == .approved(GeneTableEntry(symbol: "ABC1", name: "some gene", hgncID: "HGNC:1")))
  }

  @Test(
    "a file that is no gene table is an error on line 1",
    arguments: [("", "gene table is empty"), ("symbol\tname\nCDK4\tx\n", "not a gene table")])
  func notATable(_ text: String, _ message: String) {
    let error = #expect(throws: ValidationSetupError.self) {
      try GeneTableReader.parse(Array(text.utf8), path: "t.tsv")
    }
    #expect(error?.line == 1)
    #expect(error?.message.hasPrefix(message) == true)
  }

  @Test("an unreadable file is an error naming it")
  func unreadable() {
    let error = #expect(throws: ValidationSetupError.self) { try GeneTableReader.read(path: "/nonexistent/gene_info") }
    #expect(error?.description == "/nonexistent/gene_info: error: cannot read gene table: No such file or directory")
  }

  @Test("fields as written, quoted, ill-formed, '-' or with a combining mark after a prefix read as strings would be")
  func fieldShapes() throws {
    let header =
      "#tax_id\tGeneID\tSymbol\tSynonyms\tdbXrefs\tdescription\tSymbol_from_nomenclature_authority\t"
      + "Full_name_from_nomenclature_authority\n"
    var bytes = Array(header.utf8)
    bytes += Array("9606\t1\tABC1\t A1 | - ||\"Q\"\tHGNC:HGNC:5|Ensembl:ENSG1\tdesc one\t-\t-\n".utf8)
    bytes += Array("9606\t2\tXYZ\t-\tHGNC:7\tna".utf8) + [0xFF] + Array("me\tXYZ2\t-\n".utf8)
    bytes += Array("9606\t3\tC3\tB1|B2\tHGNC:\u{301}9|Ensembl:E2\tthree\t-\t-\r\n".utf8)
    bytes += Array("9606\t4\t\"Q\"\"S\"\t\t\t\"  spaced  \"\t\t\n".utf8)
    bytes += Array("9606\t5\t-\tNONE\t-\tno symbol\t-\t-\n\n".utf8)
    let table = try GeneTableReader.parse(bytes, path: "t.tsv")
    #expect(
      table.entries == [
        GeneTableEntry(
          symbol: "ABC1", name: "desc one", aliasSymbols: ["A1", "Q"], hgncID: "HGNC:5", ncbiGeneID: "1",
          ensemblID: "ENSG1"),
        GeneTableEntry(symbol: "XYZ2", name: "na\u{FFFD}me", hgncID: "HGNC:7", ncbiGeneID: "2"),
        GeneTableEntry(symbol: "C3", name: "three", aliasSymbols: ["B1", "B2"], ncbiGeneID: "3", ensemblID: "E2"),
        GeneTableEntry(symbol: "Q\"S", name: "spaced", ncbiGeneID: "4"),
      ])
    #expect(table.lookup("a1") == .alias([table.entries[0]]))
    #expect(table.lookup("xyz2") == .otherCase(table.entries[1]))
    #expect(table.entry(forAccession: "hgnc:7") == table.entries[1])
    #expect(table.lookup("NONE") == .unknown)
  }
}
