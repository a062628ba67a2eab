/// The intermediate values a conversion reads a record from, kept so that `fix` can rewrite the document without
/// parsing it a second time. Arrays share their storage with the conversion's, so keeping them costs no copy.
struct ParsedDocument: Sendable {
  /// The decoded bytes: byte-order mark dropped, invalid UTF-8 replaced, mojibake repaired when asked.
  let bytes: [UInt8]
  /// The parsed document (its source is `bytes` with the front matter blanked).
  let document: MarkdownDocument
  /// The title and sections.
  let layout: DocumentLayout
  /// The front matter block, when the document opens with one (valid YAML or not).
  let frontMatter: FrontMatterBlock?
}
