/// Writes records as canonical gene documents (SPEC §9): front matter with `symbol`, `name`, `aliases` and the
/// metadata, then `## Gene Summary`, `## Gene Drugs, Diseases, Phenotypes, and Pathways` and `## Pharmacogenetics`,
/// then the other sections, so that converting the document gives the record back (but `source`, `diagnostics`
/// and `gene`). Never prints; never throws.
///
/// A plain-text record's sections become paragraphs (`PlainTextMarkdown`); a record converted with `--markdown`
/// (`markdown: true`) has its sections' Markdown written byte for byte.
///
/// ```swift
/// let rendering = DocumentRenderer().render(record)
/// if let document = rendering.document { try Data(document).write(to: url) }
/// ```
public struct DocumentRenderer: Sendable {
  /// Whether the records' section texts are Markdown source (from `convert --markdown`).
  public let markdown: Bool
  /// Converts rendered documents back for the checks, as `convert` would (with `--markdown` for Markdown records);
  /// made once, not once a record (its set-up was a fifth of a render profile). The checks compare sections and
  /// identity only, so it computes no SHA-256 and finds no mentions.
  private let checker: GeneDocumentConverter

  /// Creates a renderer.
  public init(markdown: Bool = false) {
    self.markdown = markdown
    var options = ConversionOptions(markdown: markdown, fixEncoding: true)
    options.computesDigest = false
    options.findsMentions = false
    checker = GeneDocumentConverter(options: options)
  }

  /// Checks a record read from JSON against the record schema (`RecordSchemaCheck`) and renders it.
  public func render(json value: JSONValue) -> Rendering {
    let problems = RecordSchemaCheck.problems(value)
    guard problems.isEmpty, let (record, sourcePath) = Self.record(from: value) else {
      let path = Self.member("source", of: value).flatMap { Self.member("path", of: $0) }.flatMap(\.stringValue)
      let symbol = Self.member("symbol", of: value).flatMap(\.stringValue)
      return Rendering(document: nil, sourcePath: path, symbol: symbol, errors: problems, warnings: [])
    }
    return render(record, sourcePath: sourcePath)
  }

  /// Renders a record.
  public func render(_ record: GeneRecord) -> Rendering {
    render(record, sourcePath: record.source.path.isEmpty ? nil : record.source.path)
  }

  private func render(_ record: GeneRecord, sourcePath: String?) -> Rendering {
    var errors: [String] = []
    var warnings: [String] = []
    check(record, errors: &errors, warnings: &warnings)
    guard errors.isEmpty else {
      return Rendering(document: nil, sourcePath: sourcePath, symbol: record.symbol, errors: errors, warnings: [])
    }
    // StarAlleleGuard keeps star alleles as text only in a document without U+001A (its placeholder).
    let starsGuarded =
      !record.otherSections.contains { Self.holds(0x1A, $0.text) || Self.holds(0x1A, $0.heading ?? "") }
      && ![record.summary, record.associations, record.pharmacogenetics].contains { Self.holds(0x1A, $0 ?? "") }
    var document = FrontMatterWriter.frontMatter(
      symbol: record.symbol, name: record.name, aliases: record.aliases, metadata: record.metadata)
    let frontMatterEnd = document.count
    // Text before the first heading; a record can have two such parts (front matter that is not valid YAML, then
    // text), which one document can only hold as one.
    // Text before the first heading with no plain text of its own (a thematic break gave it) is a thematic break.
    let leading = record.otherSections.filter { $0.heading == nil && !($0.text.isEmpty && markdown) }
    if !leading.isEmpty {
      let parts = leading.map { $0.text.isEmpty ? Array("***".utf8) : body($0.text, starsGuarded) }
      document += [0x0A] + Array(parts.joined(separator: [0x0A, 0x0A])) + [0x0A]
    }
    let others = record.otherSections.filter { $0.heading != nil }
    let fields = [record.summary, record.associations, record.pharmacogenetics]
    var lastLevel = 2
    var summaryEnd = document.count
    for (field, text) in zip(SectionField.allCases, fields) {
      section(
        Array(field.canonicalHeading.utf8), text ?? "", field: true, starsGuarded, lastLevel: &lastLevel,
        into: &document, warnings: &warnings)
      if field == .summary { summaryEnd = document.count }
    }
    for other in others {
      guard let heading = other.heading else { continue }
      let (lines, exact) = PlainTextMarkdown.heading(heading, starsGuarded: starsGuarded)
      if !exact { warnings.append("the heading '\(heading)' holds what no heading can, and reads back without it") }
      if lines.count <= 1 {
        section(
          lines.first ?? [], other.text, field: false, starsGuarded, lastLevel: &lastLevel, into: &document,
          warnings: &warnings)
      } else {
        // A heading with line breaks: setext, its lines ended by backslashes (hard breaks).
        let underline = lastLevel == 1 ? "\n===\n" : "\n---\n"
        document += [0x0A] + Array(lines.joined(separator: [UInt8(ascii: "\\"), 0x0A])) + Array(underline.utf8)
        if !other.text.isEmpty { document += body(other.text, starsGuarded) + [0x0A] }
      }
    }
    // Text that reads as mojibake (`â€™`, as the record may hold from a run without --fix-encoding, or left over from
    // a repair) is repaired again when the document is read with --fix-encoding, and read back as other text.
    if !MojibakeScanner.scan(document).isEmpty {
      warnings.append(
        "text that reads as mojibake (UTF-8 read as Windows-1252) reads back repaired with --fix-encoding")
    }
    if markdown && warnings.isEmpty && Self.mayReadBackDifferently(record),
      let field = differingField(record, reading: document, path: "-")
    {
      warnings.append("its Markdown reads back differently (\(field)): a code or HTML block left open, or a heading")
    }
    // Front matter states a symbol and a name, but cannot say there is none: without them, the text (or the file
    // name) is read again, and may state one (a first sentence that began with white space the section text lost).
    let identityKeys = record.metadata.contains { $0.key == "symbol" || $0.key == "name" }
    if warnings.isEmpty && (record.symbol == nil || record.name == nil || identityKeys),
      let field = differingIdentity(
        record, reading: document, frontMatterEnd: identityKeys ? nil : frontMatterEnd, summaryEnd: summaryEnd,
        path: sourcePath ?? "-")
    {
      warnings.append("reads back with a \(field) the record does not have (the text states one)")
    }
    return Rendering(
      document: document, sourcePath: sourcePath, symbol: record.symbol, errors: [], warnings: warnings)
  }

