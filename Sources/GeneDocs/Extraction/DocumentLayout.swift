/// A document split into an optional title and sections.
///
/// A heading starts a new section when it names one of the three fields, when it is at the same level as the
/// current section's heading or above it, or when there is no section yet; a deeper heading that names no field
/// is a sub-heading and stays in the current section, so no text is lost.
struct DocumentLayout: Sendable {
  /// The `# TITLE` line and what it states, when the document opens with one.
  let title: (block: MarkdownBlock, identity: ProseIdentity)?
  /// The sections in document order; text before the first heading comes first, with a nil heading.
  let sections: [DocumentSection]

  init(_ document: MarkdownDocument, matcher: HeadingMatcher) {
    var blocks = document.blocks[...]
    var title: (MarkdownBlock, ProseIdentity)?
    var position = 0
    if let first = blocks.first, first.headingLevel == 1, matcher.field(for: first.text) == nil,
      let identity = IdentityReader.read(title: first.text)
    {
      title = (first, identity)
      blocks = blocks.dropFirst()
      position = document.lines.offset(line: first.endLine + 1)
    }
    var sections: [DocumentSection] = []
    sections.reserveCapacity(8)
    let all = document.blocks
    for index in blocks.indices {
      let block = all[index]
      // Each heading is matched once: normalizing heading text showed up at 8% of a batch profile.
      let field = block.headingLevel == nil ? nil : matcher.field(for: block.text)
      if let level = block.headingLevel, Self.startsSection(field: field, level: level, current: sections.last) {
        let start = document.offset(of: block.start)
        if !sections.isEmpty { sections[sections.count - 1].contentEnd = start }
        sections.append(
          DocumentSection(
            heading: block, field: field, blocks: all[index + 1..<index + 1],
            contentStart: document.lines.offset(line: block.endLine + 1), contentEnd: document.source.count))
        continue
      }
      if sections.isEmpty {
        sections.append(
          DocumentSection(
            heading: nil, field: nil, blocks: all[index..<index], contentStart: position,
            contentEnd: document.source.count))
      }
      let first = sections[sections.count - 1].blocks.startIndex
      sections[sections.count - 1].blocks = all[first...index]
    }
    self.title = title
    self.sections = sections
  }

  private static func startsSection(field: SectionField?, level: Int, current: DocumentSection?) -> Bool {
    guard let current, let currentLevel = current.heading?.headingLevel else { return true }
    return field != nil || level <= currentLevel
  }
}
