/// Finds the mentions of one converted document (SPEC §7): the one place that runs the name matcher and the variant
/// scanner over a document and turns what they find into ``Mention``s.
///
/// Both read ``MentionText`` (markup and what lies outside sections masked); their candidates are then chosen
/// leftmost first, the longest of those starting at one place, none overlapping another. A name is a whole word;
/// a name that must match as written is compared with the text byte for byte. Text that is the document's own
/// symbol is never a mention, nor is any part of the document's own name where it is written (`Calcium` in `Calcium
/// Voltage-Gated Channel Subunit Alpha1 S`, `Lymphoma` in `Casitas B-lineage Lymphoma`). Positions are mapped back to
/// the input's bytes (``DecodedOffsets``).
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
    /// The gene's name as the document states it.
    var name: String? = nil
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
    /// Which wins among candidates of one span: a gene, then a vocabulary name, then a variant.
    let rank: Int
    /// The target chosen for a name or gene; nil for a variant.
    var target: NameTarget?
    /// For a variant, its shape.
    var shape = 0
    /// For a drug, whether the words beside it name the body's own substance (``BodilyRoleContext``).
    var bodily = false
  }

  /// The document's mentions, in document order.
  func mentions(in document: Document) -> [Mention] {
    let source = document.markdown.source
    guard !source.isEmpty else { return [] }
    let text = MentionText(source: source, ranges: document.sections.map(\.range))
    var candidates: [Candidate] = []
    var occurrences: [NameTrie.Occurrence] = []
    text.bytes.withUnsafeBufferPointer { masked in
      source.withUnsafeBufferPointer { source in
        for (range, _) in document.sections {
          let lower = max(0, min(range.lowerBound, masked.count))
          let upper = max(lower, min(range.upperBound, masked.count))
          if let matcher = reference?.matcher, !matcher.isEmpty {
            occurrences.removeAll(keepingCapacity: true)
            matcher.trie.scan(masked, range: lower..<upper, into: &occurrences)
            for found in occurrences {
              guard
                let target = chooseTarget(
                  matcher.targets(ofName: found.name), masked, source, found.start, found.end, document,
                  isGeneName: reference?.geneFullNames.contains(found.name) == true)
              else { continue }
              let bodily = target.kind == .drug && BodilyRoleContext.surrounds(masked, found.start, found.end)
              candidates.append(
                Candidate(start: found.start, end: found.end, rank: 1, target: target, bodily: bodily))
            }
          }
          if let table = reference?.geneTable {
            genes(in: masked, source, lower..<upper, table, document, into: &candidates)
          }
          for found in variants.scan(masked, range: lower..<upper, digitRuns: text.digitRuns) {
            if variants.shape(found.shape).needsGeneBefore, !namesGeneBefore(masked, found.start, lower, document) {
              continue
            }
            if reference?.geneTable.map({ Self.isApprovedSymbol(source, found, $0) }) == true { continue }
            candidates.append(Candidate(start: found.start, end: found.end, rank: 2, shape: found.shape))
          }
        }
      }
    }
    return chosen(candidates, document)
  }

  // MARK: - Choosing

  /// Leftmost first, longest at one start (a gene, then a name, then a variant of the same span), none overlapping.
  private func chosen(_ candidates: [Candidate], _ document: Document) -> [Mention] {
    let ordered = candidates.enumerated().sorted { left, right in
      let (a, b) = (left.element, right.element)
      if a.start != b.start { return a.start < b.start }
      if a.end != b.end { return a.end > b.end }
      if a.rank != b.rank { return a.rank < b.rank }
      return left.offset < right.offset
    }
    var kept: [Candidate] = []
    var lastEnd = -1
    let source = document.markdown.source
    let ownName =
      ordered.isEmpty
      ? [] : document.name.map { ByteSearch.ranges(of: Array($0.utf8), in: source, ignoringASCIICase: true) } ?? []
    for (_, candidate) in ordered where candidate.start >= lastEnd {
      let written = source[candidate.start..<candidate.end]
      if let symbol = document.symbol, written.elementsEqual(symbol.utf8) { continue }
      if let symbol = document.approvedSymbol, written.elementsEqual(symbol.utf8) { continue }
      if ownName.contains(where: { $0.lowerBound <= candidate.start && candidate.end <= $0.upperBound }) { continue }
      lastEnd = candidate.end
      kept.append(candidate)
    }
    // A drug the document once names as the body's own substance is the body's own wherever it names it.
    let bodily = Set(kept.lazy.filter(\.bodily).compactMap { $0.target.map(Self.identity) })
    var mentions: [Mention] = []
    let positions = Positions(document: document)
    for var candidate in kept {
      if !bodily.isEmpty, let target = candidate.target, target.kind == .drug, bodily.contains(Self.identity(target)) {
        candidate.target = target.asMetabolite
      }
      let written = source[candidate.start..<candidate.end]
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
        let shape = variants.shape(candidate.shape)
        mentions.append(
          Mention(
            kind: .variant, text: text, id: shape.isOwnID ? text.lowercased() : nil, vocabulary: nil, section: section,
            line: location.line, column: location.column))
      }
    }
    return mentions
  }

  /// What makes two drug targets one substance: their vocabulary and id, or their preferred name without an id.
  private static func identity(_ target: NameTarget) -> String {
    "\(target.vocabulary)\u{1F}\(target.id ?? target.preferredName)"
  }

  /// The first target a match may stand for: one that needs no exact spelling or whose spelling the text has, and,
  /// for a drug or metabolite, not a protein's name (``ProteinNameContext``, ``GeneFullNames``).
  private func chooseTarget(
    _ targets: ArraySlice<NameTarget>, _ masked: UnsafeBufferPointer<UInt8>, _ source: UnsafeBufferPointer<UInt8>,
    _ start: Int, _ end: Int, _ document: Document, isGeneName: Bool
  ) -> NameTarget? {
    let written = UnsafeBufferPointer(rebasing: source[start..<end])
    for target in targets {
      if let exact = target.exact, !written.elementsEqual(exact.utf8) { continue }
      if target.needsCapital, !Self.startsWithCapital(written) { continue }
      switch target.kind {
      case .drug, .metabolite:
        if isGeneName || ProteinNameContext.follows(masked, end) { continue }
      default:
        break
      }
      return target
    }
    return nil
  }

  // MARK: - Genes

  /// Other genes' approved symbols, written exactly (SPEC §7): each word that starts with a capital and holds a
  /// digit or another capital (`CDK4`, `HLA-B`, `SET`), looked up whole and then cut at each hyphen from the end
  /// (`CYP2C19-mediated` → `CYP2C19`); a symbol that is a common word or of three capitals or fewer needs gene-like
  /// words beside it (``GeneContext``); the document's own symbol is none.
  private func genes(
    in masked: UnsafeBufferPointer<UInt8>, _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ table: GeneTable, _ document: Document, into candidates: inout [Candidate]
  ) {
    let scanned = UnsafeBufferPointer(rebasing: masked[..<range.upperBound])
    var index = range.lowerBound
    while true {
      index = ByteClass.nextCapitalStart(in: scanned, from: index, lower: range.lowerBound)
      guard index < range.upperBound else { return }
      var end = index
      var capitals = 0
      var digits = 0
      while end < range.upperBound, end - index < 32, Self.isSymbolByte(masked[end]) {
        if ByteClass.isUppercase(masked[end]) { capitals += 1 }
        if ByteClass.isDigit(masked[end]) { digits += 1 }
        end += 1
      }
      defer { index = end }
      guard capitals >= 2 || digits >= 1 else { continue }
      var cut = end
      while cut > index + 1 {
        while cut > index + 1, masked[cut - 1] == UInt8(ascii: "-") { cut -= 1 }
        let word = UnsafeBufferPointer(rebasing: source[index..<cut])
        if let entryIndex = table.approvedIndex(exactly: word) {
          let entry = table.entry(at: entryIndex)
          if entry.symbol != document.approvedSymbol, entry.symbol != document.symbol {
            let target = NameTarget(gene: entry, vocabulary: table.source(ofEntryAt: entryIndex))
            if !target.needsGeneContext || GeneContext.surrounds(masked, index, cut) {
              candidates.append(Candidate(start: index, end: cut, rank: 0, target: target))
            }
          }
          break
        }
        // Cut at the last hyphen and try the shorter word.
        var hyphen = cut - 1
        while hyphen > index, masked[hyphen] != UInt8(ascii: "-") { hyphen -= 1 }
        guard hyphen > index else { break }
        cut = hyphen
      }
    }
  }

  /// A byte a gene symbol is made of.
  private static func isSymbolByte(_ byte: UInt8) -> Bool {
    ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
  }

  // MARK: - Checks

  /// Whether text starts with an upper-case letter.
  private static func startsWithCapital(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first else { return false }
    if first < 0x80 { return ByteClass.isUppercase(first) }
    return String(decoding: text.prefix(4), as: UTF8.self).unicodeScalars.first?.properties.isUppercase == true
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
      while wordStart > floor, ByteClass.isAlphanumeric(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: "-")
      {
        wordStart -= 1
      }
      let word = UnsafeBufferPointer(rebasing: text[wordStart..<index])
      if SymbolShape.matches(word) {
        if word.contains(where: ByteClass.isDigit) { return true }
        if let symbol = document.symbol, word.elementsEqual(symbol.utf8) { return true }
        if let symbol = document.approvedSymbol, word.elementsEqual(symbol.utf8) { return true }
        if let table = reference?.geneTable, table.approvedIndex(exactly: word) != nil { return true }
      }
      index = wordStart
    }
    return false
  }

  /// Whether a variant's text is an approved gene symbol (`F11R` is a gene, not a protein change).
  private static func isApprovedSymbol(
    _ source: UnsafeBufferPointer<UInt8>, _ found: VariantScanner.Found, _ table: GeneTable
  ) -> Bool {
    table.isApproved(exactly: UnsafeBufferPointer(rebasing: source[found.start..<found.end]))
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
