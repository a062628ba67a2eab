/// One reading of one text by ``IdentityReader``.
struct IdentityReading {
  let text: IdentityText
  let isTitle: Bool
  /// The symbol the document states outside this text (front matter, title, file name), for the rows that need it.
  let statedSymbol: String?

  // The rows unretained: they live as long as the program (``IdentityPhrasing/all``), and a counted reference was
  // retained and released at every row tried, by every thread on the same objects (under `--jobs 2` those contended
  // retains were 4% of the run).
  private static let intros = rows { $0.role == .intro }
  private static let tails = rows { $0.role == .tail && !$0.titleOnly }
  private static let titleTails = rows { $0.role == .tail }
  private static let sentenceRows = rows { $0.role == .sentence }

  private static func rows(_ included: (IdentityPhrasing) -> Bool) -> [Unmanaged<IdentityPhrasing>] {
    IdentityPhrasing.all.filter(included).map(Unmanaged.passUnretained)
  }
  private static let aliasParenthesis = PatternStep.compile([.aliasParenthesis])
  /// `(HGNC:1234)`, `(Entrez: 5678)`: an identifier in parentheses.
  private static let identifierParenthesis = PatternStep.compile([
    .token(.open), .token(.word), .token(.colon), .skipToClose, .token(.close),
  ])

  init(_ text: IdentityText, isTitle: Bool, statedSymbol: String? = nil) {
    self.text = text
    self.isTitle = isTitle
    self.statedSymbol = statedSymbol
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
    let parenthesizedSymbol = text.hasParenthesizedSymbol
    // `In humans, SYM (…) is …`: after a short lead phrase the subject starts, so the intros are tried there first
    // (at the start, the first parenthesis would be taken for the symbol's: `In humans, SYM, …, binds PGE2 (…)`).
    var matches: [IntroMatch] = []
    if let subject = Self.afterLeadPhrase(start) {
      matches = introMatches(at: subject, parenthesizedSymbol: parenthesizedSymbol)
    }
    if matches.isEmpty { matches = introMatches(at: start, parenthesizedSymbol: parenthesizedSymbol) }
    matches.removeAll { intro in
      guard intro.intro.symbolNeedsStatement else { return false }
      guard let stated = statedSymbol, let symbol = text.token(intro.symbol) else { return true }
      return !text.originalBytes(symbol).elementsEqual(stated.utf8)
    }
    matches.removeAll { intro in
      guard intro.intro.symbolNeedsAlignedName else { return false }
      guard let name = intro.match.name, let symbol = text.token(intro.symbol) else { return true }
      return !AcronymAlignment.aligns(short: text.originalBytes(symbol), with: name, in: text)
    }
    // `DAOA, also known as G72, …` and `TMEM9 (Transmembrane 9), also known as …` are no name before a symbol: a
    // lone symbol-shaped word, or one that a parenthesis follows, is the gene's symbol.
    matches.removeAll { intro in
      guard let name = intro.match.name, name.last < intro.symbol, let first = text.token(name.first),
        first.isSymbolShaped
      else { return false }
      return name.first == name.last || text.token(name.first + 1)?.kind == .open
    }
    // `ELAV Like RNA Binding Protein 2 (ELAVL2) …`: a symbol-shaped word inside another intro's name is not the
    // gene's symbol.
    let names = matches.compactMap(\.match.name)
    matches.removeAll { match in names.contains { $0.first <= match.symbol && match.symbol <= $0.last } }
    var best: Finding?
    for (intro, match, symbol) in matches {
      var found = Finding(intro: intro, symbol: symbol)
      found.aliases = Array(match.aliases)
      var candidates: [NameCandidate] = []
      if let span = match.name { candidates.append(NameCandidate(span: span, evidence: intro.evidence, row: intro.id)) }
      offer(after: symbol, from: match.end.index, introEnd: match.end, to: &found, candidates: &candidates)
      // With one symbol and one candidate, the score decides nothing.
      judge(candidates, into: &found, decidesNothing: matches.count == 1 && candidates.count == 1)
      found.aliases += aliasMentions()
      if best == nil || found.score > best?.score ?? 0 { best = found }
    }
    return best
  }

