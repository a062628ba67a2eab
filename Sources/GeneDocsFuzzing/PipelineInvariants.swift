import GeneDocs

/// The whole conversion pipeline on one input — decode, parse, extract, write — and the promises it must keep
/// whatever the input: a record unless the input is rejected (GD303), diagnostics inside the document and in order,
/// output that is well-formed UTF-8 and valid JSON with SPEC §2's keys in order, one line in JSON Lines; and SPEC
/// §9's: `fix` keeps the record and is idempotent, `convert(render(r))` gives `r` back.
///
/// The fuzz target (`gene2json-fuzz`) runs this on every input libFuzzer makes; the tests run it on the fixtures and
/// on `Fuzz/regressions`.
package enum PipelineInvariants {
  /// The option sets every input is converted with: the defaults, and Markdown source with encoding repair.
  package static let optionSets: [ConversionOptions] = [
    ConversionOptions(),
    ConversionOptions(markdown: true, fixEncoding: true),
  ]

  /// SPEC §2's keys, in order.
  package static let recordKeys = [
    "symbol", "name", "aliases", "summary", "associations", "pharmacogenetics", "other_sections", "metadata",
    "gene", "mentions", "source", "diagnostics",
  ]

  /// Converts `input` with every option set and throws the first broken promise.
  package static func check(_ input: [UInt8]) throws(InvariantViolation) {
    let lineCount = LineIndex(input).lineStarts.count
    for options in optionSets {
      let result = GeneDocumentConverter(options: options).convert(input, path: "-")
      try checkResult(result, input: input, lineCount: lineCount, options: options)
      guard let record = result.record else { continue }
      try checkTrimmed(record, markdown: options.markdown)
      try checkMentions(record, input: input, options: options)
      try checkJSON(record)
      try checkDelimited(CSVEmitter(columns: RecordColumn.allCases), record, dialect: .csv)
      try checkDelimited(TSVEmitter(columns: RecordColumn.allCases), record, dialect: .tsv)
      try checkRender(record, options: options)
      try checkSectionRows(result, record: record, lineCount: lineCount)
    }
    try checkFix(input)
  }

  /// Section rows (`--records section`): one for each non-null field and each other section, with the record's
  /// texts, in document order, their lines inside the document and not overlapping; each row one JSON object with
  /// the unit's columns in order.
  private static func checkSectionRows(_ result: ConversionResult, record: GeneRecord, lineCount: Int)
    throws(InvariantViolation)
  {
    let rows = SectionRow.rows(of: result)
    let fields = [record.summary, record.associations, record.pharmacogenetics].compactMap { $0 }
    guard rows.count == fields.count + record.otherSections.count, rows.count == result.sections.count else {
      throw InvariantViolation(
        "\(rows.count) section rows (\(result.sections.count) spans) for \(fields.count) fields and "
          + "\(record.otherSections.count) other sections")
    }
    guard rows.filter({ $0.section == .other }).map(\.text) == record.otherSections.map(\.text) else {
      throw InvariantViolation("the other sections' rows do not hold other_sections' texts")
    }
    var previousEnd = 0
    for row in rows {
      guard row.lineStart > previousEnd, row.lineEnd >= row.lineStart, row.lineEnd <= lineCount else {
        throw InvariantViolation(
          "section row '\(row.heading ?? "")' at lines \(row.lineStart)-\(row.lineEnd) after line \(previousEnd), "
            + "document of \(lineCount) lines")
      }
      previousEnd = row.lineEnd
    }
    let bytes = RowEmitter<SectionRow>(format: .jsonl).encode(rows)
    try checkUTF8(bytes, what: "section rows")
    for line in bytes.split(separator: 0x0A) {
      guard try JSONTextValidator.validate(Array(line)) == SectionRow.columns else {
        throw InvariantViolation("a section row is not one JSON object with the unit's columns")
      }
    }
  }

  // MARK: - fix and render

  /// `fix`: a rewritten document says the same (with `--fix-encoding`), has none of the codes fix repairs, and is
  /// left as it is by a second `fix`.
  private static func checkFix(_ input: [UInt8]) throws(InvariantViolation) {
    let rewriter = CanonicalRewriter()
    let rewrite = rewriter.rewrite(input, path: "-")
    guard case .rewritten(let output) = rewrite.outcome else { return }
    guard !rewrite.changes.isEmpty else { throw InvariantViolation("fix rewrote the document but lists no change") }
    guard rewriter.rewrite(output, path: "-").outcome == .canonical else {
      throw InvariantViolation("fix is not idempotent")
    }
    let converter = GeneDocumentConverter(options: ConversionOptions(fixEncoding: true))
    guard let before = converter.convert(input, path: "-").record,
      let after = converter.convert(output, path: "-").record
    else { throw InvariantViolation("fix rewrote a document into one that gives no record") }
    if let field = differingField(before, after) { throw InvariantViolation("fix changed the record's \(field)") }
    if let code = after.diagnostics.first(where: { [.headingLevel, .sectionOrder, .mojibake].contains($0.code) }) {
      throw InvariantViolation("a fixed document still has \(code.code.rawValue)")
    }
  }

  /// `render`: a converted record renders without errors, and (when render has no warning for it) converts back to
  /// the same record.
  private static func checkRender(_ record: GeneRecord, options: ConversionOptions) throws(InvariantViolation) {
    let rendering = DocumentRenderer(markdown: options.markdown).render(record)
    guard let document = rendering.document else {
      throw InvariantViolation("render refused a converted record: \(rendering.errors)")
    }
    guard rendering.warnings.isEmpty else { return }
    guard let back = GeneDocumentConverter(options: options).convert(document, path: "-").record else {
      throw InvariantViolation("a rendered document gives no record")
    }
    if let field = differingField(record, back) {
      throw InvariantViolation(
        "render, then convert, changed the record's \(field)\(options.markdown ? " (--markdown)" : "")")
    }
  }

  /// The first field (but source and diagnostics) in which two records differ.
  private static func differingField(_ left: GeneRecord, _ right: GeneRecord) -> String? {
    let fields: [(String, Bool)] = [
      ("symbol", left.symbol == right.symbol), ("name", left.name == right.name),
      ("aliases", left.aliases == right.aliases), ("summary", left.summary == right.summary),
      ("associations", left.associations == right.associations),
      ("pharmacogenetics", left.pharmacogenetics == right.pharmacogenetics),
      ("other_sections", left.otherSections == right.otherSections), ("metadata", left.metadata == right.metadata),
    ]
    return fields.first { !$0.1 }?.0
  }

  // MARK: - The result

  private static func checkResult(
    _ result: ConversionResult, input: [UInt8], lineCount: Int, options: ConversionOptions
  ) throws(InvariantViolation) {
    let mode = options.markdown ? "--markdown --fix-encoding" : "defaults"
    guard result.source.bytes == input.count else {
      throw InvariantViolation("[\(mode)] source.bytes \(result.source.bytes), input has \(input.count)")
    }
    guard result.source.sha256.utf8.count == 64, result.source.sha256.utf8.allSatisfy(isLowerHex) else {
      throw InvariantViolation("[\(mode)] source.sha256 is not 64 lower-case hex digits: \(result.source.sha256)")
    }
    let rejected = result.diagnostics.contains { $0.code == .notText }
    if result.record == nil {
      // Exactly one GD303; what was found before a pre-parse rejection is kept beside it: encoding findings (GD301,
      // GD302) and front matter that is not valid YAML (GD106, the YAML kept as text).
      let others = result.diagnostics.filter { $0.code != .notText }
      guard result.diagnostics.count - others.count == 1,
        others.allSatisfy({ [.mojibake, .invalidUTF8, .textBeforeFirstHeading].contains($0.code) })
      else {
        throw InvariantViolation("[\(mode)] no record, but the diagnostics are not one GD303: \(codes(result))")
      }
    } else {
      guard !rejected else { throw InvariantViolation("[\(mode)] a record and a GD303: \(codes(result))") }
      guard result.record?.diagnostics == result.diagnostics else {
        throw InvariantViolation("[\(mode)] the record's diagnostics differ from the result's")
      }
      let noSymbol = result.diagnostics.contains { $0.code == .noSymbol }
      guard (result.record?.symbol == nil) == noSymbol else {
        throw InvariantViolation("[\(mode)] symbol \(result.record?.symbol ?? "null") with GD201 \(noSymbol)")
      }
    }
    var previous = SourceLocation(line: 1, column: 1)
    for diagnostic in result.diagnostics {
      let place = "\(diagnostic.line):\(diagnostic.column) [\(diagnostic.code.rawValue)]"
      guard diagnostic.line >= 1, diagnostic.column >= 1, diagnostic.line <= lineCount else {
        throw InvariantViolation("[\(mode)] diagnostic at \(place) outside the document (\(lineCount) lines)")
      }
      guard diagnostic.severity == diagnostic.code.defaultSeverity else {
        throw InvariantViolation("[\(mode)] diagnostic \(place) has severity \(diagnostic.severity)")
      }
      guard !(diagnostic.location < previous) else {
        throw InvariantViolation("[\(mode)] diagnostic \(place) comes after \(previous.line):\(previous.column)")
      }
      previous = diagnostic.location
    }
  }

  /// Section texts have no leading or trailing white space: Unicode white space in plain text (SPEC §2), ASCII
  /// white space around Markdown source.
  private static func checkTrimmed(_ record: GeneRecord, markdown: Bool) throws(InvariantViolation) {
    let texts =
      [
        ("summary", record.summary), ("associations", record.associations),
        ("pharmacogenetics", record.pharmacogenetics),
      ]
      + record.otherSections.map { ("other_sections[].text", $0.text) }
    for case (let field, let text?) in texts {
      let untrimmed =
        markdown
        ? [text.utf8.first, text.utf8.last].contains { $0.map(isASCIIWhitespace) ?? false }
        : [text.first, text.last].contains { $0?.isWhitespace ?? false }
      if untrimmed {
        throw InvariantViolation("\(field) has leading or trailing white space\(markdown ? " (--markdown)" : "")")
      }
    }
  }

  /// Mentions are in document order and do not overlap, and each one's text is the input's bytes at its line and
  /// column (unless a repair, U+FFFD or `--fix-encoding`, changed bytes in the document).
  private static func checkMentions(_ record: GeneRecord, input: [UInt8], options: ConversionOptions)
    throws(InvariantViolation)
  {
    let lines = LineIndex(input)
    let repaired =
      record.diagnostics.contains { $0.code == .invalidUTF8 }
      || (options.fixEncoding && record.diagnostics.contains { $0.code == .mojibake })
    var previousEnd = 0
    for mention in record.mentions {
      let place = "mention '\(mention.text)' at \(mention.line):\(mention.column)"
      guard mention.line >= 1, mention.column >= 1, mention.line <= lines.lineStarts.count, !mention.text.isEmpty else {
        throw InvariantViolation("\(place) is outside the document")
      }
      let start = lines.offset(line: mention.line, column: mention.column)
      guard start >= previousEnd else { throw InvariantViolation("\(place) overlaps or precedes the one before") }
      let text = Array(mention.text.utf8)
      if !repaired {
        guard start + text.count <= input.count, input[start..<start + text.count].elementsEqual(text) else {
          throw InvariantViolation("\(place) is not the input's bytes there")
        }
      }
      previousEnd = start + (repaired ? 1 : text.count)
    }
  }

  // MARK: - Output

  /// Pretty and one-line JSON: well-formed UTF-8, valid JSON, SPEC §2's keys in order; one line has no LF; and a
  /// JSON array of the record twice (as for several inputs) is valid JSON too.
  private static func checkJSON(_ record: GeneRecord) throws(InvariantViolation) {
    for pretty in [true, false] {
      let bytes = record.jsonBytes(pretty: pretty)
      try checkUTF8(bytes, what: pretty ? "pretty JSON" : "one-line JSON")
      let keys = try JSONTextValidator.validate(bytes)
      guard keys == recordKeys else {
        throw InvariantViolation("JSON object keys \(keys ?? []) are not SPEC §2's")
      }
      if !pretty, bytes.contains(0x0A) { throw InvariantViolation("one-line JSON contains a line feed") }
    }
    var emitter = JSONEmitter(asArray: true)
    let array = emitter.begin() + emitter.emit(record) + emitter.emit(record) + emitter.end()
    guard try JSONTextValidator.validate(array) == nil else {
      throw InvariantViolation("JSONEmitter(asArray: true) did not write an array")
    }
  }

  /// Writes the record twice with a delimited emitter and checks that the table is rectangular.
  static func checkDelimited<Emitter: RecordEmitter>(
    _ emitter: Emitter, _ record: GeneRecord, dialect: DelimitedTableCheck.Dialect
  ) throws(InvariantViolation) {
    var emitter = emitter
    let bytes = emitter.begin() + emitter.emit(record) + emitter.emit(record) + emitter.end()
    try checkUTF8(bytes, what: "\(dialect)")
    try DelimitedTableCheck.checkRectangular(bytes, dialect: dialect)
    let rows = try DelimitedTableCheck.rowWidths(bytes, dialect: dialect).count
    guard rows == 3 else { throw InvariantViolation("\(dialect): \(rows) rows for a header and two records") }
  }

  // MARK: - Helpers

  private static func checkUTF8(_ bytes: [UInt8], what: String) throws(InvariantViolation) {
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw InvariantViolation("\(what) is not well-formed UTF-8")
    }
  }

  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

  private static func isLowerHex(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
  }

  private static func codes(_ result: ConversionResult) -> String {
    result.diagnostics.map(\.code.rawValue).joined(separator: ",")
  }
}
