/// Reads a name at a cursor: a quoted phrase, or a run of words up to a clause boundary.
///
/// A name ends, outside parentheses, at a verb or relative pronoun (`is`, `encodes`, `which`, `or`: a name never
/// runs through ` or `), at a comma that opens a clause (`, a`, `, which`, `, is`, a lone symbol) or a lower-case
/// verb (`, relays`), at `;`, `:`, a quote, a spaced dash, a sentence's period, an unmatched `)`, or a parenthesis
/// that holds only other symbols (`vesicular monoamine transporter 2 (VMAT2)`, unless the name goes on after it:
/// ``continuesName(_:)``) or opens with an alias marker (`(also
/// known as …)`), or a citation (`[1]`). A leading `the` is not part of it,
/// a trailing `gene` neither. More than ``maximumWords`` words, or an unclosed parenthesis, is no name.
enum NameReader {
  static let maximumWords = 24

  /// The name at `cursor`, which then stands after it; nil (cursor unmoved) when there is none.
  static func read(_ cursor: inout TokenCursor) -> NameSpan? {
    var reading = cursor
    _ = reading.take(.the)
    guard let first = reading.peek() else { return nil }
    if first.kind == .openQuote { return readQuoted(&cursor, from: reading) }
    // `is the HGNC-approved symbol for …`: what says a name follows is not the name.
    guard first.kind == .word, !reading.sees(.nameEnd), !reading.sees(.officialSymbolFor) else { return nil }
    // A lower-case description (`a gene that …`, `part of …`) is no name: the judge turns it away (but where the
    // symbol spells it from its first word, ``NameJudge/hasNameShape(_:)``), so only words that can open such a
    // name are read: the adjectives and participles of ``WordClass/openingDescription`` (`short stature homeobox`,
    // `required for meiotic nuclear division 1 homolog`).
    if reading.text.originalBytes(first).first.map(ByteClass.isLowercase) == true, reading.sees(.notNameStart),
      !reading.sees(.openingDescription)
    {
      return nil
    }
    var depth = 0
    var firstIndex: Int?
    var lastIndex: Int?
    var lastBeforeGene: Int?
    // The word before the last one, for `… Transducer 3 and encodes`: the `and` goes with the verb, not the name.
    var lastWordBefore: Int?
    var words = 0
    reading: while let token = reading.peek() {
      switch token.kind {
      case .word:
        if depth == 0, firstIndex != nil, reading.sees(.nameEnd) {
          if let last = lastIndex, let before = lastWordBefore, TokenCursor(reading.text, at: last).sees(.and) {
            lastIndex = before
          }
          break reading
        }
        words += 1
        guard words <= maximumWords else { return nil }
      case .open:
        if depth == 0, token.spaceBefore, let first = firstIndex, let last = lastIndex,
          holdsOnlyAnotherSymbol(reading, after: NameSpan(first: first, last: last)) || opensAliases(reading),
          !continuesName(reading)
        {
          break reading
        }
        // `… member 1 [1], is`: a citation ends the name and is passed over.
        if depth == 0, firstIndex != nil, let after = citationEnd(reading) {
          reading = after
          break reading
        }
        depth += 1
      case .close:
        if depth == 0 { break reading }
        depth -= 1
      case .comma:
        if depth == 0, commaEndsName(reading) { break reading }
      case .markup:
        break
      case .other:
        // `(alpha-1,3-)-glycoprotein`: punctuation glued to words on both sides is part of the name.
        let glued = !token.spaceBefore && reading.peekSecond().map { !$0.spaceBefore && $0.kind == .word } == true
        // `3 beta- and steroid delta-isomerase 1`: a suspended hyphen before `and` goes on with the name.
        var afterHyphen = reading
        _ = afterHyphen.next()
        let suspended =
          !token.spaceBefore && reading.text.originalBytes(token).elementsEqual("-".utf8) && afterHyphen.sees(.and)
        if depth == 0, !glued, !suspended { break reading }
      case .period, .semicolon, .colon, .separator, .openQuote, .closeQuote:
        if depth == 0 { break reading }
      }
      let index = reading.peekIndex
      if token.kind == .word, reading.text.isWord(token, Self.gene) {
        lastBeforeGene = lastIndex
      } else if token.kind == .word {
        lastBeforeGene = nil
      }
      if token.kind == .word, depth == 0 { lastWordBefore = lastIndex }
      firstIndex = firstIndex ?? index
      lastIndex = index
      _ = reading.next()
    }
    guard depth == 0, let start = firstIndex, var end = lastIndex else { return nil }
    // `… Receptor Antagonist gene`: the gene's name without the word `gene`.
    if let before = lastBeforeGene, let last = reading.text.token(end), reading.text.isWord(last, Self.gene) {
      end = before
    }
    cursor = reading
    return NameSpan(first: start, last: end)
  }

