/// Builds the canonical form (SPEC §9) of a parsed document and lists what it changed.
///
/// The document is cut into items in source order — the front matter, the title, the blocks and the runs of other
/// non-blank lines (link reference definitions) before the first section, then each section's heading and the
/// same for its body — and written out again: sections in canonical order, headings as ATX, one blank line between
/// items (none after a section's heading or a sub-heading), trailing white space removed, line ends LF unless the file used CRLF throughout.
/// The lines of each block are otherwise copied byte for byte.
///
/// Some rewrites are safe by construction (a field's heading, blank lines between blocks, the final line end);
/// others could, in rare Markdown, change what the document says (trailing white space inside a block that is part
/// of a code span, a heading's own text rewritten as ATX). Those set ``Output/needsCheck``, and the caller converts
/// the output again to make sure.
struct CanonicalBuilder {
  /// How much of a block's own lines is rewritten.
  enum Mode {
    /// Trailing white space is removed inside blocks too (not inside code and HTML blocks, where it is content).
    case full
    /// Lines inside blocks are copied byte for byte (the fallback when ``full`` would change the record).
    case conservative
  }

  /// The canonical bytes and what changed.
  struct Output {
    var bytes: [UInt8] = []
    var changes: [CanonicalChange] = []
    /// Whether a rewrite could change the record, so the output must be converted again and compared.
    var needsCheck = false
    /// Whether the section that ended the document, with a code or HTML block at its end (perhaps never closed),
    /// is no longer last.
    var movedOpenBlock = false
  }

  /// A part of the document, its blocks named by their index in the document's blocks (no copies).
  private struct Item {
    enum Kind {
      case frontMatter
      case title(block: Int)
      case heading(block: Int, field: SectionField?)
      case block(Int)
      case gap
    }

    let kind: Kind
    let first: Int
    let last: Int
    /// Blank lines right before the item in the source.
    let blankBefore: Int
    /// The item's position in the source.
    let order: Int
    /// The level of the section heading the item is under (2 for the lead and for canonical sections).
    var sectionLevel = 2
    /// A section heading or a sub-heading: the block after it follows on the next line.
    var isHeading = false
    /// A block of body text (not a heading, title or front matter): none comes between it and a heading.
    var isBody = false
  }

  private let parsed: ParsedDocument
  private let lines: SourceLines
  private let mode: Mode
  private let lineEnd: [UInt8]
  private var output = Output()
  private var lastOrder = -1
  private var lastWasHeading = false
  private var emittedAny = false

  /// The canonical form of a parsed document.
  static func build(_ parsed: ParsedDocument, mode: Mode) -> Output {
    var builder = CanonicalBuilder(parsed, mode: mode)
    return builder.run()
  }

  private init(_ parsed: ParsedDocument, mode: Mode) {
    self.parsed = parsed
    self.lines = SourceLines(parsed.bytes, index: parsed.document.lines)
    self.mode = mode
    self.lineEnd = lines.lineEnds == .crlf ? [0x0D, 0x0A] : [0x0A]
    output.bytes.reserveCapacity(parsed.bytes.count + 64)
  }

  private mutating func run() -> Output {
    let (lead, sections, trailingBlank) = items()
    for item in lead { emit(item) }
    let order = sections.indices.sorted { Self.rank(sections[$0]) < Self.rank(sections[$1]) }
    if order != Array(sections.indices), let moved = order.indices.first(where: { order[$0] != $0 }) {
      let heading = sections[order[moved]][0]
      output.changes.append(
        CanonicalChange(.sectionOrder, line: heading.first, "sections put in the canonical order"))
      // A code or HTML block left open at the end swallows whatever comes after it once it is not last.
      if let last = sections.last?.last, order.last != sections.count - 1, case .block(let index) = last.kind,
        parsed.document.blocks[index].kind == .codeBlock || parsed.document.blocks[index].kind == .htmlBlock
      {
        output.needsCheck = true
        output.movedOpenBlock = true
      }
    }
    for index in order {
      for item in sections[index] { emit(item) }
    }
    if trailingBlank > 0 {
      output.changes.append(
        CanonicalChange(.blankLines, line: lines.count - trailingBlank + 1, "blank lines at the end removed"))
    }
    if lines.count > 0 && !lines.endsWithLineEnd {
      output.changes.append(CanonicalChange(.finalLineEnd, line: lines.count, "line end added at the end"))
    }
    if lines.lineEnds == .mixed {
      output.changes.append(CanonicalChange(.lineEnds, line: 1, "line ends made LF (they were mixed, or lone CRs)"))
      // cmark reads every kind as a line end, but front matter that is not YAML is kept as text, CRs and all.
      output.needsCheck = true
    }
    return output
  }

