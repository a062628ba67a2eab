/// Weighs the names phrasings offer for one symbol and keeps the best, or none (SPEC §6: a doubtful name is null).
///
/// A candidate must have a name's shape: it does not open with an article, a pronoun or a description (`a
/// kinase`, `part of`, `gene that …`), does not end in a word that leaves it unfinished (`of`, `and`), is not
/// another symbol alone (`PD-L1`: an alias) nor a symbol followed by its own long form (`PDF7 (…)`). Then the
/// evidence counts: a phrase that says it is the name (`stands for`, `known as`, `, or`) is kept; one that only
/// stands beside the symbol (`SYM (X)`, `SYM encodes X`, `X (SYM)`, `SYM, X,`) is kept when the symbol aligns with
/// it as an acronym (``AcronymAlignment``), it contains the symbol (`GNAS complex locus`, `CD14 molecule`), or their
/// initials agree (the symbol's first letter opens it, half of the others follow in order: `LMRK2, the gene for Lamin
/// Kinase Regulator 2,`, where `Lamin` has no `r` before `Kinase`); a parenthesis that does none of these is an
/// alias. Among the kept, the highest score wins: the evidence, alignment, the
/// first sentence over later ones, and a name that is only the symbol again last.
struct NameJudge {
  let text: IdentityText
  /// The symbol's token.
  let symbol: IdentityToken
  private let short: AcronymAlignment.ShortForm
  /// The symbol's letters in lower case, for the initials the description cuts must keep.
  private let letters: [UInt8]

  init(text: IdentityText, symbol: IdentityToken) {
    self.text = text
    self.symbol = symbol
    self.short = AcronymAlignment.ShortForm(text.originalBytes(symbol))
    self.letters = text.lowerBytes(symbol).filter(ByteClass.isLowercase)
  }

  /// What the judge makes of a candidate.
  enum Verdict {
    /// A name, with its score and its span after trimming.
    case name(NameSpan, score: Int)
    /// Not the name, but another name of the gene.
    case alias(NameSpan)
    case rejected
  }

