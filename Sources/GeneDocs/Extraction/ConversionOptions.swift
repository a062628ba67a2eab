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
  /// Whether `source.sha256` is computed (`fix` does not need it: 4% of a `fix --check` profile).
  var computesDigest = true

  /// The default limit on one document: 1 MiB.
  public static let defaultMaxBytes = 1 << 20

  /// Creates options; the defaults are SPEC §3's.
  public init(
    markdown: Bool = false, fixEncoding: Bool = false, maxBytes: Int = ConversionOptions.defaultMaxBytes,
    headingAliases: [SectionField: [String]] = [:]
  ) {
    self.markdown = markdown
    self.fixEncoding = fixEncoding
    self.maxBytes = maxBytes
    self.headingAliases = headingAliases
  }
}