  /// An intro that matched, with the symbol it found.
  private typealias IntroMatch = (intro: IdentityPhrasing, match: PatternMatch, symbol: Int)

  /// The intros that match at `start` (those needing `( SYMBOL )` only when the text has one), each with its symbol.
  private func introMatches(at start: TokenCursor, parenthesizedSymbol: Bool) -> [IntroMatch] {
    var matches: [IntroMatch] = []
    for row in Self.intros {
      let found = row._withUnsafeGuaranteedRef { intro -> (PatternMatch, Int)? in
        guard parenthesizedSymbol || !intro.needsParenthesizedSymbol, let match = intro.match(at: start),
          let symbol = match.symbol
        else { return nil }
        return (match, symbol)
      }
      if let (match, symbol) = found { matches.append((row.takeUnretainedValue(), match, symbol)) }
    }
    return matches
  }

  /// The most words a lead phrase (``afterLeadPhrase(_:)``) holds.
  private static let leadPhraseWords = 8

  /// Where the subject starts after a lead phrase at `start`: a preposition or participle (``WordClass/leadIn``), at
  /// most ``leadPhraseWords`` words with no symbol-shaped one, then a comma (`In humans,`, `Within the human genome,`).
  private static func afterLeadPhrase(_ start: TokenCursor) -> TokenCursor? {
    var look = start
    guard look.take(.leadIn) else { return nil }
    var words = 1
    while let token = look.peek(), token.kind == .word, !token.isSymbolShaped {
      words += 1
      guard words <= leadPhraseWords else { return nil }
      _ = look.next()
    }
    return look.take(.comma) != nil ? look : nil
  }

  /// `finding` with the names stated by the tokens from `start` on (sentences added after it was made). Later
  /// sentences count only where they say a phrase is the name (``NameEvidence/stated``): beside a later mention of
  /// the symbol, a phrase that merely aligns with it was as often a description (`… is present in most
  /// vertebrates`) as a name.
  func extend(_ finding: Finding, fromToken start: Int) -> Finding {
    var extended = finding
    var candidates: [NameCandidate] = []
    offer(after: finding.symbol, from: start, introEnd: nil, to: &extended, candidates: &candidates, statedOnly: true)
    judge(candidates, into: &extended)
    return extended
  }

  // MARK: - Weighing one symbol

  /// The names (and first-sentence aliases) the tails offer at the intro's end and after the symbol wherever the
  /// text names it again from token `start` on, and the sentence rows at the sentences that start there.
  private func offer(
    after symbol: Int, from start: Int, introEnd: TokenCursor?, to finding: inout Finding,
    candidates: inout [NameCandidate], statedOnly: Bool = false
  ) {
    guard let symbolToken = text.token(symbol) else { return }
    var positions: [TokenCursor] = introEnd.map { [$0] } ?? []
    var index = max(start, symbol + 1)
    while let token = text.token(index) {
      if text.sameText(token, symbolToken) { positions.append(TokenCursor(text, at: index + 1)) }
      index += 1
    }
    // A parenthesis of other symbols right after the symbol (`FOO1 (also known as BAR2) stands for …`) holds
    // aliases, and the tails are tried after it as well; so they are after an identifier's (`FOO1 (HGNC:1234)`).
    for position in positions {
      if let parenthesis = PatternMatch.match(Self.aliasParenthesis, at: position) {
        if text.sentence(ofToken: position.peekIndex) == 0 { finding.aliases += parenthesis.aliases }
        positions.append(parenthesis.end)
      } else if let parenthesis = PatternMatch.match(Self.identifierParenthesis, at: position) {
        positions.append(parenthesis.end)
      }
    }
    let tails = isTitle ? Self.titleTails : Self.tails
    for position in positions {
      for row in tails {
        guard
          let (found, evidence, id) = row._withUnsafeGuaranteedRef({ tail -> (PatternMatch, NameEvidence, String)? in
            guard !statedOnly || tail.evidence == .stated, let found = tail.match(at: position) else { return nil }
            return (found, tail.evidence, tail.id)
          })
        else { continue }
        if text.sentence(ofToken: position.peekIndex) == 0 {
          finding.aliases += found.aliases
          if let other = found.otherName { finding.aliasNames.append(other) }
        }
        if let span = found.name {
          candidates.append(
            NameCandidate(
              span: span, evidence: evidence, row: id,
              longFormOf: evidence == .aliasLongForm ? found.aliases.first : nil
            ))
        }
      }
    }
    for sentenceStart in sentenceStarts() where sentenceStart >= start {
      for row in Self.sentenceRows {
        let cursor = TokenCursor(text, at: sentenceStart)
        guard
          let candidate = row._withUnsafeGuaranteedRef({ sentence -> NameCandidate? in
            guard let span = sentence.match(at: cursor)?.name else { return nil }
            return NameCandidate(span: span, evidence: sentence.evidence, row: sentence.id)
          })
        else { continue }
        candidates.append(candidate)
      }
    }
  }