  /// The judge's verdict on `candidate`. With `alone` (no other candidate and no other symbol to weigh it against)
  /// a stated name is not aligned: alignment would only change a score nothing is compared with.
  func verdict(_ candidate: NameCandidate, alone: Bool = false) -> Verdict {
    guard hasNameShape(candidate.span) else { return .rejected }
    // A description's opening word opens a name only where a phrasing says it is one or it stands in the
    // parenthesis after the symbol: `RPA is required for DNA replication and repair` aligns by chance.
    if candidate.evidence < .parenthesized, opensWithDescription(candidate.span) { return .rejected }
    if candidate.evidence == .stated, isNickname(candidate.span) { return .rejected }
    if alone, candidate.evidence == .stated {
      return .name(candidate.span, score: Self.weight(.stated) - (isOnlyTheSymbol(candidate.span) ? 50 : 0))
    }
    let containsSymbol = contains(candidate.span)
    let long = AcronymAlignment.LongForm(candidate.span, in: text)
    // An alignment that starts inside the phrase at a word no name opens with (`dispensable for viability but required
    // for efficient repression` for `FDN7I`, from `for`) is chance, not an acronym.
    let alignedStart = AcronymAlignment.start(short, long).flatMap { start in
      start > candidate.span.first && TokenCursor(text, at: start).sees(.notNameStart) ? nil : start
    }
    let supported = containsSymbol || alignedStart != nil
    var span = candidate.span
    switch candidate.evidence {
    case .stated:
      break
    case .parenthesized:
      // Right after the symbol, a phrase that starts with the symbol's first letter and holds half of the rest in
      // order is its name (`DDO (D-aspartate oxidase)`).
      guard supported || AcronymAlignment.initialsAgree(short, long) else {
        return isOnlyTheSymbol(span) ? .rejected : .alias(span)
      }
    case .structural:
      // Official symbols whose letters do not align are common (`Lamin Kinase Regulator 2` for `LMRK2`): the looser
      // initials test admits them; a description does not pass it (`lipid metabolism` for `LMRK3`).
      guard supported || AcronymAlignment.initialsAgree(short, long),
        AcronymAlignment.isShortEnough(short, words: wordCount(candidate.span))
      else {
        return .rejected
      }
      // Schwartz & Hearst's long form starts where the symbol's first letter matched: `the enzyme tyrosine
      // hydroxylase` → `tyrosine hydroxylase`.
      // Only descriptions are cut off (lower-case words, `human`, a sentence's first word before a lower-case
      // one): `Major Histocompatibility Complex, Class II, DO Beta`, `DNA polymerase gamma` stay whole. Nor are
      // words whose initials spell more of the symbol: `ribonucleotide reductase regulatory subunit M2` for
      // `RRM2`, where the letters also align inside `regulatory`.
      if let nameStart = afterDescription(span, before: containsSymbol ? symbolWord(in: span) : alignedStart) {
        // `the enzyme ankyrin repeat and SOCS box containing 5`, `human SUFU …`: a description's opening words.
        span = NameSpan(first: nameStart, last: span.last, quoted: span.quoted)
      } else if !containsSymbol, let start = alignedStart, start > span.first,
        let nameStart = descriptionEnd(span.first..<start)
      {
        let trimmed = NameSpan(first: nameStart, last: span.last, quoted: span.quoted)
        if initialsMatched(trimmed, letters) >= initialsMatched(span, letters) {
          span = trimmed
          guard hasNameShape(span) else { return .rejected }
        }
      } else if containsSymbol, let start = symbolWord(in: span), start > span.first, start < span.last,
        descriptionEnd(span.first..<start) == start
      {
        // A description before a name that opens with the symbol: `the enzyme FER tyrosine kinase`, `human SUFU
        // negative regulator of hedgehog signaling`. No NCBI name holds the symbol after a kind noun with words after
        // it (0 of 77,614), so the cut cannot open a name in its middle.
        span = NameSpan(first: start, last: span.last, quoted: span.quoted)
      }
    case .aliasLongForm:
      guard let alias = candidate.longFormOf.flatMap(text.token) else { return .rejected }
      let aliasShort = AcronymAlignment.ShortForm(text.originalBytes(alias))
      guard AcronymAlignment.start(aliasShort, long) != nil || AcronymAlignment.initialsAgree(aliasShort, long),
        !isPlaceholderName(span)
      else {
        return .rejected
      }
    }
    if candidate.evidence == .structural || candidate.evidence == .parenthesized {
      span = withoutProductWord(span, aligned: supported)
    }
    var score = Self.weight(candidate.evidence)
    // Alignment outweighs a plainer phrasing: `Cadherin 2 (CDH2), also known as N-cadherin` names `Cadherin 2`.
    if supported { score += 25 }
    if isOnlyTheSymbol(span) { score -= 50 }
    score -= 15 * text.sentence(ofToken: span.first)
    return .name(span, score: score)
  }

  private static func weight(_ evidence: NameEvidence) -> Int {
    switch evidence {
    case .stated: 40
    case .parenthesized: 30
    case .structural: 20
    case .aliasLongForm: 10
    }
  }

  private static let protein = Array("protein".utf8)
  private static let orf = Array("orf".utf8)
  private static let placeholder = ["open", "reading", "frame"].map { Array($0.utf8) }
  private static let knownAsEnds = ["as", "called", "named", "termed"].map { Array($0.utf8) }

  /// `SYM, also known as the guardian of the genome,`: a phrase after `known as the` (`called the`, `named the`,
  /// `termed the`), in lower case, that neither aligns with the symbol, nor holds it, nor agrees with its initials
  /// is a description the gene goes by, not its name. Elsewhere such phrases are mostly official names (160 of
  /// 14,042 lower-case NCBI names fail the three tests, such as `galectin 4` for `LGALS4`), so there they count.
  private func isNickname(_ span: NameSpan) -> Bool {
    guard let first = text.token(span.first), isLowercase(first), span.first > 1,
      TokenCursor(text, at: span.first - 1).sees(.the),
      let verb = text.token(span.first - 2), Self.knownAsEnds.contains(where: { text.isWord(verb, $0) })
    else { return false }
    return !agrees(span, loosely: true)
  }

  /// `SYM, also known as C3orf12 (chromosome 3 open reading frame 12), …`: an open reading frame's placeholder name
  /// belongs to its placeholder symbol (`CnorfN`), which the gene was renamed from; it is the alias's old name, not
  /// the gene's, unless the symbol is such a placeholder too.
  private func isPlaceholderName(_ span: NameSpan) -> Bool {
    guard text.lowerBytes(symbol).firstRange(of: Self.orf) == nil else { return false }
    var index = span.first
    while index + Self.placeholder.count - 1 <= span.last {
      let start = index
      let found = zip(Self.placeholder, start...).allSatisfy { word, at in
        text.token(at).map { text.isWord($0, word) } ?? false
      }
      if found { return true }
      index += 1
    }
    return false
  }

