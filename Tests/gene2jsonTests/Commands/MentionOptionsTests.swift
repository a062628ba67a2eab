import Foundation
import Testing

@Suite("convert and validate with --gene-table, --vocabulary, --annotations, through the binary")
struct MentionOptionsTests {
  static let tricky = "Fixtures/mentions/tricky.md"
  static let vocabulary = "Fixtures/vocabularies/drugs.tsv"
  static let genes = "Fixtures/gene-tables/pharmgkb_genes.csv"
  static let annotations = "Fixtures/annotations/clinical_annotations.tsv"

  static func json(_ run: CLI.Run) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }

  @Test("convert fills gene and mentions; keys in SPEC order")
  func convert() throws {
    let run = try CLI.run([
      Self.tricky, "--vocabulary", Self.vocabulary, "--gene-table", Self.genes, "--annotations", Self.annotations,
    ])
    #expect(run.status == 0)
    let record = try Self.json(run)
    let gene = try #require(record["gene"] as? [String: Any])
    #expect(gene["pharmgkb_id"] as? String == "PA356")
    #expect(gene["hgnc_id"] as? String == "HGNC:12014")
    #expect(gene["ncbi_gene_id"] is NSNull)
    let mentions = try #require(record["mentions"] as? [[String: Any]])
    #expect(mentions.count == 23)
    #expect(mentions.first?["supported"] as? Bool == true)
    // The record's keys come in SPEC §2's order.
    let text = run.stdoutText
    let order = ["\"metadata\"", "\"gene\"", "\"mentions\"", "\"source\""].map { text.range(of: $0)!.lowerBound }
    #expect(order == order.sorted())
  }

  @Test("without tables, only variants, and gene is null")
  func noTables() throws {
    let run = try CLI.run([Self.tricky])
    let record = try Self.json(run)
    #expect(record["gene"] is NSNull)
    let kinds = Set((try #require(record["mentions"] as? [[String: Any]])).compactMap { $0["kind"] as? String })
    #expect(kinds == ["variant"])
  }

  @Test("CSV columns drugs and variants join the distinct mentions with '; '; mentions holds JSON")
  func columns() throws {
    let run = try CLI.run([
      "convert", Self.tricky, "--vocabulary", Self.vocabulary, "--format", "csv", "--columns",
      "symbol,pharmgkb_id,drugs,variants",
    ])
    #expect(run.status == 0)
    let rows = run.stdoutText.split(separator: "\r\n").map(String.init)
    #expect(rows.first == "symbol,pharmgkb_id,drugs,variants")
    #expect(
      rows.dropFirst().first
        == "TPMT,,azathioprine; mercaptopurine; 6-thioguanine; 5-fluorouracil; capecitabine; interferon α-2b; "
        + "dihydrocodeine; codeine; simvastatin; abacavir; Warfarin; tamoxifen; ATP,"
        + "TPMT*3A; *3C; HLA-B*57:01; rs1142345; c.719A>G; p.Tyr240Cys")
  }

  @Test("a gzip gene table is read like the plain one")
  func gzip() throws {
    let scratch = try ScratchDirectory()
    let plain = try Data(contentsOf: CLI.root.appendingPathComponent(Self.genes))
    let source = try scratch.write("genes.csv", Array(plain))
    let zip = Process()
    zip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    zip.arguments = ["-k", source]
    try zip.run()
    zip.waitUntilExit()
    let run = try CLI.run([Self.tricky, "--gene-table", source + ".gz"])
    #expect(run.status == 0)
    #expect((try Self.json(run)["gene"] as? [String: Any])?["pharmgkb_id"] as? String == "PA356")
    try Data([0x1F, 0x8B, 0x08, 0x00, 0x01]).write(to: URL(fileURLWithPath: scratch.path("broken.gz")))
    let broken = try CLI.run([Self.tricky, "--gene-table", scratch.path("broken.gz")])
    #expect(broken.status == 2)
    #expect(broken.stderr.contains("broken.gz: error: cannot read gene table: the gzip stream is truncated"))
    #expect(broken.stdout.isEmpty)
  }

  @Test("convert takes vocabularies, gene table and annotations from the nearest .gene2json.yml")
  func configuration() throws {
    let scratch = try ScratchDirectory()
    let root = CLI.root.path
    try scratch.write(
      ".gene2json.yml",
      "vocabularies: [\(root)/\(Self.vocabulary)]\ngene-table: \(root)/\(Self.genes)\n"
        + "annotations: \(root)/\(Self.annotations)\n")
    let document = try scratch.write(
      "doc.md", try String(contentsOfFile: CLI.root.appendingPathComponent(Self.tricky).path, encoding: .utf8))
    let run = try CLI.run([document], in: scratch.url)
    #expect(run.status == 0)
    let mentions = try #require(try Self.json(run)["mentions"] as? [[String: Any]])
    #expect(mentions.contains { $0["kind"] as? String == "drug" && $0["supported"] as? Bool == true })
    // The command line replaces the configuration's vocabularies.
    let other = try scratch.write("other.tsv", "X1\tdrug\tcapecitabine\n")
    let replaced = try CLI.run([document, "--vocabulary", other], in: scratch.url)
    let drugs = (try #require(try Self.json(replaced)["mentions"] as? [[String: Any]])).filter {
      $0["kind"] as? String == "drug"
    }
    #expect(drugs.map { $0["text"] as? String } == ["capecitabine"])
  }

  @Test("an unreadable or unrecognised vocabulary is exit 2 with the file's name, nothing written")
  func badVocabulary() throws {
    let missing = try CLI.run([Self.tricky, "--vocabulary", "nowhere.tsv"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "nowhere.tsv: error: cannot read vocabulary: No such file or directory\n")
    #expect(missing.stdout.isEmpty)
    let wrong = try CLI.run([Self.tricky, "--vocabulary", "Fixtures/convert/canonical.md"])
    #expect(wrong.status == 2)
    #expect(wrong.stderr.hasPrefix("Fixtures/convert/canonical.md:1: error: not a vocabulary"))
  }

  @Test("validate: GD206 for a previous symbol, GD207 only when turned on")
  func validate() throws {
    let doc = "Fixtures/validate/docs/gd207-unannotated-drug.md"
    let off = try CLI.run([
      "validate", doc, "--vocabulary", Self.vocabulary, "--annotations", Self.annotations, "--config",
      "Fixtures/validate/config/defaults.yml",
    ])
    #expect(off.status == 0)
    #expect(!off.stdoutText.contains("GD207"))
    let on = try CLI.run(["validate", doc, "--config", "Fixtures/validate/config/gd207.yml"])
    #expect(on.status == 0)
    #expect(on.stdoutText.contains("8:55: warning: drug 'tamoxifen' is named in Pharmacogenetics"))
  }
}
