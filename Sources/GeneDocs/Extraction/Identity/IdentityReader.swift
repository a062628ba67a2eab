/// Reads the gene symbol, name and aliases a first paragraph or a `# TITLE` line states (SPEC §1, §6).
///
/// The text is tokenized once (``IdentityText``). Each intro phrasing (``IdentityPhrasing/all``) that matches at
/// its start offers a symbol; for each, every tail phrasing is tried after the symbol wherever it stands in the
/// paragraph, sentence phrasings at every sentence, and the names they capture are weighed by ``NameJudge``. The
/// symbol whose evidence is best wins (earlier intros on ties), with its best name or none. Aliases are the other
/// symbols the first sentence gives (`also known as`, `formerly`, `(MRP2)`, a parenthesis that does not align),
/// never a word of the name, the symbol itself, a Greek letter or a common word.
enum IdentityReader {
  /// What a summary's first paragraph states (all nil and empty when it states no symbol).
  static func read(paragraph: String) -> ProseIdentity {
    IdentityReading(IdentityText(paragraph), isTitle: false).identity() ?? ProseIdentity()
  }

  /// What a title states, or nil when it states no symbol.
  static func read(title: String) -> ProseIdentity? {
    IdentityReading(IdentityText(title), isTitle: true).identity()
  }
}

/// One reading of one text by ``IdentityReader``.
struct IdentityReading {
  let text: IdentityText
  let isTitle: Bool

  private static let intros = IdentityPhrasing.all.filter { $0.role == .intro }
  private static let tails = IdentityPhrasing.all.filter { $0.role == .tail && !$0.titleOnly }
  private static let titleTails = IdentityPhrasing.all.filter { $0.role == .tail }
  private static let sentenceRows = IdentityPhrasing.all.filter { $0.role == .sentence }

  init(_ text: IdentityText, isTitle: Bool) {
    self.text = text
    self.isTitle = isTitle
  }

  /// A symbol and what was found for it.
  struct Finding {
    let intro: IdentityPhrasing
    let symbol: Int
    var name: NameSpan?
    var nameRow: String?
    var score = 0
    var aliases: [Int] = []
    var aliasNames: [NameSpan] = []
  }

  /// The identity the text states, or nil when it states no symbol.
  func identity() -> ProseIdentity? {
    finding().map(identity(of:))
  }

  /// The best finding: the intro whose symbol has the best-scored name; earlier intros win ties.
  func finding() -> Finding? {
    var start = TokenCursor(text)
    while start.take(.openQuote) != nil {}
    var best: Finding?
    for intro in Self.intros {
      guard let match = intro.match(at: start), let symbol = match.symbol else { continue }
      let found = weigh(intro: intro, match: match, symbol: symbol)
      if best == nil || found.score > best?.score ?? 0 { best = found }
    }
    return best
  }

  // MARK: - Weighing one symbol

  private func weigh(intro: IdentityPhrasing, match: PatternMatch, symbol: Int) -> Finding {
    var finding = Finding(intro: intro, symbol: symbol)
    guard let symbolToken = text.token(symbol) else { return finding }
    var candidates: [NameCandidate] = []
    finding.aliases = match.aliases
    if let span = match.name { candidates.append(NameCandidate(span: span, evidence: intro.evidence, row: intro.id)) }

    // Tails after the symbol, and after every later time the paragraph names it.
    var positions = [match.end]
    var index = symbol + 1
    while let token = text.token(index) {
      if text.sameText(token, symbolToken) { positions.append(TokenCursor(text, at: index + 1)) }
      index += 1
    }
    for position in positions {
      for tail in isTitle ? Self.titleTails : Self.tails {
        guard let found = tail.match(at: position) else { continue }
        if text.sentence(ofToken: position.peekIndex) == 0 {
          finding.aliases += found.aliases
          finding.aliasNames += found.otherNames
        }
        if let span = found.name {
          candidates.append(
            NameCandidate(
              span: span, evidence: tail.evidence, row: tail.id,
              longFormOf: tail.evidence == .aliasLongForm ? found.aliases.first : nil))
        }
      }
    }
    for start in sentenceStarts() {
      for row in Self.sentenceRows {
        guard let found = row.match(at: TokenCursor(text, at: start)), let span = found.name else { continue }
        candidates.append(NameCandidate(span: span, evidence: row.evidence, row: row.id))
      }
    }

    let judge = NameJudge(text: text, symbol: symbolToken)
    var bestScore: Int?
    for candidate in candidates {
      switch judge.verdict(candidate) {
      case .name(let span, let score):
        if bestScore == nil || score > bestScore ?? 0 {
          bestScore = score
          finding.name = span
          finding.nameRow = candidate.row
        }
      case .alias(let span):
        if text.sentence(ofToken: span.first) == 0 { finding.aliasNames.append(span) }
      case .rejected:
        break
      }
    }
    finding.score = bestScore ?? 0
    finding.aliases += aliasMentions()
    return finding
  }

  /// The indices of the tokens that start a sentence after the first.
  private func sentenceStarts() -> [Int] {
    var starts: [Int] = []
    var previous = 0
    for (index, sentence) in text.sentences.enumerated() where sentence != previous {
      starts.append(index)
      previous = sentence
    }
    return starts
  }

  /// Symbols named after `also known as`, `formerly`, `aka` in the first sentence.
  private func aliasMentions() -> [Int] {
    var found: [Int] = []
    var cursor = TokenCursor(text)
    while let token = cursor.peek(), text.sentence(ofToken: cursor.peekIndex) == 0 {
      if token.kind == .word, cursor.take(.aliasMarker) {
        if let period = cursor.peek(), period.kind == .period, !period.spaceBefore { _ = cursor.next() }  // `a.k.a.`
        if let aliases = AliasList.read(&cursor) { found += aliases }
        continue
      }
      _ = cursor.next()
    }
    return found
  }

  // MARK: - The result

  private func identity(of finding: Finding) -> ProseIdentity {
    var identity = ProseIdentity()
    identity.symbol = text.token(finding.symbol).map { String(decoding: text.originalBytes($0), as: UTF8.self) }
    identity.name = finding.name.flatMap(string)
    var seen: Set<String> = []
    var aliases: [(position: Int, text: String)] = []
    for index in finding.aliases {
      guard let token = text.token(index), !isInName(index, finding.name), !WordShape.isCommonWord(token, in: text)
      else { continue }
      aliases.append((index, String(decoding: text.originalBytes(token), as: UTF8.self)))
    }
    for span in finding.aliasNames where !(finding.name.map { $0.first <= span.first && span.last <= $0.last } ?? false)
    {
      if let alias = string(span) { aliases.append((span.first, alias)) }
    }
    aliases.sort { $0.position < $1.position }
    for alias in aliases {
      guard alias.text != identity.symbol, alias.text != identity.name,
        !IdentityResolver.sameSymbol(alias.text, identity.symbol ?? ""), seen.insert(alias.text).inserted
      else { continue }
      identity.aliases.append(alias.text)
    }
    return identity
  }

  private func isInName(_ index: Int, _ name: NameSpan?) -> Bool {
    guard let name else { return false }
    return name.first <= index && index <= name.last
  }

  /// A span's text, without markup or punctuation around it.
  private func string(_ span: NameSpan) -> String? {
    guard let raw = text.string(from: span.first, through: span.last) else { return nil }
    var name = Substring(raw)
    let strip: Set<Character> = ["*", "_", "`", ",", ".", ";", ":"]
    while let last = name.last, strip.contains(last) { name = name.dropLast() }
    while let first = name.first, strip.contains(first) { name = name.dropFirst() }
    let trimmed = name.trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