  /// `SYM encodes the Name protein`: after `the`, the product's head word, in lower case, is no part of the gene's
  /// name when the name passes without it the test it passed with it (`aligned`: the acronym alignment, otherwise
  /// the initials); where the symbol spells it (`APP`, `amyloid beta precursor protein`), it is capitalized with the
  /// name (`… Susceptibility Protein`), the name holds the symbol (`NOP2 nucleolar protein`) or no `the` makes it a
  /// description (`SYM encodes ZFP90 zinc finger protein, …`: 1 in 48 NCBI names ends in `protein`) it stays. So it
  /// does where the sentence calls the whole a gene (`The GRB9 related adaptor protein (GRAP9) gene …`): the
  /// product's word before `gene` is the gene's name.
  private func withoutProductWord(_ span: NameSpan, aligned: Bool) -> NameSpan {
    guard span.first < span.last, span.first > 0, TokenCursor(text, at: span.first - 1).sees(.the), !contains(span),
      !isFollowedBySymbolAndGene(span),
      let last = text.token(span.last), text.isWord(last, Self.protein), isLowercase(last),
      let before = text.token(span.last - 1), before.kind == .word
    else { return span }
    let shorter = NameSpan(first: span.first, last: span.last - 1, quoted: span.quoted)
    return agrees(shorter, loosely: !aligned) && hasNameShape(shorter) ? shorter : span
  }

  /// Whether `( SYMBOL ) gene` follows `span`.
  private func isFollowedBySymbolAndGene(_ span: NameSpan) -> Bool {
    var look = TokenCursor(text, at: span.last + 1)
    guard look.take(.open) != nil, let inner = look.next(), text.sameText(inner, symbol), look.take(.close) != nil
    else { return false }
    return look.sees(.gene)
  }

  /// Whether `span` holds the symbol or aligns with it as an acronym, or (`loosely`) their initials agree: the tests
  /// ``verdict(_:alone:)`` weighs a candidate by, for the spans the candidate is cut to or compared with.
  private func agrees(_ span: NameSpan, loosely: Bool) -> Bool {
    if contains(span) { return true }
    let long = AcronymAlignment.LongForm(span, in: text)
    return AcronymAlignment.start(short, long) != nil || loosely && AcronymAlignment.initialsAgree(short, long)
  }

  // MARK: - Shape

  /// Whether `span` opens with a lower-case word that opens descriptions (``WordClass/notNameStart``).
  private func opensWithDescription(_ span: NameSpan) -> Bool {
    guard let first = text.token(span.first), isLowercase(first) else { return false }
    return TokenCursor(text, at: span.first).sees(.notNameStart)
  }

  /// Whether `span` opens with a word ``WordClass/openingDescription`` allows to open a name, with the symbol's
  /// first letter, and the symbol aligns with it as an acronym (the alignment, right to left, may start at a later
  /// word with that letter: `stature` in `short stature homeobox 2` for `SHOX2`).
  private func spellsFromFirstWord(_ span: NameSpan) -> Bool {
    guard TokenCursor(text, at: span.first).sees(.openingDescription), let first = text.token(span.first),
      let initial = text.lowerBytes(symbol).first, first.lowerFirst == initial
    else { return false }
    return AcronymAlignment.start(short, AcronymAlignment.LongForm(span, in: text)) != nil
  }

