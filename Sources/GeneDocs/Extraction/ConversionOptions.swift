/// How documents are converted.
public struct ConversionOptions: Sendable {
  /// Section fields hold the section's original Markdown source instead of plain text.
  public var markdown: Bool
  /// Repair mojibake (it is reported either way).
  public var fixEncoding: Bool
  /// The largest document accepted, in bytes.
  public var maxBytes: Int
  /// Extra headings per field, beside the built-in ones.
  public var headingAliases: [SectionField: [String]]
  /// Gene tables, vocabularies and clinical annotations: they fill the record's `gene` and its mentions' ids, and
  /// bring GD203, GD204 and GD206 (variants are found without them).
  public var reference: ReferenceData?
  /// Rules that are off by default (GD207) to report.
  public var rulesTurnedOn: Set<DiagnosticCode>
  /// Whether `source.sha256` is computed (`fix` does not need it: 4% of a `fix --check` profile).
  var computesDigest = true
  /// Whether mentions are found (`fix` reads no mentions: without tables they were a tenth of its conversions).
  var findsMentions = true

  /// The default limit on one document: 1 MiB.
  public static let defaultMaxBytes = 1 << 20

  /// Creates options; the defaults are SPEC §3's.
  public init(
    markdown: Bool = false, fixEncoding: Bool = false, maxBytes: Int = ConversionOptions.defaultMaxBytes,
    headingAliases: [SectionField: [String]] = [:], reference: ReferenceData? = nil,
    rulesTurnedOn: Set<DiagnosticCode> = []
  ) {
    self.markdown = markdown
    self.fixEncoding = fixEncoding
    self.maxBytes = maxBytes
    self.headingAliases = headingAliases
    self.reference = reference
    self.rulesTurnedOn = rulesTurnedOn
  }
}
