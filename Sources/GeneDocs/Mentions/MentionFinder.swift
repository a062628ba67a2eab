/// Finds the mentions of one converted document (SPEC §7): the one place that runs the name matcher and the variant
/// scanner over a document and turns what they find into ``Mention``s.
///
/// Both read ``MentionText`` (markup and what lies outside sections masked); their candidates are then chosen
/// leftmost first, the longest of those starting at one place, none overlapping another. A name is a whole word;
/// a name that must match as written is compared with the text byte for byte. Text that is the document's own
/// symbol is never a mention. Positions are mapped back to the input's bytes (``DecodedOffsets``).
struct MentionFinder: Sendable {
  /// A document as the converter has it.
  struct Document {
    /// The parsed document (decoded bytes, front matter blanked, and their lines).
    let markdown: MarkdownDocument
    /// Each section's content range in those bytes and the part of the record it is.
    let sections: [(range: Range<Int>, section: Mention.Section)]
    /// The input as read, and how decoded offsets map back to it.
    let input: [UInt8]
    let offsets: DecodedOffsets
    /// The document's symbol as it states it, and the gene table's approved symbol for it.
    let symbol: String?
    let approvedSymbol: String?
  }

  private let reference: ReferenceData?
  private let variants = VariantScanner()

  init(reference: ReferenceData?) {
    self.reference = reference
  }

  /// One candidate: a source span, and what it would be.
  private struct Candidate {
    let start: Int
    let end: Int
    /// A name's number, or -1 - shape for a variant.
    let what: Int
    /// The target chosen for a name.
    var target: NameTarget?
  }

  /// The document's mentions, in document order.
  func mentions(in document: Document) -> [Mention] {
    let source = document.markdown.source
    guard !source.isEmpty else { return [] }
    let text = MentionText(source: source, ranges: document.sections.map(\.range))
    var candidates: [Candidate] = []
    var occurrences: [NameAutomaton.Occurrence] = []
    text.bytes.withUnsafeBufferPointer { masked in
      source.withUnsafeBufferPointer { source in
        for (range, _) in document.sections {
          let lower = max(0, min(range.lowerBound, masked.count))
          let upper = max(lower, min(range.upperBound, masked.count))
          if let matcher = reference?.matcher, !matcher.isEmpty {
            occurrences.removeAll(keepingCapacity: true)
            matcher.automaton.scan(masked, range: lower..<upper, into: &occurrences)
            for found in occurrences where Self.endsWord(masked, found.end, limit: upper) {
              guard
                let target = chooseTarget(
                  matcher.targets(ofName: found.name), masked, source, found.start, found.end, document)
              else { continue }
              candidates.append(Candidate(start: found.start, end: found.end, what: found.name, target: target))
            }
          }
          for found in variants.scan(masked, range: lower..<upper) {
            if variants.shape(found.shape).needsGeneBefore, !namesGeneBefore(masked, found.start, lower, document) {
              continue
            }
            if reference?.geneTable.map({ Self.isApprovedSymbol(source, found, $0) }) == true { continue }
            candidates.append(Candidate(start: found.start, end: found.end, what: -1 - found.shape))
          }
        }
      }
    }
    return chosen(candidates, document)
  }

  // MARK: - Choosing

  /// Leftmost first, longest at one start (a name before a variant of the same span), none overlapping.
  private func chosen(_ candidates: [Candidate], _ document: Document) -> [Mention] {
    let ordered = candidates.enumerated().sorted { left, right in
      let (a, b) = (left.element, right.element)
      if a.start != b.start { return a.start < b.start }
      if a.end != b.end { return a.end > b.end }
      if (a.what >= 0) != (b.what >= 0) { return a.what >= 0 }
      return left.offset < right.offset
    }
    var mentions: [Mention] = []
    var lastEnd = -1
    let positions = Positions(document: document)
    let source = document.markdown.source
    for (_, candidate) in ordered where candidate.start >= lastEnd {
      let written = Array(source[candidate.start..<candidate.end])
      if let symbol = document.symbol, written.elementsEqual(symbol.utf8) { continue }
      lastEnd = candidate.end
      let location = positions.location(candidate.start)
      let section = document.sections.first { $0.range.contains(candidate.start) }?.section ?? .other
      let text = String(decoding: written, as: UTF8.self)
      if let target = candidate.target {
        var supported: Bool?
        if target.kind == .drug, let annotations = reference?.annotations,
          let gene = document.approvedSymbol ?? document.symbol
        {
          supported = annotations.pairs(gene: gene, drug: target.preferredName)
        }
        mentions.append(
          Mention(
            kind: target.kind, text: text, id: target.id, vocabulary: target.vocabulary, section: section,
            line: location.line, column: location.column, supported: supported))
      } else {
        let shape = variants.shape(-1 - candidate.what)
        mentions.append(
          Mention(
            kind: .variant, text: text, id: shape.isOwnID ? text.lowercased() : nil, vocabulary: nil, section: section,
            line: location.line, column: location.column))
      }
    }
    return mentions
  }

