import Foundation
import Testing

@Suite("gene2json convert --records, format names and schema, through the binary")
struct RecordUnitTests {
  private func lines(_ run: Shell.Run) throws -> [[String: Any]] {
    try run.stdoutText.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test("--records section: one row a section of each record; mention: one a mention, in document order")
  func units() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let records = try lines(shell.gene2json(["--format", "jsonl", "Fixtures/convert", "Fixtures/mentions"]))
    let sections = try lines(
      shell.gene2json(["--records", "section", "--format", "jsonl", "Fixtures/convert", "Fixtures/mentions"]))
    let mentions = try lines(
      shell.gene2json(["--records", "mention", "--format", "jsonl", "Fixtures/convert", "Fixtures/mentions"]))
    var expectedSections = 0
    var expectedMentions: [String] = []
    for record in records {
      let fields = ["summary", "associations", "pharmacogenetics"].filter { !(record[$0] is NSNull) }
      expectedSections += fields.count + ((record["other_sections"] as? [Any])?.count ?? 0)
      let path = (record["source"] as? [String: Any])?["path"] as? String ?? ""
      for mention in record["mentions"] as? [[String: Any]] ?? [] {
        expectedMentions.append("\(path) \(mention["line"] ?? "") \(mention["column"] ?? "") \(mention["text"] ?? "")")
      }
    }
    #expect(sections.count == expectedSections && expectedSections > records.count)
    #expect(
      mentions.map { "\($0["source_path"] ?? "") \($0["line"] ?? "") \($0["column"] ?? "") \($0["text"] ?? "")" }
        == expectedMentions)
    #expect(!expectedMentions.isEmpty)
    #expect(sections.allSatisfy { Set($0.keys).count == 13 } && mentions.allSatisfy { Set($0.keys).count == 11 })
  }

  @Test("rows in json are always an array; csv takes the unit's columns; an unknown unit or column is exit 2")
  func rowFormats() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let one = try shell.gene2json(["--records", "section", "Fixtures/convert/canonical.md"])
    #expect(one.status == 0)
    let array = try JSONSerialization.jsonObject(with: one.stdout) as? [[String: Any]]
    #expect(array?.map { $0["section"] as? String } == ["summary", "associations", "pharmacogenetics"])
    let csv = try shell.gene2json([
      "--records", "section", "--format", "csv", "--columns", "section,line_start,line_end",
      "Fixtures/convert/canonical.md",
    ])
    #expect(
      csv.stdoutText == "section,line_start,line_end\r\nsummary,1,2\r\nassociations,4,5\r\npharmacogenetics,7,8\r\n")
    let unit = try shell.gene2json(["--records", "paragraph", "Fixtures/convert/canonical.md"])
    #expect(unit.status == 2 && unit.stderr.contains("use document, section, mention") && unit.stdout.isEmpty)
    let column = try shell.gene2json([
      "--records", "mention", "--format", "tsv", "--columns", "text,heading", "Fixtures/convert/canonical.md",
    ])
    #expect(column.status == 2 && column.stderr.contains("unknown column 'heading'") && column.stdout.isEmpty)
    #expect(column.stderr.contains("symbol, kind, text, id"))
  }

  @Test(".ndjson and --format ndjson are JSON Lines; an extension that names no format is exit 2, nothing written")
  func formatNames() throws {
    let shell = try Shell()
    defer { shell.remove() }
    let jsonl = try shell.gene2json(["--format", "jsonl", "Fixtures/batch/tree"])
    let ndjson = try shell.gene2json(["--format", "NDJSON", "Fixtures/batch/tree"])
    #expect(ndjson.status == 0 && ndjson.stdout == jsonl.stdout)
    let file = try shell.run(#""$BIN" -o "$WORK/genes.ndjson" Fixtures/batch/tree"#)
    #expect(file.status == 0)
    #expect(try Data(contentsOf: shell.work.appendingPathComponent("genes.ndjson")) == jsonl.stdout)
    for name in ["genes.parquet", "genes.txt", "genes.JSONL.gz"] {
      let run = try shell.run(#""$BIN" -o "$WORK/\#(name)" Fixtures/batch/tree"#)
      #expect(run.status == 2, "\(name)")
      #expect(run.stderr.contains("json, jsonl (or ndjson), csv, tsv or sqlite"), "\(name)")
      #expect(!FileManager.default.fileExists(atPath: shell.work.appendingPathComponent(name).path))
    }
    let parquet = try shell.run(#""$BIN" -o "$WORK/genes.parquet" Fixtures/batch/tree"#)
    #expect(parquet.stderr.contains("duckdb -c \"COPY (FROM read_json('"))
    #expect(parquet.stderr.contains("/genes.jsonl')) TO '"))
    let given = try shell.run(#""$BIN" --format csv -o "$WORK/genes.txt" Fixtures/batch/tree"#)
    #expect(given.status == 0)
    let bare = try shell.run(#""$BIN" -o "$WORK/genes" Fixtures/batch/tree/a.md"#)
    #expect(bare.status == 0)
    #expect(try String(contentsOf: shell.work.appendingPathComponent("genes"), encoding: .utf8).hasPrefix("{\n"))
  }

  @Test("schema --records KIND and --sql print Schemas/ byte for byte; the DDL builds a database")
  func schemas() throws {
    for (arguments, file) in [
      (["schema", "--records", "section"], "section-row.schema.json"),
      (["schema", "--records", "mention"], "mention-row.schema.json"),
      (["schema", "--records", "document"], "gene-record.schema.json"), (["schema", "--sql"], "database.sql"),
    ] {
      let run = try CLI.run(arguments)
      #expect(run.status == 0)
      #expect(run.stdout == (try Data(contentsOf: CLI.root.appendingPathComponent("Schemas/\(file)"))), "\(file)")
    }
    let shell = try Shell()
    defer { shell.remove() }
    let ddl = try shell.run(
      #""$BIN" schema --sql | python3 -c 'import sqlite3, sys; db = sqlite3.connect(":memory:"); "#
        + #"db.executescript(sys.stdin.read()); print(sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = '"'"'table'"'"'")))'"#
    )
    #expect(
      ddl.stdoutText == "['aliases', 'diagnostics', 'documents', 'mentions', 'meta', 'sections']\n", "\(ddl.stderr)")
    #expect(try CLI.run(["schema", "--records", "row"]).status == 2)
  }
}