  private static let gene = Array("gene".utf8)

  /// `"molybdenum cofactor synthesis 2,"`: the words between matching quotes, without a comma or period just
  /// inside the closing one, and without a parenthesis of other names (`"… Member 1 (also known as ERMAN1)"`) or a
  /// citation after the name.
  private static func readQuoted(_ cursor: inout TokenCursor, from start: TokenCursor) -> NameSpan? {
    var reading = start
    guard reading.take(.openQuote) != nil else { return nil }
    var firstIndex: Int?
    var lastIndex: Int?
    var count = 0
    // `"… Member 1 (also known as ERMAN1)."`, `"… Member 1 [2]"`: the name ends before a parenthesis of other names
    // or a citation; the rest of the quote is passed over.
    var nameEnded = false
    while let token = reading.peek(), token.kind != .closeQuote, token.kind != .openQuote {
      count += 1
      guard count <= maximumWords * 2 else { return nil }
      if token.kind == .open, token.spaceBefore, firstIndex != nil,
        opensAliases(reading) || citationEnd(reading) != nil
      {
        nameEnded = true
      }
      if !nameEnded, token.kind != .comma && token.kind != .period {
        firstIndex = firstIndex ?? reading.peekIndex
        lastIndex = reading.peekIndex
      }
      _ = reading.next()
    }
    guard reading.take(.closeQuote) != nil, let first = firstIndex, let last = lastIndex,
      reading.text.token(first)?.kind == .word
    else { return nil }
    cursor = reading
    return NameSpan(first: first, last: last, quoted: true)
  }

  /// Whether the comma at `cursor` opens a clause rather than going on with the name.
  static func commaEndsName(_ cursor: TokenCursor) -> Bool {
    var look = cursor
    _ = look.next()
    guard let next = look.peek() else { return true }
    guard next.kind == .word else { return true }
    // `…, HGNC:1234)`: a label and a colon start what follows the name.
    if look.peekSecond()?.kind == .colon { return true }
    if next.isSymbolShaped {
      // `Glucose Transporter Type 2, GLUT2, is`, `Known as docking protein 5, DOK5 belongs`: a lone symbol after the
      // comma, or a symbol and a verb.
      guard let after = look.peekSecond() else { return true }
      switch after.kind {
      case .comma, .close, .period: return true
      case .open where after.spaceBefore: return true
      default:
        var verb = look
        _ = verb.next()
        if verb.sees(.nameEnd) { return true }
      }
    }
    if look.sees(.clauseAfterComma) { return true }
    // A lower-case verb such as `relays`, `indicating` or `located` opens a clause; names go on with nouns, and
    // with hyphenated participles, which are adjectives (`alpha-2-glycoprotein 1, zinc-binding`, `…, X-linked`).
    let word = look.text.lowerBytes(next)
    guard let first = look.text.originalBytes(next).first, ByteClass.isLowercase(first), word.count > 3,
      !word.contains(UInt8(ascii: "-"))
    else {
      return false
    }
    if word.count > 5, word.suffix(3).elementsEqual("ing".utf8) || word.suffix(2).elementsEqual("ed".utf8) {
      return true
    }
    guard word.last == UInt8(ascii: "s") else { return false }
    let penultimate = word.dropLast().last
    return penultimate != UInt8(ascii: "s") && penultimate != UInt8(ascii: "u")
  }

  /// Whether the parenthesis at `cursor` gives other names of the gene rather than going on with this one: it opens
  /// with an alias marker (`(also known as COPT1)`, `(formerly …)`) or a symbol's label (`(official symbol: CTR1)`)
  /// or holds only a list of symbols (`(CTR1, COPT1)`, `(or CTR1)`).
  static func opensAliases(_ cursor: TokenCursor) -> Bool {
    var look = cursor
    guard look.take(.open) != nil else { return false }
    if look.take(.aliasMarker) || look.take(.abbreviated) || look.take(.officialSymbolNoun) { return true }
    _ = look.take(.or)
    return AliasList.read(&look) != nil && look.take(.close) != nil
  }

