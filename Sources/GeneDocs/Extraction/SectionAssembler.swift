/// Turns a document's sections into the record's section fields and the GD101–GD107 and GD205 diagnostics.
struct SectionAssembler {
  /// The record's section fields.
  struct Fields {
    var values = PerSectionField<String>()
    var others: [OtherSection] = []
    var diagnostics: [Diagnostic] = []
    /// Where each value and each of `others` is, in document order.
    var spans: [SectionSpan] = []
  }

  let document: MarkdownDocument
  let markdown: Bool

  func assemble(_ layout: DocumentLayout) -> Fields {
    var fields = Fields()
    var firstSeen = PerSectionField<DocumentSection>()
    var furthest: SectionField?
    var reportedOrder = false
    for section in layout.sections {
      let text =
        markdown ? document.trimmedSource(from: section.contentStart, to: section.contentEnd) : section.plainText
      let plain = markdown ? section.plainText : text
      guard let heading = section.heading else {
        fields.others.append(OtherSection(heading: nil, text: text))
        fields.spans.append(Self.span(section, .other))
        fields.diagnostics.append(
          Diagnostic(
            .textBeforeFirstHeading, "text before the first heading (kept in other_sections)", at: section.location))
        reportPlaceholder(in: plain, of: section, named: "the text before the first heading", into: &fields)
        continue
      }
      // Built only for a diagnostic: interpolating it for every section was ten string appends a document.
      var name: String { "'\(heading.text)'" }
      if let level = heading.headingLevel, level != 2 {
        fields.diagnostics.append(
          Diagnostic(
            .headingLevel, "section heading \(name) is level \(level); sections are level 2 (##)", at: heading.start))
      }
      if plain.isEmpty {
        fields.diagnostics.append(Diagnostic(.emptySection, "section \(name) has no text", at: heading.start))
      }
      reportPlaceholder(in: plain, of: section, named: "section \(name)", into: &fields)
      guard let field = section.field else {
        fields.others.append(OtherSection(heading: heading.text, text: text))
        fields.spans.append(Self.span(section, .other))
        fields.diagnostics.append(
          Diagnostic(
            .unknownSection, "section \(name) is not one of the three (kept in other_sections)", at: heading.start))
        continue
      }
      if let first = firstSeen[field] {
        fields.others.append(OtherSection(heading: heading.text, text: text))
        fields.spans.append(Self.span(section, .other))
        fields.diagnostics.append(
          Diagnostic(
            .duplicateSection,
            "section \(name) appears again (first at line \(first.location.line)); this one is kept in other_sections",
            at: heading.start))
        continue
      }
      firstSeen[field] = section
      if !plain.isEmpty {
        fields.values[field] = text
        fields.spans.append(Self.span(section, Mention.Section(field)))
      }
      if let furthest, field < furthest, !reportedOrder {
        reportedOrder = true
        fields.diagnostics.append(
          Diagnostic(
            .sectionOrder,
            "section \(name) comes after '\(furthest.canonicalHeading)'; the canonical order is "
              + SectionField.allCases.map(\.canonicalHeading).joined(separator: ", "), at: heading.start))
      }
      furthest = max(furthest ?? field, field)
    }
    for field in SectionField.allCases where firstSeen[field] == nil {
      fields.diagnostics.append(
        Diagnostic(.missingSection, "required section '\(field.canonicalHeading)' is missing", at: .start))
    }
    return fields
  }

  /// Where a section is: from its heading (or first block) to its last block.
  private static func span(_ section: DocumentSection, _ part: Mention.Section) -> SectionSpan {
    let start = section.heading?.start.line ?? section.blocks.first?.start.line ?? section.location.line
    let end = section.blocks.last?.endLine ?? section.heading?.endLine ?? start
    return SectionSpan(section: part, heading: section.heading?.text, lineStart: start, lineEnd: max(start, end))
  }

  private func reportPlaceholder(
    in text: String, of section: DocumentSection, named name: @autoclosure () -> String, into fields: inout Fields
  ) {
    guard let phrase = RefusalDetector.finding(in: text) else { return }
    fields.diagnostics.append(
      Diagnostic(
        .refusalOrPlaceholder, "\(name()) reads as a refusal or placeholder ('\(phrase)'), not gene content",
        at: section.blocks.first?.start ?? section.location))
  }
}