  /// Canonical position of a section: the three fields in order, then the others in source order.
  private static func rank(_ items: [Item]) -> Int {
    guard case .heading(_, let field?) = items[0].kind else { return 3 }
    return field.order
  }

  // MARK: - Cutting into items

  /// The items before the first section (front matter, title, text before the first heading), each section's items
  /// (its heading first), and the blank lines at the end of the document.
  private func items() -> (lead: [Item], sections: [[Item]], trailingBlank: Int) {
    var lead: [Item] = []
    var order = 0
    var blank = 0
    var line = 1
    if let block = parsed.frontMatter, block.byteRange.upperBound > 0 {
      let last = lines.line(ofOffset: block.byteRange.upperBound - 1)
      lead.append(Item(kind: .frontMatter, first: 1, last: last, blankBefore: 0, order: order))
      order += 1
      line = last + 1
    }
    let sections = parsed.layout.sections
    // A section's heading is the block right before its blocks (DocumentLayout slices them so).
    let headed = sections.filter { $0.heading != nil }
    let leadEnd = (headed.first?.heading?.start.line ?? lines.count + 1) - 1
    var leadBlocks: Range<Int> = 0..<0
    if parsed.layout.title != nil { leadBlocks = 0..<1 }
    if let preamble = sections.first, preamble.heading == nil {
      leadBlocks = leadBlocks.lowerBound..<max(leadBlocks.upperBound, preamble.blocks.endIndex)
    }
    collect(
      from: line, through: leadEnd, blocks: leadBlocks, sectionLevel: 2, into: &lead, order: &order, blank: &blank)
    var result: [[Item]] = []
    result.reserveCapacity(headed.count)
    for (index, section) in headed.enumerated() {
      guard let heading = section.heading else { continue }
      let start = max(heading.start.line, leadEnd + 1)
      let end = index + 1 < headed.count ? (headed[index + 1].heading?.start.line ?? lines.count + 1) - 1 : lines.count
      let headingEnd = min(max(heading.endLine, start), end)
      var item = Item(
        kind: .heading(block: section.blocks.startIndex - 1, field: section.field), first: start, last: headingEnd,
        blankBefore: blank, order: order)
      item.isHeading = true
      var items = [item]
      order += 1
      blank = 0
      collect(
        from: headingEnd + 1, through: end, blocks: section.blocks.indices, sectionLevel: heading.headingLevel ?? 2,
        into: &items, order: &order, blank: &blank)
      result.append(items)
    }
    return (lead, result, blank)
  }

  /// Appends the items of the lines `from...through`: each block of `blocks` (its trailing blank lines left out),
  /// each run of other non-blank lines; blank lines are counted into `blank`.
  private func collect(
    from start: Int, through end: Int, blocks: Range<Int>, sectionLevel: Int, into items: inout [Item],
    order: inout Int, blank: inout Int
  ) {
    let all = parsed.document.blocks
    var next = blocks.lowerBound
    var line = start
    while line <= end {
      if next < blocks.upperBound, all[next].start.line <= line {
        let index = next
        let block = all[index]
        next += 1
        var last = min(max(block.endLine, line), end)
        if next < blocks.upperBound { last = min(last, max(all[next].start.line - 1, line)) }
        while last > line, lines.isBlank(last) { last -= 1 }
        let isTitle = index == 0 && parsed.layout.title != nil
        var item = Item(
          kind: isTitle ? .title(block: index) : .block(index), first: line, last: last, blankBefore: blank,
          order: order)
        item.sectionLevel = sectionLevel
        item.isHeading = !isTitle && block.headingLevel != nil
        item.isBody = !isTitle && block.headingLevel == nil
        items.append(item)
        order += 1
        blank = 0
        line = last + 1
      } else if lines.isBlank(line) {
        blank += 1
        line += 1
      } else {
        let first = line
        while line <= end, !lines.isBlank(line), next >= blocks.upperBound || all[next].start.line > line { line += 1 }
        var item = Item(kind: .gap, first: first, last: line - 1, blankBefore: blank, order: order)
        item.isBody = true
        items.append(item)
        order += 1
        blank = 0
      }
    }
  }

  // MARK: - Writing items

  private mutating func emit(_ item: Item) {
    let canonicalBlank = !emittedAny || (lastWasHeading && item.isBody) ? 0 : 1
    if canonicalBlank == 1 { output.bytes += lineEnd }
    if item.order == lastOrder + 1 && item.blankBefore != canonicalBlank {
      let what = item.blankBefore > canonicalBlank ? "removed" : "added"
      output.changes.append(
        CanonicalChange(.blankLines, line: item.first, "blank line \(what) before line \(item.first)"))
      if case .gap = item.kind { output.needsCheck = true }
    }
    lastOrder = item.order
    lastWasHeading = item.isHeading
    emittedAny = true
    let blocks = parsed.document.blocks
    switch item.kind {
    case .frontMatter: writeFrontMatter(item)
    case .title(let index): writeHeading(blocks[index], item: item, level: 1, name: nil)
    case .heading(let index, let field):
      writeHeading(blocks[index], item: item, level: 2, name: field.map { Array($0.canonicalHeading.utf8) })
    case .block(let index):
      let block = blocks[index]
      if let level = block.headingLevel {
        writeSubheading(block, item: item, level: level)
      } else {
        writeLines(item, verbatim: mode == .conservative || block.kind == .codeBlock || block.kind == .htmlBlock)
      }
    case .gap: writeLines(item, verbatim: mode == .conservative)
    }
  }