  /// Where a citation at `cursor` ends (`[1]`, `[2, 5]`, `[3-7]`: numbers in brackets), or nil when none starts
  /// there.
  static func citationEnd(_ cursor: TokenCursor) -> TokenCursor? {
    var look = cursor
    guard let open = look.take(.open), look.text.originalBytes(open).first == UInt8(ascii: "[") else { return nil }
    var numbers = 0
    while let token = look.next() {
      switch token.kind {
      case .close: return numbers > 0 ? look : nil
      case .word
      where look.text.originalBytes(token).allSatisfy { ByteClass.isDigit($0) || $0 == UInt8(ascii: "-") }:
        numbers += 1
      case .comma, .separator, .other: continue
      default: return nil
      }
    }
    return nil
  }

  /// The most words a name goes on with after a parenthesised symbol inside it (``continuesName(_:)``).
  static let maximumContinuation = 6

  /// Whether the name goes on after the one-word parenthesis at `cursor`, as official names with another gene's or
  /// a family's symbol inside do (`DnaJ heat shock protein family (Hsp40) member C24`, `trafficking regulator of GLUT4
  /// (SLC2A4) 1`, `TGF-beta activated kinase 1 (MAP3K7) binding protein 1`): a few words follow, the first in lower
  /// case or a number (or capitalized after a word that opens with a capital: `… Protein Family (Hsp40) Member
  /// C27`), the last a designator (it holds a digit, or is a lone capital), and then the clause ends (a comma, a
  /// period, a parenthesis, a verb, `and`). `(VMAT2) in the brain` and `(SLC6A4), 5-HTT` do not go on,
  /// nor does a sentence (`(ABC2) gene sits on chromosome 5`): no such name holds `gene` or a preposition after its
  /// parenthesis (0 of NCBI's 176 protein-coding names with words after one).
  static func continuesName(_ cursor: TokenCursor) -> Bool {
    var look = cursor
    // A title-cased name goes on title-cased: `DnaJ Heat Shock Protein Family (Hsp40) Member C27`.
    let titled =
      look.text.token(look.peekIndex - 1).flatMap { look.text.originalBytes($0).first }.map(ByteClass.isUppercase)
      ?? false
    guard look.take(.open) != nil, look.next()?.kind == .word, look.take(.close) != nil else { return false }
    var words = 0
    var last: IdentityToken?
    while let token = look.peek(), token.kind == .word, !look.sees(.nameEnd), !look.sees(.and) {
      if look.sees(.gene) || look.sees(.preposition) { return false }
      let bytes = look.text.originalBytes(token)
      if words == 0, !(bytes.allSatisfy(ByteClass.isLowercase) || bytes.allSatisfy(ByteClass.isDigit)),
        !(titled && WordShape.isCapitalized(token, in: look.text))
      {
        return false
      }
      words += 1
      guard words <= maximumContinuation else { return false }
      last = token
      _ = look.next()
    }
    guard let last else { return false }
    let designator = look.text.originalBytes(last)
    guard
      designator.contains(where: ByteClass.isDigit)
        || (designator.count == 1 && designator.allSatisfy(ByteClass.isUppercase))
    else { return false }
    guard let after = look.peek() else { return true }
    switch after.kind {
    case .comma, .period, .semicolon, .colon, .close, .word: return true
    case .open: return after.spaceBefore
    default: return false
    }
  }

  /// Whether the parenthesis at `cursor` holds one alias-like word and nothing else: another symbol of the gene
  /// (`(VMAT2)`), or a capitalized word that abbreviates the name before it (`… of mTOR complex 1 (Raptor)`).
  static func holdsOnlyAnotherSymbol(_ cursor: TokenCursor, after name: NameSpan?) -> Bool {
    var look = cursor
    guard look.take(.open) != nil, let inner = look.next(), inner.kind == .word, look.take(.close) != nil else {
      return false
    }
    if WordShape.isAliasLike(inner, in: look.text) { return true }
    guard let name, WordShape.isCapitalized(inner, in: look.text), !WordShape.isCommonWord(inner, in: look.text)
    else { return false }
    return AcronymAlignment.aligns(short: look.text.originalBytes(inner), with: name, in: look.text)
  }
}
