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

  /// Creates a converter.
  public init(options: ConversionOptions = ConversionOptions()) {
    self.options = options
    self.matcher = HeadingMatcher(extraAliases: options.headingAliases)
    self.decoder = InputDecoder(maxBytes: options.maxBytes, fixEncoding: options.fixEncoding)
  }

  /// Converts the raw bytes of a document read from `path` (`-` for standard input).
  public func convert(_ raw: [UInt8], path: String) -> ConversionResult {
    let source = RecordSource(
      path: path, sha256: options.computesDigest ? SHA256Hex.digest(raw) : "", bytes: raw.count)
    let bytes: [UInt8]
    var diagnostics: [Diagnostic]
    switch decoder.decode(raw) {
    case .rejected(let diagnostic):
      return ConversionResult(record: nil, diagnostics: [diagnostic], source: source)
    case .decoded(let decoded, let found):
      bytes = decoded
      diagnostics = found
    }

    var parseBytes = bytes
    var frontMatter: FrontMatter?
    var leadingOthers: [OtherSection] = []
    let frontMatterBlock = FrontMatterBlock.find(in: bytes)
    if let block = frontMatterBlock {
      parseBytes = block.blanked(bytes)
      switch FrontMatterReader.read(block) {
      case .success(let read):
        frontMatter = read
      case .failure(let failure):
        leadingOthers.append(OtherSection(heading: nil, text: block.yaml.trimmingWhitespace()))
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
    let resolver = IdentityResolver(
      frontMatter: frontMatter, title: layout.title?.identity,
      prose: firstParagraph.map { FirstSentenceReader.read($0.text) }, proseLocation: firstParagraph?.start,
      path: path)
    let (identity, identityDiagnostics) = resolver.resolve()
    diagnostics += identityDiagnostics
    diagnostics = Self.ordered(diagnostics)

    let record = GeneRecord(
      symbol: identity.symbol, name: identity.name, aliases: identity.aliases,
      summary: fields.values[.summary], associations: fields.values[.associations],
      pharmacogenetics: fields.values[.pharmacogenetics], otherSections: leadingOthers + fields.others,
      metadata: frontMatter?.metadata ?? [], source: source, diagnostics: diagnostics)
    return ConversionResult(
      record: record, diagnostics: diagnostics, source: source,
      parsed: ParsedDocument(bytes: bytes, document: document, layout: layout, frontMatter: frontMatterBlock))
  }

  // MARK: - Helpers

  /// The summary's first paragraph, else the document's first paragraph.
  private static func firstParagraph(_ layout: DocumentLayout) -> MarkdownBlock? {
    let summary = layout.sections.first { $0.field == .summary }
    if let paragraph = summary?.blocks.first(where: { $0.kind == .paragraph }) { return paragraph }
    return layout.sections.lazy.flatMap(\.blocks).first { $0.kind == .paragraph }
  }

  /// Diagnostics sorted by position, stable for equal positions.
  private static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
      .map(\.element)
  }
}