  /// The first target a match may stand for: one that needs no exact spelling or whose spelling the text has, and,
  /// for a gene, not the document's own and with gene-like words beside it when its symbol is a word.
  private func chooseTarget(
    _ targets: ArraySlice<NameTarget>, _ masked: UnsafeBufferPointer<UInt8>, _ source: UnsafeBufferPointer<UInt8>,
    _ start: Int, _ end: Int, _ document: Document
  ) -> NameTarget? {
    let written = UnsafeBufferPointer(rebasing: source[start..<end])
    for target in targets {
      if let exact = target.exact, !written.elementsEqual(exact.utf8) { continue }
      if target.needsCapital, !Self.startsWithCapital(written) { continue }
      switch target.kind {
      case .gene:
        if target.preferredName == document.approvedSymbol || target.preferredName == document.symbol { return nil }
        if target.needsGeneContext, !GeneContext.surrounds(masked, start, end) { continue }
      case .drug, .metabolite:
        if ProteinNameContext.follows(masked, end) { continue }
      default:
        break
      }
      return target
    }
    return nil
  }

  // MARK: - Checks

  /// Whether text starts with an upper-case letter.
  private static func startsWithCapital(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first else { return false }
    if first < 0x80 { return ByteClass.isUppercase(first) }
    return String(decoding: text.prefix(4), as: UTF8.self).unicodeScalars.first?.properties.isUppercase == true
  }

  /// Whether a match ending at `end` ends a word: its last character is no letter or digit, or the next one is not.
  private static func endsWord(_ text: UnsafeBufferPointer<UInt8>, _ end: Int, limit: Int) -> Bool {
    guard end < limit, end > 0 else { return true }
    var last = end - 1
    while last > 0, text[last] & 0xC0 == 0x80 { last -= 1 }
    guard NameNormalizer.character(text, at: last).kind == .word else { return true }
    return NameNormalizer.character(text, at: end).kind != .word
  }

  /// Whether the sentence before a bare star allele (`*3C`) names a gene: a word shaped like a symbol that holds a
  /// digit, or is the document's symbol or a symbol in the gene table.
  private func namesGeneBefore(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ lower: Int, _ document: Document)
    -> Bool
  {
    var index = start
    let floor = max(lower, start - 300)
    while index > floor {
      let byte = text[index - 1]
      if byte == NameNormalizer.hard { return false }
      if byte == UInt8(ascii: "."), index < text.count, ByteClass.isWhitespace(text[index]) { return false }
      guard byte == UInt8(ascii: "-") || ByteClass.isAlphanumeric(byte) else {
        index -= 1
        continue
      }
      var wordStart = index - 1
      while wordStart > floor, ByteClass.isAlphanumeric(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "-") {
        wordStart -= 1
      }
      let word = Array(UnsafeBufferPointer(rebasing: text[wordStart..<index]))
      if SymbolShape.matches(word) {
        let symbol = String(decoding: word, as: UTF8.self)
        if word.contains(where: ByteClass.isDigit) || symbol == document.symbol || symbol == document.approvedSymbol {
          return true
        }
        if case .approved = reference?.geneTable?.lookup(symbol) { return true }
      }
      index = wordStart
    }
    return false
  }

  /// Whether a variant's text is an approved gene symbol (`F11R` is a gene, not a protein change).
  private static func isApprovedSymbol(
    _ source: UnsafeBufferPointer<UInt8>, _ found: VariantScanner.Found, _ table: GeneTable
  ) -> Bool {
    let text = String(decoding: UnsafeBufferPointer(rebasing: source[found.start..<found.end]), as: UTF8.self)
    if case .approved = table.lookup(text) { return true }
    return false
  }
}

/// Maps decoded offsets to 1-based lines and byte columns of the input.
private struct Positions {
  let offsets: DecodedOffsets
  let lines: LineIndex

  init(document: MentionFinder.Document) {
    offsets = document.offsets
    lines = document.offsets.isIdentity ? document.markdown.lines : LineIndex(document.input)
  }

  func location(_ offset: Int) -> SourceLocation {
    lines.location(ofOffset: offsets.isIdentity ? offset : offsets.inputOffset(offset))
  }
}