  /// Keeps the best-scored name among `candidates` (and one already in `finding`); rejected parentheses of the first
  /// sentence become aliases.
  private func judge(_ candidates: [NameCandidate], into finding: inout Finding, decidesNothing: Bool = false) {
    guard !candidates.isEmpty, let symbolToken = text.token(finding.symbol) else { return }
    let judge = NameJudge(text: text, symbol: symbolToken)
    var bestScore: Int? = finding.name == nil ? nil : finding.score
    for candidate in candidates {
      switch judge.verdict(candidate, alone: decidesNothing) {
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
    let tokens = text.tokens
    var index = 0
    while index < tokens.count, text.sentence(ofToken: index) == 0 {
      var cursor = TokenCursor(text, at: index)
      // Only a word the index marks as starting an alias marker is tried.
      if tokens[index].flags.contains(.aliasMarker), cursor.take(.aliasMarker) {
        if let period = cursor.peek(), period.kind == .period, !period.spaceBefore { _ = cursor.next() }  // `a.k.a.`
        if let aliases = AliasList.read(&cursor) {
          found += Array(aliases)
        } else if let word = cursor.peek(), WordShape.isProteinWord(word, in: text),
          AliasList.endsAlias(after: cursor.peekIndex, in: text)
        {
          // `also known as megalin`, `also known as osteopontin (OPN)`: a protein's name, and its symbol after it.
          found.append(cursor.peekIndex)
          _ = cursor.next()
          var inner = cursor
          if inner.take(.open) != nil, let aliases = AliasList.read(&inner), inner.take(.close) != nil {
            found += Array(aliases)
            cursor = inner
          }
        }
        index = max(index + 1, cursor.index)
        continue
      }
      index += 1
    }
    return found
  }

  // MARK: - The result

  func identity(of finding: Finding) -> ProseIdentity {
    var identity = ProseIdentity()
    identity.symbol = text.token(finding.symbol).map(text.string)
    identity.name = finding.name.flatMap(string)
    var seen: Set<String> = []
    var aliases: [(position: Int, text: String)] = []
    for index in finding.aliases {
      guard let token = text.token(index), !isInName(index, finding.name), !WordShape.isCommonWord(token, in: text)
      else { continue }
      aliases.append((index, text.string(token)))
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

  /// A span's text, without markup, punctuation or white space around it.
  private func string(_ span: NameSpan) -> String? {
    guard var bytes = text.bytes(from: span.first, through: span.last) else { return nil }
    let strip: (UInt8) -> Bool = { byte in
      ByteClass.isWhitespace(byte) || "*_`,.;:".utf8.contains(byte)
    }
    while let last = bytes.last, strip(last) { bytes = bytes.dropLast() }
    while let first = bytes.first, strip(first) { bytes = bytes.dropFirst() }
    return bytes.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
  }
}