  // MARK: - Markdown written byte for byte

  /// Whether a section's Markdown, written byte for byte, could take in what follows it or start a section of its
  /// own: a line that starts a fence, an HTML block or a heading (the text before the first heading has no heading
  /// to keep one below it).
  private static func mayReadBackDifferently(_ record: GeneRecord) -> Bool {
    let bodies =
      [record.summary, record.associations, record.pharmacogenetics].compactMap { $0 }
      + record.otherSections.map(\.text)
    let leading = record.otherSections.filter { $0.heading == nil }.map(\.text)
    return bodies.contains { opensBlock($0, starts: ["```", "~~~", "<", "#"], underlines: true) }
      || leading.contains { opensBlock($0, starts: ["#", "=", "-"], underlines: true) }
  }

  /// Whether a line of `text` starts (after up to three spaces) with one of `starts`, or (`underlines`) is nothing
  /// but `=` or `-` (a setext underline). Lines end at LF, CR or CRLF, as in CommonMark (a lone CR ends one too). On
  /// bytes: as `Character`s, CRLF is one character, and `\n` never splits it.
  private static func opensBlock(_ text: String, starts: [String], underlines: Bool) -> Bool {
    let prefixes = starts.map { Array($0.utf8) }
    return text.utf8.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x0A || $0 == 0x0D }).contains {
      line in
      let trimmed = line.drop { $0 == 0x20 }
      guard line.count - trimmed.count <= 3 else { return false }
      if prefixes.contains(where: { trimmed.starts(with: $0) }) { return true }
      let content = trimmed.filter { $0 != 0x20 && $0 != 0x09 }
      return underlines && !content.isEmpty
        && (content.allSatisfy { $0 == UInt8(ascii: "=") } || content.allSatisfy { $0 == UInt8(ascii: "-") })
    }
  }

  /// The identity field (symbol, name, aliases) a rendered document reads back differently in. Identity comes
  /// from the front matter, a title, the summary's first paragraph (else the document's first) and the path, so
  /// when the summary has a paragraph the document up to the end of the summary (`summaryEnd`) reads back the same
  /// identity as the whole one, and only that prefix is converted (the whole conversion was a quarter of a render
  /// profile of the benchmark corpus, where most records have no name). The front matter this renderer wrote (up
  /// to `frontMatterEnd`; nil when the metadata holds identity keys, which it writes in their place) reads back as
  /// the record's symbol, name and aliases, so it is stated, not read again with Yams (a third of the check): the
  /// check runs only on a document without warnings, so without mojibake or a byte-order mark that reading it
  /// with --fix-encoding would change.
  private func differingIdentity(
    _ record: GeneRecord, reading document: [UInt8], frontMatterEnd: Int?, summaryEnd: Int, path: String
  ) -> String? {
    if summaryEnd < document.count, record.summary?.isEmpty == false {
      let prefix =
        if let frontMatterEnd {
          checker.convert(
            Array(document[frontMatterEnd..<summaryEnd]), path: path,
            statedFrontMatter: FrontMatter(symbol: record.symbol, name: record.name, aliases: record.aliases))
        } else {
          checker.convert(Array(document[..<summaryEnd]), path: path)
        }
      let summary = prefix.parsed?.layout.sections.first { $0.field == .summary }
      if let back = prefix.record, summary?.blocks.contains(where: { $0.kind == .paragraph }) == true {
        return Self.identityField(differingIn: back, from: record)
      }
    }
    guard let back = checker.convert(document, path: path).record else { return "everything" }
    return Self.identityField(differingIn: back, from: record)
  }

  private static func identityField(differingIn back: GeneRecord, from record: GeneRecord) -> String? {
    let fields = [
      ("symbol", back.symbol == record.symbol), ("name", back.name == record.name),
      ("aliases", back.aliases == record.aliases),
    ]
    return fields.first { !$0.1 }?.0
  }

  /// The first section field a rendered document reads back differently in, converting it as `convert` (with
  /// `--markdown` for Markdown records) would.
  private func differingField(_ record: GeneRecord, reading document: [UInt8], path: String) -> String? {
    guard let back = checker.convert(document, path: path).record else { return "everything" }
    let fields = [
      ("summary", back.summary == record.summary), ("associations", back.associations == record.associations),
      ("pharmacogenetics", back.pharmacogenetics == record.pharmacogenetics),
      ("other_sections", back.otherSections == record.otherSections),
    ]
    return fields.first { !$0.1 }?.0
  }

  /// Writes a section: its heading (level 2, or higher when its Markdown holds a level-2 heading, so that it stays
  /// inside; another section's heading no lower than the one before it, or it would be read as a sub-heading), then
  /// its text. `lastLevel` is the level of the section heading written before, and becomes this one's.
  private func section(
    _ heading: [UInt8], _ text: String, field: Bool, _ starsGuarded: Bool, lastLevel: inout Int,
    into document: inout [UInt8], warnings: inout [String]
  ) {
    var level = 2
    if markdown, let deepest = Self.highestHeading(in: text), deepest <= 2 {
      level = deepest - 1
      if level < 1 {
        level = 1
        warnings.append("a level-1 heading inside a section's Markdown reads back as a section of its own")
      }
    }
    if !field { level = min(level, lastLevel) }
    lastLevel = level
    document += [0x0A] + HeadingSource.atxLine(level: level, content: heading) + [0x0A]
    if !text.isEmpty { document += body(text, starsGuarded) + [0x0A] }
  }

  /// The highest level (smallest number) of the headings at the top of some Markdown, or nil when it has none; the
  /// text is parsed only when a line could start one.
  static func highestHeading(in markdown: String) -> Int? {
    let bytes = Array(markdown.utf8)
    var couldHold = false
    var lineStart = true
    var indent = 0
    for byte in bytes {
      if byte == 0x0A || byte == 0x0D {
        lineStart = true
        indent = 0
      } else if lineStart && byte == 0x20 && indent < 3 {
        indent += 1
      } else {
        if lineStart && (byte == UInt8(ascii: "#") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "-")) {
          couldHold = true
          break
        }
        lineStart = false
      }
    }
    guard couldHold else { return nil }
    return CmarkParser().parse(bytes).blocks.compactMap(\.headingLevel).min()
  }

  private func body(_ text: String, _ starsGuarded: Bool) -> [UInt8] {
    markdown ? Array(text.utf8) : PlainTextMarkdown.blocks(text, starsGuarded: starsGuarded)
  }

  // MARK: - What a document cannot say

  private func check(_ record: GeneRecord, errors: inout [String], warnings: inout [String]) {
    for member in record.metadata where ["symbol", "name", "aliases"].contains(member.key) {
      // Only what FrontMatterReader itself leaves in the metadata under these keys: no text (null, empty, blank) or
      // a list or mapping; anything else would be read back as the record's symbol or name.
      if member.key == "aliases" || !Self.isLeftInMetadata(member.value) {
        errors.append("metadata key '\(member.key)' would be read back as the record's \(member.key)")
      }
    }
    let headless = record.otherSections.indices.filter { record.otherSections[$0].heading == nil }
    if headless.count > 1 || headless.contains(where: { $0 > 0 }) {
      warnings.append(
        "other sections without a heading are written together before the first section, and read back as one")
    }
    let sections =
      [record.summary, record.associations, record.pharmacogenetics].compactMap { $0 }
      + record.otherSections.flatMap { [$0.heading, $0.text].compactMap { $0 } }
    if sections.contains(where: { Self.holds(0, $0) }) {
      errors.append("a section's text holds a NUL character, which no document can")
    }
    if let key = Self.repeatedKey(in: record.metadata) {
      errors.append("metadata has the key '\(key)' twice, which YAML front matter cannot")
    }
    let frontMatter =
      [record.symbol, record.name].compactMap { $0 } + record.aliases + Self.strings(in: record.metadata)
    if frontMatter.contains(where: { $0.unicodeScalars.contains("\u{FEFF}") }) {
      warnings.append("a U+FEFF (byte-order mark) in the front matter is not read back")
    }
    for (label, value) in [("symbol", record.symbol), ("name", record.name)] {
      if let value, value.isEmpty || value.trimmingWhitespace() != value {
        warnings.append("\(label): reads back trimmed of white space (an empty one as none)")
      }
    }
    if !markdown, sections.contains(where: { Self.holds(0x0D, $0) }) {
      warnings.append("carriage returns in the sections' text are read back as line ends")
    }
    var seen: Set<String> = []
    for alias in record.aliases {
      if alias == record.symbol || !seen.insert(alias).inserted || alias.trimmingWhitespace() != alias || alias.isEmpty
      {
        warnings.append("aliases: '\(alias)' is read back only once, trimmed, and not when it is the symbol")
      }
    }
    for (label, text) in [
      ("summary", record.summary), ("associations", record.associations),
      ("pharmacogenetics", record.pharmacogenetics),
    ] where text?.isEmpty == true {
      warnings.append("\(label): an empty text is read back as null")
    }
  }

  /// Whether a text holds a byte (`memchr`: the `utf8.contains` walk was 5% of a `render` profile).
  private static func holds(_ byte: UInt8, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { ByteClass.firstIndex(of: byte, in: $0, from: 0) < $0.count }
  }

  /// Whether FrontMatterReader leaves a `symbol:` or `name:` with this value in the metadata: null, a string that is
  /// empty or white space, a list or a mapping.
  private static func isLeftInMetadata(_ value: JSONValue) -> Bool {
    switch value {
    case .null, .array, .object: return true
    case .string(let text): return text.trimmingWhitespace().isEmpty
    default: return false
    }
  }

  /// Every key and string in the metadata.
  private static func strings(in members: [JSONMember]) -> [String] {
    members.flatMap { [$0.key] + strings(in: $0.value) }
  }

  private static func strings(in value: JSONValue) -> [String] {
    switch value {
    case .string(let text): return [text]
    case .array(let values): return values.flatMap(strings(in:))
    case .object(let members): return strings(in: members)
    default: return []
    }
  }

  /// A key that an object in the metadata (at any depth) holds twice.
  private static func repeatedKey(in members: [JSONMember]) -> String? {
    var keys: Set<String> = []
    for member in members {
      if !keys.insert(member.key).inserted { return member.key }
      if let key = repeatedKey(in: member.value) { return key }
    }
    return nil
  }

  private static func repeatedKey(in value: JSONValue) -> String? {
    switch value {
    case .object(let members): return repeatedKey(in: members)
    case .array(let values): return values.lazy.compactMap(repeatedKey(in:)).first
    default: return nil
    }
  }

  // MARK: - From JSON

  /// A record from JSON that passed the schema check, and its source path (nil when it has no `source`).
  static func record(from value: JSONValue) -> (GeneRecord, String?)? {
    guard case .object = value else { return nil }
    func string(_ key: String) -> String? { member(key, of: value).flatMap(\.stringValue) }
    let aliases = member("aliases", of: value).flatMap(\.arrayValue)?.compactMap(\.stringValue) ?? []
    let others =
      member("other_sections", of: value).flatMap(\.arrayValue)?.map { section in
        OtherSection(
          heading: member("heading", of: section).flatMap(\.stringValue),
          text: member("text", of: section).flatMap(\.stringValue) ?? "")
      } ?? []
    guard case .object(let metadata) = member("metadata", of: value) ?? .object([]) else { return nil }
    let source = member("source", of: value)
    let path = source.flatMap { member("path", of: $0) }.flatMap(\.stringValue)
    let sha256 = source.flatMap { member("sha256", of: $0) }.flatMap(\.stringValue) ?? ""
    var bytes = 0
    if case .int(let count) = source.flatMap({ member("bytes", of: $0) }) { bytes = count }
    let record = GeneRecord(
      symbol: string("symbol"), name: string("name"), aliases: aliases, summary: string("summary"),
      associations: string("associations"), pharmacogenetics: string("pharmacogenetics"), otherSections: others,
      metadata: metadata, source: RecordSource(path: path ?? "", sha256: sha256, bytes: bytes), diagnostics: [])
    return (record, path)
  }

  static func member(_ key: String, of value: JSONValue) -> JSONValue? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }
}

extension JSONValue {
  fileprivate var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  fileprivate var arrayValue: [JSONValue]? {
    if case .array(let values) = self { return values }
    return nil
  }
}
