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
  static let mojibakeAdvice = "not repaired; gene2json convert --fix-encoding repairs it"

  /// The configuration every document is validated with.
  public let configuration: ValidationConfiguration
  private let converter: GeneDocumentConverter

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
    self.configuration = configuration
    converter = GeneDocumentConverter(
      options: ConversionOptions(
        maxBytes: maxBytes, headingAliases: configuration.headingAliases, reference: reference,
        rulesTurnedOn: configuration.rulesTurnedOn))
  }

  /// Validates the raw bytes of a document read from `path` (`-` for standard input).
  public func validate(_ bytes: [UInt8], path: String) -> ValidatedDocument {
    let diagnostics = converter.convert(bytes, path: path).diagnostics.map {
      InputDecoder.advising($0, Self.mojibakeAdvice)
    }
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