  /// Whether the tokens of `span` can be a name.
  func hasNameShape(_ span: NameSpan) -> Bool {
    guard span.first <= span.last, let first = text.token(span.first), let last = text.token(span.last),
      first.kind == .word
    else { return false }
    // A name holds a letter: `[2]`, `(1998)` are not names.
    guard holdsLetter(span) else { return false }
    // Lower-case words only: a capital `A` ends `Endothelin Receptor Type A`. A description's opening word starts a
    // name only where the symbol's letters align from it (`SHOX` ~ `short stature homeobox`).
    if opensWithDescription(span), !spellsFromFirstWord(span) { return false }
    if last.kind == .word, isLowercase(last), TokenCursor(text, at: span.last).sees(.notNameEnd) { return false }
    // A Greek letter or a word of gene names alone (`alpha`, `protein`) is no name.
    if span.first == span.last, WordShape.isCommonWord(first, in: text) { return false }
    // Other symbols joined by `and`, `or` or commas (`PNPase and OLD35`) are aliases, not a name.
    var list = TokenCursor(text, at: span.first)
    if span.first < span.last, AliasList.read(&list) != nil, list.peekIndex > span.last { return false }
    // Another symbol alone (`PD-L1`, `Ku80`) is an alias, not the name.
    if span.first == span.last, WordShape.isAliasLike(first, in: text), !text.sameText(first, symbol) { return false }
    // `PDF7 (Proline Dock Factor 7)`: a symbol and its long form, not one name.
    if let next = text.token(span.first + 1), next.kind == .open, next.spaceBefore, last.kind == .close,
      WordShape.isAliasLike(first, in: text)
    {
      return false
    }
    return true
  }

  /// Where the name starts when `tokens`, the words before the acronym alignment's start, describe it: all of them
  /// when they end in a kind noun, `the` aside (`the enzyme tyrosine hydroxylase`, `the protein the …`), otherwise only
  /// a leading `human`; `nil` when they open the name (`coagulation factor X`, `cytochrome c oxidase subunit 5B`:
  /// about 800 of 20,000 NCBI names start with a word the symbol's first letter does not open).
  private func descriptionEnd(_ tokens: Range<Int>) -> Int? {
    guard isDescription(tokens) else { return nil }
    var lastWord: Int?
    for index in tokens where text.token(index)?.kind == .word && !TokenCursor(text, at: index).sees(.the) {
      lastWord = index
    }
    if let lastWord, let token = text.token(lastWord), WordClass.kindNoun.contains(token, in: text),
      isDetermined(tokens)
    {
      return tokens.upperBound
    }
    var index = tokens.lowerBound
    while index < tokens.upperBound, TokenCursor(text, at: index).sees(.human) { index += 1 }
    return index > tokens.lowerBound ? index : nil
  }

  /// Where the name starts when `span` opens with a description: a leading lower-case `human` (`human SUFU negative
  /// regulator of hedgehog signaling`; the 6 NCBI names that open with it, `human papillomavirus …`, do not agree
  /// with their symbols without it), and after `the` a head noun (`the enzyme ankyrin repeat and SOCS box containing
  /// 5`) no later than `limit` (the alignment's start or the symbol's word: `the protein kinase C alpha` for `PRKCA`
  /// aligns from `protein`) whose cut leaves as many of the symbol's initials (`the protein tyrosine phosphatase
  /// receptor type G` for `PTPRG` stays whole). What is left must still agree with the symbol.
  private func afterDescription(_ span: NameSpan, before limit: Int?) -> Int? {
    var index = span.first
    while index < span.last, TokenCursor(text, at: index).sees(.human), text.token(index).map(isLowercase) == true {
      index += 1
    }
    // With no alignment to bound it (the initials agree), the cut may go up to the last word.
    let limit = limit ?? span.last
    if index < span.last, index < limit, let noun = text.token(index), isLowercase(noun),
      WordClass.kindNoun.contains(noun, in: text), isDetermined(span.first..<index + 1)
    {
      // `the protein the low-density lipoprotein receptor`: a second `the` goes with the description.
      var start = index + 1
      while start < limit, TokenCursor(text, at: start).sees(.the) { start += 1 }
      let rest = NameSpan(first: start, last: span.last, quoted: span.quoted)
      // `the protein protein phosphatase 1 …`: the noun said twice, once as the description and once as the name's
      // first word.
      let repeated = text.token(start).map { text.lowerBytes($0).elementsEqual(text.lowerBytes(noun)) } ?? false
      if hasNameShape(rest), agrees(rest, loosely: true),
        repeated || initialsMatched(rest, letters) >= initialsMatched(span, letters)
      {
        return start
      }
    }
    guard index > span.first else { return nil }
    let rest = NameSpan(first: index, last: span.last, quoted: span.quoted)
    return hasNameShape(rest) && agrees(rest, loosely: true) ? index : nil
  }

  /// Whether a description in `tokens` is marked as one by `the` (before or inside it) or by opening the sentence
  /// (`Enzyme tyrosine hydroxylase …`); without it a kind noun opens the name (`SYM encodes protein phosphatase 2
  /// phosphatase activator`, where the acronym alignment starts at `phosphatase`).
  private func isDetermined(_ tokens: Range<Int>) -> Bool {
    let first = tokens.lowerBound
    if first == 0 || text.sentence(ofToken: first - 1) != text.sentence(ofToken: first) { return true }
    return (first - 1..<tokens.upperBound).contains { TokenCursor(text, at: $0).sees(.the) }
  }