  private mutating func writeFrontMatter(_ item: Item) {
    for line in [item.first, item.last] where !lines.content(line).elementsEqual("---".utf8) {
      output.changes.append(
        CanonicalChange(.frontMatterDelimiters, line: line, "front matter delimiter written as ---"))
    }
    writeRaw(Array("---".utf8))
    let inner = item.first + 1..<item.last
    let original = inner.map { lines.content($0) }
    let continued = [Bool](repeating: false, count: original.count)
    let kept = mode == .full ? keptStrips(original, continued: continued) { sameFrontMatter(original, $0) } : []
    for (index, line) in inner.enumerated() { writeStripped(line, kept.isEmpty ? nil : kept[index]) }
    writeRaw(Array("---".utf8))
  }

  /// Whether the front matter reads the same with `changed` lines as with `original` ones (trailing white space is
  /// content in a YAML block scalar).
  private func sameFrontMatter(_ original: [ArraySlice<UInt8>], _ changed: [ArraySlice<UInt8>]) -> Bool {
    func read(_ lines: [ArraySlice<UInt8>]) -> FrontMatter? {
      let bytes = Array("---\n".utf8) + lines.flatMap { Array($0) + [0x0A] } + Array("---\n".utf8)
      guard let block = FrontMatterBlock.find(in: bytes), case .success(let read) = FrontMatterReader.read(block)
      else { return nil }
      return read
    }
    guard let before = read(original), let after = read(changed) else { return false }
    return before.symbol == after.symbol && before.name == after.name && before.aliases == after.aliases
      && before.metadata == after.metadata && before.symbolLine == after.symbolLine
  }

  /// A title or a section heading: ATX at `level`, with the canonical `name` for one of the three sections, else
  /// with its own text.
  private mutating func writeHeading(_ block: MarkdownBlock, item: Item, level: Int, name: [UInt8]?) {
    guard let source = HeadingSource(block, lines: lines) else {
      output.needsCheck = true
      for line in item.first...item.last { writeRaw(Array(lines.content(line))) }
      return
    }
    let line = HeadingSource.atxLine(level: level, content: name ?? source.content)
    let original = lines.content(item.first)
    guard item.first != item.last || !original.elementsEqual(line) else {
      writeRaw(line)
      return
    }
    let oldLevel = block.headingLevel ?? level
    let shown = String(decoding: source.content, as: UTF8.self)
    let recorded = output.changes.count
    if let name, !source.content.elementsEqual(name) {
      output.changes.append(
        CanonicalChange(
          .headingNames, line: item.first, "heading '\(shown)' renamed '\(String(decoding: name, as: UTF8.self))'"))
    }
    recordStyleChanges(
      source, item: item, oldLevel: oldLevel, newLevel: level, newLine: line, kind: .headingLevels, since: recorded)
    // A title's or another section's own text, rewritten: checked by converting again.
    if name == nil && (source.isSetext || source.hadClosingHashes || !line.ends(with: source.content)) {
      output.needsCheck = true
    }
    writeRaw(line)
  }

  /// A heading inside a section: it keeps its depth below the section's heading, so that it stays inside the
  /// section once the section's heading is level 2.
  private mutating func writeSubheading(_ block: MarkdownBlock, item: Item, level: Int) {
    let newLevel = min(level + 2 - item.sectionLevel, 6)
    guard newLevel != level, let source = HeadingSource(block, lines: lines) else {
      writeLines(item, verbatim: mode == .conservative)
      return
    }
    let line = HeadingSource.atxLine(level: newLevel, content: source.content)
    recordStyleChanges(
      source, item: item, oldLevel: level, newLevel: newLevel, newLine: line, kind: .subheadingLevels,
      since: output.changes.count)
    output.needsCheck = true
    writeRaw(line)
  }

