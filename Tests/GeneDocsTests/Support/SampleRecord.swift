import GeneDocs

/// Records with awkward text for emitter tests.
enum SampleRecord {
  /// Commas, quotes, tab, CR, LF, backslash and non-ASCII text, a null field, metadata and diagnostics.
  static let awkward = GeneRecord(
    symbol: "ZNF9X", name: "Zinc \"Nine\", X", aliases: ["A,B", "C\tD"],
    summary: "Line one,\r\nline \"two\"\tand a \\ backslash — β 亜鉛", associations: nil, pharmacogenetics: "",
    otherSections: [OtherSection(heading: "Notes", text: "a\nb"), OtherSection(heading: nil, text: "pre")],
    metadata: [JSONMember("tags", .array([.string("x"), .double(0.5), .null]))],
    source: RecordSource(path: "dir/z,9.md", sha256: String(repeating: "ab", count: 32), bytes: 321),
    diagnostics: [
      Diagnostic(.unknownSection, "section 'Notes' is not one of the three", at: SourceLocation(line: 9, column: 1)),
      Diagnostic(.emptySection, "section 'Pharmacogenetics' has no text", at: SourceLocation(line: 7, column: 1)),
    ])

  /// A plain record.
  static let plain = GeneRecord(
    symbol: "ABC1", name: "Alpha Beta 1", aliases: [], summary: "S.", associations: "A.", pharmacogenetics: "P.",
    otherSections: [], metadata: [], source: RecordSource(path: "a.md", sha256: "00", bytes: 10), diagnostics: [])
}
