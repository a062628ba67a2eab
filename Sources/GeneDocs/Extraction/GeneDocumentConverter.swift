/// Converts one gene-summary document into a ``GeneRecord`` and its diagnostics. Never prints; never throws.
///
/// ```swift
/// let converter = GeneDocumentConverter(options: ConversionOptions(fixEncoding: true))
/// let result = converter.convert(Array(markdown.utf8), path: "IL1RN.md")
/// print(result.record?.symbol ?? "none", result.diagnostics.map(\.code))
/// ```
public struct GeneDocumentConverter: Sendable {
  /// The options every conversion uses.
  public let options: ConversionOptions
  private let matcher: HeadingMatcher
  private let decoder: InputDecoder
  private let mentionFinder: MentionFinder

  /// Creates a converter.
  public init(options: ConversionOptions = ConversionOptions()) {
    self.options = options
    self.matcher = HeadingMatcher(extraAliases: options.headingAliases)
    self.decoder = InputDecoder(maxBytes: options.maxBytes, fixEncoding: options.fixEncoding)
    self.mentionFinder = MentionFinder(reference: options.reference)
  }

  /// Converts the raw bytes of a document read from `path` (`-` for standard input).
  public func convert(_ raw: [UInt8], path: String) -> ConversionResult {
    convert(raw, path: path, statedFrontMatter: nil)
  }

  /// ``convert(_:path:)``; with `statedFrontMatter`, `raw` has no front matter and the document is read as if it
  /// opened with front matter that reads as that value (for `render`, which wrote that front matter itself).
  func convert(_ raw: [UInt8], path: String, statedFrontMatter: FrontMatter?) -> ConversionResult {
    let source = RecordSource(
      path: path, sha256: options.computesDigest ? SHA256Hex.digest(raw) : "", bytes: raw.count)
    let bytes: [UInt8]
    var diagnostics: [Diagnostic]
    let offsets: DecodedOffsets
    switch decoder.decode(raw) {
    case .rejected(let diagnostic):
      return ConversionResult(record: nil, diagnostics: [diagnostic], source: source)
    case .decoded(let decoded, let found, let map):
      bytes = decoded
      diagnostics = found
      offsets = map
    }

    var parseBytes = bytes
    var frontMatter = statedFrontMatter
    var leadingOthers: [OtherSection] = []
    var leadingSpans: [SectionSpan] = []
    let frontMatterBlock = statedFrontMatter == nil ? FrontMatterBlock.find(in: bytes) : nil
    if let block = frontMatterBlock {
      parseBytes = block.blanked(bytes)
      switch FrontMatterReader.read(block) {
      case .success(let read):
        frontMatter = read
      case .failure(let failure):
        leadingOthers.append(OtherSection(heading: nil, text: block.yaml.trimmingWhitespace()))
        leadingSpans.append(SectionSpan(section: .other, heading: nil, lineStart: 1, lineEnd: block.closingLine))
        diagnostics.append(
          Diagnostic(
            .textBeforeFirstHeading, "\(failure.message); kept in other_sections as text before the first heading",
            at: SourceLocation(line: failure.line, column: 1)))
      }
    }

    // libcmark 0.30.2 is quadratic on some shapes; those are turned away before parsing (GD303, no record).
    if let finding = parseBytes.withUnsafeBufferPointer({ PathologicalInputGuard().check($0) }) {
      let rejection = Diagnostic(
        .notText, "\(finding.message): not parsed, to keep the run fast",
        at: SourceLocation(line: finding.line, column: finding.column))
      return ConversionResult(record: nil, diagnostics: Self.ordered(diagnostics + [rejection]), source: source)
    }

    // The decoder has made the bytes well-formed UTF-8; front-matter blanking and the star-allele placeholder keep
    // them so.
    let document = CmarkParser().parse(parseBytes, sourceIsValidUTF8: true)
    let layout = DocumentLayout(document, matcher: matcher)
    let fields = SectionAssembler(document: document, markdown: options.markdown).assemble(layout)
    diagnostics += fields.diagnostics

    let firstParagraph = Self.firstParagraph(layout)
    let geneTable = options.reference?.geneTable
    let accession = geneTable.flatMap { table in
      AccessionFileName.stem(of: path).flatMap { stem in table.entry(forAccession: stem).map { (stem, $0) } }
    }
    var resolver = IdentityResolver(
      frontMatter: frontMatter, title: layout.title?.identity, prose: nil, proseLocation: firstParagraph?.start,
      path: path, accession: accession.map { ($0.0, $0.1.symbol) })
    resolver.prose = firstParagraph.map {
      IdentityReader.read(paragraph: $0.text, statedSymbol: resolver.statedSymbol)
    }
    let (identity, identityDiagnostics) = resolver.resolve()
    diagnostics += identityDiagnostics

    var gene: GeneTableEntry?
    if let geneTable {
      let resolution = GeneTableCheck(table: geneTable).resolve(
        symbol: identity.symbol, name: identity.name, accession: accession?.1, source: raw)
      gene = resolution.entry
      diagnostics += resolution.diagnostics
    }
    let mentions =
      options.findsMentions
      ? mentionFinder.mentions(
        in: MentionFinder.Document(
          markdown: document, sections: Self.mentionSections(layout), input: raw, offsets: offsets,
          symbol: identity.symbol, approvedSymbol: gene?.symbol, name: identity.name)) : []
    if options.rulesTurnedOn.contains(.drugWithoutAnnotation) {
      diagnostics += Self.unannotatedDrugs(mentions, gene: gene?.symbol ?? identity.symbol)
    }
    diagnostics = Self.ordered(diagnostics)

    let record = GeneRecord(
      symbol: identity.symbol, name: identity.name, aliases: identity.aliases,
      summary: fields.values[.summary], associations: fields.values[.associations],
      pharmacogenetics: fields.values[.pharmacogenetics], otherSections: leadingOthers + fields.others,
      metadata: frontMatter?.metadata ?? [], gene: gene?.identifiers, mentions: mentions, source: source,
      diagnostics: diagnostics)
    return ConversionResult(
      record: record, diagnostics: diagnostics, source: source, sections: leadingSpans + fields.spans,
      parsed: ParsedDocument(bytes: bytes, document: document, layout: layout, frontMatter: frontMatterBlock))
  }