  /// Records a level change, a setext heading made ATX, closing `#`s removed, or (when nothing else explains the
  /// difference) white space in the heading line.
  private mutating func recordStyleChanges(
    _ source: HeadingSource, item: Item, oldLevel: Int, newLevel: Int, newLine: [UInt8], kind: CanonicalChange.Kind,
    since count: Int
  ) {
    if oldLevel != newLevel {
      output.changes.append(CanonicalChange(kind, line: item.first, "heading level \(oldLevel) made \(newLevel)"))
    }
    if source.isSetext {
      output.changes.append(CanonicalChange(.setextHeadings, line: item.first, "setext heading written as ATX"))
    }
    if source.hadClosingHashes {
      output.changes.append(CanonicalChange(.closingHashes, line: item.first, "closing #s removed"))
    }
    if output.changes.count == count, item.first == item.last, lines.content(item.first).starts(with: newLine) {
      output.changes.append(CanonicalChange(.trailingWhitespace, line: item.first, "trailing white space removed"))
    } else if output.changes.count == count {
      output.changes.append(CanonicalChange(.headingNames, line: item.first, "heading spacing made canonical"))
    }
  }

  // MARK: - Lines

  /// Writes a block's (or a run of other lines') lines without trailing white space, unless `verbatim`, and only
  /// where that does not change the block's text (checked by parsing the block alone).
  private mutating func writeLines(_ item: Item, verbatim: Bool) {
    let range = item.first...item.last
    let original = range.map { lines.content($0) }
    // A line is continued when the next line of the item is not blank (a hard line break can only be there).
    let continued = range.map { $0 < item.last && !lines.isBlank($0 + 1) }
    let kept = verbatim ? [] : keptStrips(original, continued: continued) { BlockText.same(original, $0) }
    for (index, line) in range.enumerated() { writeStripped(line, kept.isEmpty ? nil : kept[index]) }
  }

  /// Which lines to write stripped of trailing white space (nil: as they are), such that `same` holds for the
  /// result: all of them when that is the same, else line by line, a hard line break written as a backslash when
  /// that keeps it the same, else simply stripped. Empty when no line has trailing white space.
  private func keptStrips(
    _ original: [ArraySlice<UInt8>], continued: [Bool], same: ([ArraySlice<UInt8>]) -> Bool
  ) -> [Stripped?] {
    let wanted = original.indices.map { strip(original[$0], continued: continued[$0]) }
    guard wanted.contains(where: { $0 != nil }) else { return [] }
    func lines(_ choice: [Stripped?]) -> [ArraySlice<UInt8>] {
      zip(original, choice).map { old, new in new.map { $0.bytes[...] } ?? old }
    }
    if same(lines(wanted)) { return wanted }
    var kept = [Stripped?](repeating: nil, count: original.count)
    for index in original.indices {
      guard let first = wanted[index] else { continue }
      let plain =
        first.wasBreak || first.bytes.last == UInt8(ascii: "\\") ? strip(original[index], continued: false) : nil
      for candidate in [first, plain].compactMap({ $0 }) {
        kept[index] = candidate
        if same(lines(kept)) { break }
        kept[index] = nil
      }
    }
    return kept
  }

  /// A line without its trailing white space.
  private struct Stripped {
    var bytes: [UInt8]
    /// Whether two or more trailing spaces (a hard line break) were written as a backslash.
    var wasBreak: Bool
  }

  /// The line without its trailing spaces and tabs, or nil when it has none. When the block goes on (`continued`),
  /// two or more trailing spaces (a hard line break) become a backslash, which breaks the line the same way, and a
  /// backslash left at the end is doubled, so that it stays a backslash instead of becoming a hard break.
  private func strip(_ content: ArraySlice<UInt8>, continued: Bool) -> Stripped? {
    var end = content.endIndex
    while end > content.startIndex, SourceLines.isSpaceOrTab(content[end - 1]) { end -= 1 }
    guard end < content.endIndex else { return nil }
    var bytes = Array(content[..<end])
    guard continued, end > content.startIndex else { return Stripped(bytes: bytes, wasBreak: false) }
    var backslashes = 0
    while backslashes < bytes.count, bytes[bytes.count - 1 - backslashes] == UInt8(ascii: "\\") { backslashes += 1 }
    let isBreak = content.suffix(2).elementsEqual("  ".utf8)
    if backslashes % 2 == 1 { bytes.append(UInt8(ascii: "\\")) }
    if isBreak { bytes.append(UInt8(ascii: "\\")) }
    return Stripped(bytes: bytes, wasBreak: isBreak)
  }

  private mutating func writeStripped(_ line: Int, _ stripped: Stripped?) {
    guard let stripped else {
      writeRaw(lines.content(line))
      return
    }
    writeRaw(stripped.bytes)
    output.needsCheck = true
    let message =
      stripped.wasBreak ? "trailing spaces of a hard line break written as \\" : "trailing white space removed"
    output.changes.append(CanonicalChange(.trailingWhitespace, line: line, message))
  }

  private mutating func writeRaw<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    output.bytes += bytes
    output.bytes += lineEnd
  }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
