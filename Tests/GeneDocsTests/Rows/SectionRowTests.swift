import Testing

@testable import GeneDocs

@Suite("SectionRow: one row a section of the record, with its lines")
struct SectionRowTests {
  /// A document, and the rows it gives: (section, heading, first line, last line).
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let markdown: String
    let rows: [(Mention.Section, String?, Int, Int)]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "canonical",
      markdown: """
        ## Gene Summary
        ABC1 is the official symbol for the ABC Transporter 1 gene.

        ## Gene Drugs, Diseases, Phenotypes, and Pathways
        It moves lipids.
        It is found in the liver.

        ## Pharmacogenetics
        None known.

        """,
      rows: [
        (.summary, "Gene Summary", 1, 2), (.associations, "Gene Drugs, Diseases, Phenotypes, and Pathways", 4, 6),
        (.pharmacogenetics, "Pharmacogenetics", 8, 9),
      ]),
    Case(
      name: "text before the first heading, another section, a repeated one, a sub-heading",
      markdown: """
        Draft notes.

        ## Gene Summary
        DEF2 is the official symbol for the DEF Kinase 2 gene.

        ### Isoforms
        Two are known.

        ## Pharmacogenetics
        None known.

        ## References
        A list.

        ## Gene Summary
        Again.
        """,
      rows: [
        (.other, nil, 1, 1), (.summary, "Gene Summary", 3, 7), (.pharmacogenetics, "Pharmacogenetics", 9, 10),
        (.other, "References", 12, 13), (.other, "Gene Summary", 15, 16),
      ]),
    Case(
      name: "setext headings and an empty field (no row: the record's field is null)",
      markdown: """
        Gene Summary
        ============
        GHI3 is the official symbol for the GHI Channel 3 gene.

        Gene Drugs, Diseases, Phenotypes, and Pathways
        ----------------------------------------------

        Pharmacogenetics
        ----------------
        None known.
        """,
      rows: [(.summary, "Gene Summary", 1, 3), (.pharmacogenetics, "Pharmacogenetics", 8, 10)]),
    Case(
      name: "front matter that is not YAML is kept as text before the first heading",
      markdown: """
        ---
        symbol: [JKL4
        ---
        ## Gene Summary
        JKL4 is the official symbol for the JKL Ligase 4 gene.
        """,
      rows: [(.other, nil, 1, 3), (.summary, "Gene Summary", 4, 5)]),
    Case(
      name: "CRLF line ends and a byte-order mark",
      markdown: "\u{FEFF}## Gene Summary\r\nMNO5 is the official symbol for the MNO Adaptor 5 gene.\r\n\r\n"
        + "## Pharmacogenetics\r\nNone\r\nknown.\r\n",
      rows: [(.summary, "Gene Summary", 1, 2), (.pharmacogenetics, "Pharmacogenetics", 4, 6)]),
  ]

  @Test("rows, in document order, with the section's lines", arguments: cases)
  func rows(_ example: Case) throws {
    let result = GeneDocumentConverter().convert(Array(example.markdown.utf8), path: "doc.md")
    let record = try #require(result.record)
    let rows = SectionRow.rows(of: result)
    #expect(rows.map(\.section) == example.rows.map(\.0))
    #expect(rows.map(\.heading) == example.rows.map(\.1))
    #expect(rows.map(\.lineStart) == example.rows.map(\.2))
    #expect(rows.map(\.lineEnd) == example.rows.map(\.3))
    // Each text is the record's: the fields' once each, then other_sections in order.
    for field in [Mention.Section.summary, .associations, .pharmacogenetics] {
      let texts = rows.filter { $0.section == field }.map(\.text)
      let value: String? =
        switch field {
        case .summary: record.summary
        case .associations: record.associations
        default: record.pharmacogenetics
        }
      #expect(texts == (value.map { [$0] } ?? []))
    }
    #expect(rows.filter { $0.section == .other }.map(\.text) == record.otherSections.map(\.text))
    #expect(rows.filter { $0.section == .other }.map(\.heading) == record.otherSections.map(\.heading))
    #expect(rows.allSatisfy { $0.symbol == record.symbol && $0.source == record.source && $0.gene == record.gene })
  }

  @Test("every row's first line is its heading in the input, and rows do not overlap")
  func linesPointAtTheInput() throws {
    for example in Self.cases {
      let lines = example.markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
      let result = GeneDocumentConverter().convert(Array(example.markdown.utf8), path: "doc.md")
      var previousEnd = 0
      for row in SectionRow.rows(of: result) {
        #expect(row.lineStart > previousEnd && row.lineEnd >= row.lineStart && row.lineEnd <= lines.count)
        previousEnd = row.lineEnd
        guard let heading = row.heading else { continue }
        let line = String(lines[row.lineStart - 1]).trimmingCharacters(in: ["#", " ", "\u{FEFF}"])
        #expect(line == heading, "\(example.name): line \(row.lineStart)")
      }
    }
  }

  @Test("no record, no rows; a span the record has no text for gives none")
  func noRecord() {
    let rejected = GeneDocumentConverter().convert([0x41, 0x00, 0x42], path: "nul.md")
    #expect(rejected.record == nil && SectionRow.rows(of: rejected).isEmpty)
    // SampleRecord.awkward: a summary, no associations, two other sections.
    let spans = [
      SectionSpan(section: .summary, heading: "Gene Summary", lineStart: 1, lineEnd: 2),
      SectionSpan(section: .associations, heading: "Gene Drugs", lineStart: 3, lineEnd: 3),
      SectionSpan(section: .other, heading: "Notes", lineStart: 4, lineEnd: 5),
      SectionSpan(section: .other, heading: nil, lineStart: 6, lineEnd: 6),
      SectionSpan(section: .other, heading: "Third", lineStart: 7, lineEnd: 8),
    ]
    let rows = SectionRow.rows(of: SampleRecord.awkward, sections: spans)
    #expect(rows.map(\.text) == [SampleRecord.awkward.summary, "a\nb", "pre"])
    #expect(rows.map(\.lineStart) == [1, 4, 6])
  }
}