  // MARK: - Helpers

  /// The summary's first paragraph, else the document's first paragraph.
  private static func firstParagraph(_ layout: DocumentLayout) -> MarkdownBlock? {
    let summary = layout.sections.first { $0.field == .summary }
    if let paragraph = summary?.blocks.first(where: { $0.kind == .paragraph }) { return paragraph }
    return layout.sections.lazy.flatMap(\.blocks).first { $0.kind == .paragraph }
  }

  /// Each section's content and the part of the record it is: the first section of each field is that field, the
  /// rest (text before the first heading, other and repeated sections) `other`, as in ``SectionAssembler``.
  private static func mentionSections(_ layout: DocumentLayout) -> [(range: Range<Int>, section: Mention.Section)] {
    var seen = PerSectionField<Bool>()
    return layout.sections.map { section in
      var part = Mention.Section.other
      if section.heading != nil, let field = section.field, seen[field] == nil {
        seen[field] = true
        part = Mention.Section(field)
      }
      return (section.contentStart..<max(section.contentStart, section.contentEnd), part)
    }
  }

  /// GD207: one a drug named in Pharmacogenetics that the clinical annotations do not pair with the gene.
  private static func unannotatedDrugs(_ mentions: [Mention], gene: String?) -> [Diagnostic] {
    var reported: Set<String> = []
    var found: [Diagnostic] = []
    for mention in mentions where mention.section == .pharmacogenetics && mention.supported == false {
      guard reported.insert(mention.id ?? mention.text.lowercased()).inserted else { continue }
      found.append(
        Diagnostic(
          .drugWithoutAnnotation,
          "drug '\(mention.text)' is named in Pharmacogenetics, but no clinical annotation pairs it with "
            + "\(gene ?? "this gene")", at: mention.location))
    }
    return found
  }

  /// Diagnostics sorted by position, stable for equal positions.
  private static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
      .map(\.element)
  }
}
