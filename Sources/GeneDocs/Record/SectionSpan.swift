/// Where one section of a record lies in its document: the part of the record it fills, its heading as the document
/// writes it (plain text; nil for text before the first heading and for front matter kept as text), and its first
/// and last lines (1-based, the heading's line included; the last line is that of the section's last block).
///
/// ``ConversionResult/sections`` lists them in document order, one for each non-null section field and each entry
/// of `other_sections`, so that ``SectionRow``s can pair each text with its lines.
public struct SectionSpan: Sendable, Equatable {
  /// The part of the record: a section field (the first section of its kind), or `other`.
  public var section: Mention.Section
  /// The heading's plain text; nil for text before the first heading.
  public var heading: String?
  /// The heading's line, or the first line of text before the first heading.
  public var lineStart: Int
  /// The last line of the section's last block (the heading's last line when the section has no block).
  public var lineEnd: Int

  /// Creates a span.
  public init(section: Mention.Section, heading: String?, lineStart: Int, lineEnd: Int) {
    self.section = section
    self.heading = heading
    self.lineStart = lineStart
    self.lineEnd = lineEnd
  }
}