  /// The index of the first word of `span` that is the symbol itself.
  private func symbolWord(in span: NameSpan) -> Int? {
    let symbolBytes = text.lowerBytes(symbol)
    return firstWord(in: span) { $0.elementsEqual(symbolBytes) }
  }

  /// The index of the first word of `span` whose lower-case bytes satisfy `test`.
  private func firstWord(in span: NameSpan, where test: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> Int? {
    guard span.first <= span.last else { return nil }
    return (span.first...span.last).first { index in
      text.token(index).map { $0.kind == .word && test(text.lowerBytes($0)) } ?? false
    }
  }

  /// Whether the words of `tokens` only describe the name that follows: each is lower case, `human`, or the
  /// sentence's first word, not an acronym, with a lower-case word after it (`Enzyme tyrosine hydroxylase`).
  private func isDescription(_ tokens: Range<Int>) -> Bool {
    tokens.allSatisfy { index in
      guard let token = text.token(index), token.kind == .word else { return true }
      if isLowercase(token) || TokenCursor(text, at: index).sees(.human) { return true }
      let startsSentence = index == 0 || text.sentence(ofToken: index - 1) != text.sentence(ofToken: index)
      // An acronym first (`DNA polymerase gamma, …`) is part of the name.
      return startsSentence && !isAcronym(token)
        && text.token(index + 1).map { $0.kind == .word && isLowercase($0) } == true
    }
  }

  /// Whether a word is two or more capitals (digits allowed): `DNA`, `NAD`, `IL2`.
  private func isAcronym(_ token: IdentityToken) -> Bool {
    let bytes = text.originalBytes(token)
    return bytes.count >= 2 && bytes.allSatisfy { ByteClass.isUppercase($0) || ByteClass.isDigit($0) }
      && bytes.lazy.filter(ByteClass.isUppercase).count >= 2
  }

  /// How many of the symbol's `letters` (lower case) the initials of `span`'s words give, in order (`Ribonucleotide
  /// Reductase Regulatory Subunit M2` gives `r`, `r`, `m` of `RRM2`).
  private func initialsMatched(_ span: NameSpan, _ letters: [UInt8]) -> Int {
    var matched = 0
    for word in words(span) where matched < letters.count && text.lowerBytes(word).first == letters[matched] {
      matched += 1
    }
    return matched
  }

  /// Whether a word of `span` holds a letter (ASCII or not).
  private func holdsLetter(_ span: NameSpan) -> Bool {
    words(span).contains { word in text.lowerBytes(word).contains { ByteClass.isLowercase($0) || $0 >= 0x80 } }
  }

  private func wordCount(_ span: NameSpan) -> Int {
    words(span).reduce(0) { count, _ in count + 1 }
  }

  /// The word tokens of `span`, in order.
  private func words(_ span: NameSpan) -> some Sequence<IdentityToken> {
    stride(from: span.first, through: span.last, by: 1).lazy.compactMap(text.token).filter { $0.kind == .word }
  }

  private func isLowercase(_ token: IdentityToken) -> Bool {
    text.originalBytes(token).first.map(ByteClass.isLowercase) ?? false
  }

  /// Whether a word of `span` is the symbol, or the symbol's stem before a hyphen (`ADORA2A antisense RNA 1` for
  /// `ADORA2A-AS1`).
  private func contains(_ span: NameSpan) -> Bool {
    let symbolBytes = text.lowerBytes(symbol)
    let stem = symbolBytes.firstIndex(of: UInt8(ascii: "-")).map { symbolBytes[..<$0] }
    return firstWord(in: span) { word in
      if word.elementsEqual(symbolBytes) { return true }
      guard let stem, stem.count >= 3, stem.contains(where: ByteClass.isDigit) else { return false }
      return word.elementsEqual(stem)
    } != nil
  }

  /// Whether `span` is the symbol and nothing else.
  func isOnlyTheSymbol(_ span: NameSpan) -> Bool {
    guard span.first == span.last, let token = text.token(span.first) else { return false }
    return text.lowerBytes(token).elementsEqual(text.lowerBytes(symbol))
  }
}
