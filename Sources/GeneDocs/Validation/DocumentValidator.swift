/// Validates documents: every conversion diagnostic, GD203/GD204 against a gene table when there is one, each with
/// the severity the configuration gives it (rules set `off` are dropped). Never prints; never throws.
///
/// ```swift
/// let configuration = try ValidationConfigurationLoader.load(path: ".gene2json.yml")
/// let table = try GeneTableReader.read(path: "hgnc_complete_set.txt")
/// let validator = DocumentValidator(configuration: configuration, geneTable: table)
/// let document = validator.validate(bytes, path: "docs/CDK4.md")
/// ```
public struct DocumentValidator: Sendable {
  /// The configuration every document is validated with.
  public let configuration: ValidationConfiguration
  private let converter: GeneDocumentConverter
  private let geneTableCheck: GeneTableCheck?

  /// Creates a validator; documents over `maxBytes` are reported (GD303), not read. With `fixEncoding`, documents
  /// are read with mojibake repaired (as `fix` reads them; GD301 is still reported).
  public init(
    configuration: ValidationConfiguration = ValidationConfiguration(), geneTable: GeneTable? = nil,
    maxBytes: Int = ConversionOptions.defaultMaxBytes, fixEncoding: Bool = false
  ) {
    self.init(
      configuration: configuration, geneTable: geneTable, maxBytes: maxBytes, fixEncoding: fixEncoding,
      computesDigest: true)
  }

  /// A validator whose conversions skip `source.sha256` when `computesDigest` is false (for `fix`).
  init(
    configuration: ValidationConfiguration, geneTable: GeneTable?, maxBytes: Int, fixEncoding: Bool,
    computesDigest: Bool
  ) {
    self.configuration = configuration
    var options = ConversionOptions(
      fixEncoding: fixEncoding, maxBytes: maxBytes, headingAliases: configuration.headingAliases)
    options.computesDigest = computesDigest
    converter = GeneDocumentConverter(options: options)
    geneTableCheck = geneTable.map(GeneTableCheck.init(table:))
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

  /// What validation reports about a conversion of `bytes`: its diagnostics (and the gene table's), with the
  /// configured severities, in line order.
  func findings(of result: ConversionResult, bytes: [UInt8], path: String) -> ValidatedDocument {
    var diagnostics = result.diagnostics
    if let geneTableCheck, let record = result.record {
      diagnostics += geneTableCheck.diagnostics(for: record, source: bytes)
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
