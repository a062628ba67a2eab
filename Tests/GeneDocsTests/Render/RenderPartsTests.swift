import Foundation
import Testing

@testable import GeneDocs

@Suite("render: JSON reading, the schema check, names")
struct RenderPartsTests {
  // MARK: - JSON

  @Test("JSON objects keep their key order; numbers keep int or double; escapes and surrogate pairs decode")
  func jsonValues() throws {
    let text = #"{"z": 1, "a": 2.0, "m": [true, null, -0, 1e2, "\u00e9\ud83d\ude00\n\"\\"], "b": {"y": "x"}}"#
    guard case .success(let value) = JSONReader.value(Array(text.utf8)[...]) else {
      Issue.record("not read")
      return
    }
    #expect(
      value
        == .object([
          JSONMember("z", .int(1)), JSONMember("a", .double(2)),
          JSONMember("m", .array([.bool(true), .null, .int(0), .double(100), .string("é😀\n\"\\")])),
          JSONMember("b", .object([JSONMember("y", .string("x"))])),
        ]))
  }

  @Test(
    "JSON errors say what and where",
    arguments: [
      ("{\"a\": 1,\n  \"b\" 2}", 2, 7, "expected ':'"), ("[1, 2", 1, 6, "expected ',' or ']'"),
      ("{\"a\": \"\\ud800\"}", 1, 14, "surrogate"), ("{\"a\": tru}", 1, 7, "expected a value"),
      ("{} {}", 1, 4, "text after"), ("\"a\tb\"", 1, 3, "control character"), ("01", 1, 2, "text after"),
    ])
  func jsonErrors(_ text: String, _ line: Int, _ column: Int, _ message: String) {
    guard case .failure(let failure) = JSONReader.value(Array(text.utf8)[...]) else {
      Issue.record("read \(text)")
      return
    }
    #expect(failure.line == line && failure.column == column, "\(failure)")
    #expect(failure.message.contains(message), "\(failure.message)")
  }

  @Test("deep nesting is refused, not a crash")
  func deepNesting() {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    guard case .failure(let failure) = JSONReader.value(Array(text.utf8)[...]) else {
      Issue.record("read")
      return
    }
    #expect(failure.message.contains("nested"))
  }

  // MARK: - Reading records

  static func items(_ text: String) throws -> [RecordReader.Item] {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)")
    try Data(text.utf8).write(to: scratch)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let reader = try RecordReader(path: scratch.path)
    var items: [RecordReader.Item] = []
    while let item = try reader.next() { items.append(item) }
    return items
  }

  static func lines(_ items: [RecordReader.Item]) -> [String] {
    items.map { item in
      switch item {
      case .record(let line, _): return "record \(line)"
      case .failure(let line, let column, _): return "failure \(line):\(column)"
      }
    }
  }

  @Test("JSON Lines (blank lines and a byte-order mark allowed), a bad line reported and the next read")
  func jsonLines() throws {
    let items = try Self.items("\u{FEFF}{\"a\": 1}\n\n{\"a\": 2}\r\n{\"a\": \n{\"a\": 4}")
    #expect(Self.lines(items) == ["record 1", "record 3", "failure 4:7", "record 5"])
  }

  @Test("a JSON array: each element with its line; a pretty object; one compact object")
  func arraysAndObjects() throws {
    #expect(Self.lines(try Self.items("[\n  {\"a\": 1},\n  {\n    \"a\": 2\n  }\n]\n")) == ["record 2", "record 3"])
    #expect(Self.lines(try Self.items("{\n  \"a\": 1\n}\n")) == ["record 1"])
    #expect(Self.lines(try Self.items("{\"a\": 1}")) == ["record 1"])
    #expect(Self.lines(try Self.items("[{\"a\": 1}, {\"a\" 2}, {\"a\": 3}]")) == ["record 1", "failure 1:17"])
    #expect(Self.lines(try Self.items("")).isEmpty)
  }

  // MARK: - Schema

  @Test("the check knows every keyword of the record schema")
  func everyKeywordKnown() {
    #expect(!RecordSchemaCheck.schema.isEmpty)
    #expect(RecordSchemaCheck.unknownKeywords().isEmpty, "\(RecordSchemaCheck.unknownKeywords())")
  }

  static func problems(_ json: String) -> [String] {
    guard case .success(let value) = JSONReader.value(Array(json.utf8)[...]) else { return ["not JSON"] }
    return RecordSchemaCheck.problems(value)
  }

  static let minimal =
    #""symbol": "CDK4", "name": null, "aliases": [], "summary": "S", "associations": null, "#
    + #""pharmacogenetics": null, "other_sections": [], "metadata": {}"#

  @Test("a record without source and diagnostics passes; with gene and mentions too; a partial source passes")
  func lenient() {
    #expect(Self.problems("{\(Self.minimal)}").isEmpty)
    #expect(Self.problems("{\(Self.minimal), \"gene\": null, \"mentions\": []}").isEmpty)
    #expect(Self.problems("{\(Self.minimal), \"source\": {\"path\": \"../../x.md\"}}").isEmpty)
  }

  @Test(
    "what fails the schema is said with its JSON pointer",
    arguments: [
      (#"{"symbol": "CDK4"}"#, "/: missing key 'name'"),
      ("{\(minimal), \"sumary\": \"x\"}", "/: unknown key 'sumary'"),
      (
        "{\(minimal.replacingOccurrences(of: "\"CDK4\"", with: "4"))}",
        "/symbol: expected string or null, found a number"
      ),
      ("{\(minimal.replacingOccurrences(of: "\"aliases\": []", with: "\"aliases\": [\"\"]"))}", "/aliases/0: empty"),
      ("{\(minimal), \"source\": {\"path\": \"x\", \"sha256\": \"XYZ\"}}", "/source/sha256: does not match"),
      ("{\(minimal), \"other_sections\": [{\"text\": \"t\"}]}", "/other_sections/0: missing key 'heading'"),
      ("[1]", "/: expected object, found an array"),
    ])
  func schemaProblems(_ json: String, _ expected: String) {
    let problems = Self.problems(json)
    #expect(problems.contains { $0.hasPrefix(expected) }, "\(problems)")
  }

  // MARK: - Names

  @Test(
    "names: the stem or the symbol, made safe, never outside the folder",
    arguments: [
      ("../../x.md" as String?, "S" as String?, DocumentNamer.Basis.source, "x.md", false),
      ("docs/IL1RN.md", "S", .source, "IL1RN.md", false),
      ("a/b.c.md", nil, .source, "b.c.md", false),
      ("x.md", "../etc", .symbol, "___etc.md", true),
      ("x.md", ".hidden", .symbol, "_hidden.md", true),
      ("x.md", "-rf", .symbol, "_rf.md", true),
      ("x.md", "a\u{0}b\u{1B}c", .symbol, "a_b_c.md", true),
      ("foo/..", "S", .source, "_.md", true),
      ("-", "CDK4", .source, "CDK4.md", true),
      ("-", nil, .source, "record_7.md", true),
    ])
  func names(_ path: String?, _ symbol: String?, _ basis: DocumentNamer.Basis, _ expected: String, _ noted: Bool) {
    var namer = DocumentNamer(basis: basis)
    let name = namer.name(sourcePath: path, symbol: symbol, number: 7)
    #expect(name.fileName == expected)
    #expect((name.note != nil) == noted, "\(name.note ?? "no note")")
    #expect(!name.fileName.contains("/") && !name.fileName.hasPrefix(".") && !name.fileName.hasPrefix("-"))
  }

  @Test("a name given twice (in any case) gets _2, _3; a long name is cut at a character")
  func collisions() {
    var namer = DocumentNamer(basis: .symbol)
    let names = ["CDK4", "cdk4", "CDK4", "CDK4_2"].map { namer.name(sourcePath: nil, symbol: $0, number: 1).fileName }
    #expect(names == ["CDK4.md", "cdk4_2.md", "CDK4_3.md", "CDK4_2_2.md"])
    let long = namer.name(sourcePath: nil, symbol: String(repeating: "é", count: 300), number: 1).fileName
    #expect(long.utf8.count <= DocumentNamer.maxBytes + 3 && long.hasSuffix("é.md"))
  }

  // MARK: - Rendering

  @Test("what no document can say is an error; what will not read back exactly is a warning")
  func renderProblems() {
    func record(metadata: [JSONMember] = [], others: [OtherSection] = [], aliases: [String] = [], summary: String = "S")
      -> GeneRecord
    {
      GeneRecord(
        symbol: "CDK4", name: "N", aliases: aliases, summary: summary, associations: nil, pharmacogenetics: nil,
        otherSections: others, metadata: metadata, source: RecordSource(path: "x.md", sha256: "", bytes: 0),
        diagnostics: [])
    }
    let renderer = DocumentRenderer()
    #expect(renderer.render(record(metadata: [JSONMember("symbol", .string("X"))])).errors.count == 1)
    #expect(renderer.render(record(metadata: [JSONMember("a", .int(1)), JSONMember("a", .int(2))])).errors.count == 1)
    #expect(
      renderer.render(record(others: [OtherSection(heading: "A", text: "a"), OtherSection(heading: nil, text: "b")]))
        .warnings.count == 1)
    #expect(renderer.render(record(summary: "a\u{0}b")).errors.count == 1)
    #expect(renderer.render(record(aliases: ["CDK4"])).warnings.count == 1)
    #expect(renderer.render(record(summary: "")).warnings.count == 1)
    let mojibake = renderer.render(record(summary: "The gene\u{E2}\u{20AC}\u{2122}s role."))
    #expect(mojibake.warnings.count == 1 && mojibake.warnings[0].contains("mojibake"))
    #expect(
      DocumentRenderer(markdown: true).render(record(summary: "The gene\u{E2}\u{20AC}\u{2122}s role.")).warnings.count
        == 1)
  }

  /// A record without a name whose text states one: the rendered document reads back with that name, which render
  /// says. The first sentence is in the summary (the prefix up to the summary's end is read) or, with no summary,
  /// in the next section (the whole document is read). Front matter with non-ASCII text is stated all the same.
  @Test(
    "a record without a name whose first paragraph states one reads back with it, and render says so",
    arguments: [
      (summary: "CDK7 (cyclin dependent kinase 7) is a kinase.", associations: nil, aliases: [], warned: true),
      (summary: "CDK7 (cyclin dependent kinase 7) is a kinase.", associations: nil, aliases: ["p39é"], warned: true),
      (summary: nil, associations: "CDK7 (cyclin dependent kinase 7) is a kinase.", aliases: [], warned: true),
      (
        summary: "A kinase of the cell cycle.", associations: "CDK7 (cyclin dependent kinase 7) is one.", aliases: [],
        warned: false
      ),
      (summary: "CDK7 is a kinase.", associations: nil, aliases: ["p39é"], warned: false),
    ] as [(summary: String?, associations: String?, aliases: [String], warned: Bool)])
  func identityReadBack(_ example: (summary: String?, associations: String?, aliases: [String], warned: Bool)) {
    let record = GeneRecord(
      symbol: "CDK7", name: nil, aliases: example.aliases, summary: example.summary,
      associations: example.associations,
      pharmacogenetics: "Text.", otherSections: [], metadata: [],
      source: RecordSource(path: "CDK7.md", sha256: "", bytes: 0), diagnostics: [])
    let rendering = DocumentRenderer().render(record)
    let warning = rendering.warnings.first { $0.contains("reads back with a name") }
    #expect((warning != nil) == example.warned, "\(rendering.warnings)")
    let back = rendering.document.flatMap { GeneDocumentConverter().convert($0, path: "CDK7.md").record }
    #expect((back?.name != nil) == example.warned)
  }

  @Test("plain text with leading white space (code) is written as a fenced block that gives it back")
  func fencedCode() {
    let markdown = String(decoding: PlainTextMarkdown.blocks("def f():\n    return 1\n\n\n\nx ````"), as: UTF8.self)
    #expect(markdown == "`````\ndef f():\n    return 1\n\n\n\nx ````\n`````")
  }

  @Test("simple schema patterns are matched by hand exactly as Regex matches them")
  func setRepetition() throws {
    let patterns = ["^[0-9a-f]{64}$", "^[A-Z]+$", "^[a-z0-9_]{1,3}$", "^[xy]*$", "^[a-c]{2,}$"]
    let texts = ["", "a", "ab", "abc", "abcd", "x_1", "XYZ", "xyxy", String(repeating: "f", count: 64), "é", "a-b"]
    for pattern in patterns {
      let simple = SchemaPattern(pattern)
      #expect(simple.isRepetition, "\(pattern)")
      let regex = try Regex(pattern)
      for text in texts {
        #expect(simple.matches(text) == text.contains(regex), "\(pattern) on '\(text)'")
      }
    }
    #expect(!SchemaPattern("^HGNC:[0-9]+$").isRepetition && SchemaPattern("^HGNC:[0-9]+$").matches("HGNC:12"))
    #expect(!SchemaPattern("[a-z]+").isRepetition)
  }

  @Test("front matter: every string reads back as itself, plain or quoted, as a value, a key and in a list")
  func frontMatterStrings() throws {
    let strings =
      RenderRandomRecordTests.yamlish + RenderRandomRecordTests.pieces + [
        "Cyclin-Dependent Kinase 4", "it's", "a, b", "50%", "C++", "x:y", "#", "\u{2028}", "\u{85}", "\u{A0}",
        "日本語", "(1)", "1.5", "1e3", "0o17", "0x1F", "1:30", "2024-01-01 10:00:00", "+.inf", ".nan", "-", "?", "'", "\"",
      ]
    for text in strings {
      let metadata = [JSONMember(text, .string(text)), JSONMember("list", .array([.string(text), .int(1)]))]
      let yaml = FrontMatterWriter.frontMatter(symbol: "S1", name: nil, aliases: [text], metadata: metadata)
      guard let block = FrontMatterBlock.find(in: yaml), case .success(let read) = FrontMatterReader.read(block) else {
        Issue.record("'\(text)': front matter does not read: \(String(decoding: yaml, as: UTF8.self))")
        continue
      }
      #expect(read.metadata == metadata, "'\(text)': \(String(decoding: yaml, as: UTF8.self))")
      let alias = text.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(read.aliases == (alias.isEmpty ? [] : [alias]), "'\(text)': aliases \(read.aliases ?? [])")
    }
  }
}
