/// Validates documents: every conversion diagnostic (GD203, GD204 and GD206 against gene tables, GD207 against
/// clinical annotations, when given), each with the severity the configuration gives it (rules set `off` are
/// dropped). Never prints; never throws.
///
/// ```swift
/// let configuration = try ValidationConfigurationLoader.load(path: ".gene2json.yml")
/// let table = try GeneTableReader.read(path: "hgnc_complete_set.txt")
/// let validator = DocumentValidator(configuration: configuration, geneTable: table)
/// let document = validator.validate(bytes, path: "docs/CDK4.md")
/// ```
public struct DocumentValidator: Sendable {
  /// What GD301 messages advise: validation repairs nothing, and `validate` has no `--fix-encoding`.
  static let mojibakeAdvice =
    "not repaired; gene2json fix repairs the file, gene2json convert --fix-encoding the record"

  /// The configuration every document is validated with.
  public let configuration: ValidationConfiguration
  private let converter: GeneDocumentConverter
  /// Whether documents are read with mojibake repaired (GD301 then needs no advice).
  private let fixEncoding: Bool

  /// Creates a validator with one gene table; documents over `maxBytes` are reported (GD303), not read.
  public init(
    configuration: ValidationConfiguration = ValidationConfiguration(), geneTable: GeneTable? = nil,
    maxBytes: Int = ConversionOptions.defaultMaxBytes
  ) {
    self.init(
      configuration: configuration, reference: geneTable.map { ReferenceData(geneTables: [$0]) }, maxBytes: maxBytes)
  }

  /// Creates a validator with gene tables, vocabularies and annotations.
  public init(
    configuration: ValidationConfiguration = ValidationConfiguration(), reference: ReferenceData?,
    maxBytes: Int = ConversionOptions.defaultMaxBytes
  ) {
    self.init(
      configuration: configuration, reference: reference, maxBytes: maxBytes, fixEncoding: false, forFix: false)
  }

  /// A validator that reads documents with mojibake repaired when `fixEncoding` is true (as `fix` reads them;
  /// GD301 is still reported) and, `forFix`, skips what `fix` never reads: `source.sha256` and mentions.
  init(
    configuration: ValidationConfiguration, reference: ReferenceData?, maxBytes: Int, fixEncoding: Bool,
    forFix: Bool
  ) {
    self.configuration = configuration
    self.fixEncoding = fixEncoding
    var options = ConversionOptions(
      fixEncoding: fixEncoding, maxBytes: maxBytes, headingAliases: configuration.headingAliases,
      reference: reference, rulesTurnedOn: configuration.rulesTurnedOn)
    options.computesDigest = !forFix
    options.findsMentions = !forFix
    converter = GeneDocumentConverter(options: options)
  }

  /// Validates the raw bytes of a document read from `path` (`-` for standard input).
  public func validate(_ bytes: [UInt8], path: String) -> ValidatedDocument {
    check(bytes, path: path).document
  }

  /// The conversion of a document and what validation reports about it.
  func check(_ bytes: [UInt8], path: String) -> (result: ConversionResult, document: ValidatedDocument) {
    let result = converter.convert(bytes, path: path)
    return (result, findings(of: result, bytes: bytes, path: path))
  }

  /// What validation reports about a conversion of `bytes`: its diagnostics with the configured severities, in
  /// line order.
  func findings(of result: ConversionResult, bytes: [UInt8], path: String) -> ValidatedDocument {
    let diagnostics =
      fixEncoding ? result.diagnostics : result.diagnostics.map { InputDecoder.advising($0, Self.mojibakeAdvice) }
    let configured = diagnostics.enumerated().compactMap { offset, diagnostic -> (Int, Diagnostic)? in
      guard let severity = configuration.severity(for: diagnostic.code) else { return nil }
      var copy = diagnostic
      copy.severity = severity
      return (offset, copy)
    }
    let ordered = configured.sorted { ($0.1.location, $0.0) < ($1.1.location, $1.0) }.map(\.1)
    guard !ordered.isEmpty else { return ValidatedDocument(path: path, findings: []) }
    let locator = TextLocator(bytes)
    return ValidatedDocument(
      path: path,
      findings: ordered.map { ValidationFinding($0, utf16Column: locator.utf16Column(of: $0.location)) })
  }
}
