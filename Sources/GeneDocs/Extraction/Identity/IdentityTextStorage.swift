import CByteScan

/// The arrays an ``IdentityText`` points into, and which sentences of the text were tokenized.
///
/// A paragraph is split into sentences on its bytes (a period, white space, then a capital or a digit). The
/// reader tokenizes the first sentence; when that gives a symbol but no name, it adds the later sentences that can
/// hold a candidate: those that name the symbol again (tails match only right after it) or the word `name`
/// (``IdentityPhrasing/Role/sentence`` rows). Sentences with neither cannot change the reading, and tokenizing
/// only the others kept the reader to a few percent of a batch run.
struct IdentityTextStorage {
  /// How much of a paragraph is read: the first sentences, where documents state symbol and name.
  static let window = 1_000

  private let bytes: [UInt8]
  private var lower: [UInt8]
  private var tokens: [IdentityToken] = []
  private var sentenceOfToken: [Int] = []
  /// The union of the tokens' word flags, and the set of their kinds.
  private var flags: WordFlags = []
  private var kinds: UInt32 = 0
  /// The byte ranges of the sentences, in order.
  let sentenceRanges: [Range<Int>]
  /// Whether the text goes on past the window.
  private let cut: Bool

  /// The first `limit` bytes of `text`, split into sentences; nothing tokenized yet.
  init(_ text: String, limit: Int = IdentityTextStorage.window) {
    var text = text
    let count = text.utf8.count
    bytes = text.withUTF8 { Array($0.prefix(limit)) }
    lower = bytes
    cut = count > limit
    sentenceRanges = bytes.withUnsafeBufferPointer(Self.sentences)
  }

  /// Tokenizes the sentences at `indices` (into ``sentenceRanges``), in order, after what was tokenized before.
  mutating func tokenize<Indices: Sequence<Int>>(sentences indices: Indices) {
    let ranges = sentenceRanges
    let table = WordIndex.table
    let cut = cut
    bytes.withUnsafeBufferPointer { bytes in
      lower.withUnsafeMutableBufferPointer { lower in
        for index in indices where ranges.indices.contains(index) {
          let range = ranges[index]
          let before = tokens.count
          IdentityTokenizer.tokenize(
            bytes, range, lowering: lower, words: table, cutAtEnd: cut && range.upperBound == bytes.count,
            into: &tokens)
          sentenceOfToken += repeatElement(index, count: tokens.count - before)
          for token in tokens[before...] {
            flags.formUnion(token.flags)
            kinds |= token.kind.bit
          }
        }
      }
    }
  }

  /// The indices of the sentences after the first that can state the name: where the symbol `word` (a whole word)
  /// is followed by what a stated phrasing's tail starts with — `,` or `is` and a word such as `or`, `also`,
  /// `known`, `short`, `the` or `an`; `(`; `stands`, `standing`, `refers`, `which` — or that hold the word `name`
  /// (``IdentityPhrasing/Role/sentence`` rows). Looking only right after the symbol keeps this to a few comparisons a
  /// sentence.
  func laterSentences(naming word: [UInt8]) -> [Int] {
    bytes.withUnsafeBufferPointer { bytes in
      sentenceRanges.indices.dropFirst().filter { index in
        let sentence = UnsafeBufferPointer(rebasing: bytes[sentenceRanges[index]])
        if Self.holds(Self.name, in: sentence) { return true }
        return Self.occurrences(of: word, in: sentence).contains { Self.startsStatedTail(in: sentence, at: $0) }
      }
    }
  }

  private static let name = Array("name".utf8)

  /// Words after the symbol that can start a stated tail by themselves.
  private static let tailWords: [[UInt8]] = ["stands", "standing", "refers", "which"].map { Array($0.utf8) }
  /// Words after `SYM,` or `SYM is` that can start one.
  private static let phraseWords: [[UInt8]] = [
    "or", "also", "officially", "commonly", "formally", "better", "otherwise", "known", "short", "shorthand",
    "standing", "stands", "which", "the", "an", "named", "called", "termed", "designated", "abbreviated",
  ].map { Array($0.utf8) }

  /// Whether what follows the symbol ending at `end` can start a stated tail.
  private static func startsStatedTail(in sentence: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    var position = end
    while position < sentence.count, ByteClass.isWhitespace(sentence[position]) || sentence[position] == 0x2A {
      position += 1  // spaces and emphasis (`**SYM**, or …`)
    }
    guard position < sentence.count else { return false }
    switch sentence[position] {
    case UInt8(ascii: "("): return true
    case UInt8(ascii: ","): return word(in: sentence, after: position + 1, isOneOf: phraseWords)
    default:
      if word(in: sentence, after: position, isOneOf: tailWords) { return true }
      guard let isEnd = wordEnd(in: sentence, from: position), isEnd - position == 2,
        ByteClass.lowercased(sentence[position]) == UInt8(ascii: "i"),
        ByteClass.lowercased(sentence[position + 1]) == UInt8(ascii: "s")
      else { return false }
      return word(in: sentence, after: isEnd, isOneOf: phraseWords)
    }
  }

  /// Whether the word after `start` (white space skipped) is one of `words` (lower-case), in any case.
  private static func word(in sentence: UnsafeBufferPointer<UInt8>, after start: Int, isOneOf words: [[UInt8]]) -> Bool
  {
    var position = start
    while position < sentence.count, ByteClass.isWhitespace(sentence[position]) { position += 1 }
    guard let end = wordEnd(in: sentence, from: position) else { return false }
    return words.contains { word in
      word.count == end - position
        && word.indices.allSatisfy { ByteClass.lowercased(sentence[position + $0]) == word[$0] }
    }
  }

  /// The end of the run of ASCII letters at `start`, or nil when none starts there.
  private static func wordEnd(in sentence: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var end = start
    while end < sentence.count, ByteClass.isAlphanumeric(sentence[end]), !ByteClass.isDigit(sentence[end]) { end += 1 }
    return end > start ? end : nil
  }

  /// Runs `body` with a view of the tokens so far.
  func withText<Result>(_ body: (IdentityText) -> Result) -> Result {
    bytes.withUnsafeBufferPointer { bytes in
      lower.withUnsafeBufferPointer { lower in
        tokens.withUnsafeBufferPointer { tokens in
          sentenceOfToken.withUnsafeBufferPointer { sentences in
            withUnsafePointer(
              to: IdentityText.Buffers(
                bytes: bytes, lower: lower, tokens: tokens, sentences: sentences, flags: flags, kinds: kinds)
            ) {
              body(IdentityText($0))
            }
          }
        }
      }
    }
  }

  // MARK: - Bytes

  /// The sentences of `bytes`: each ends after a period that white space and a capital or a digit follow, unless
  /// the period ends an abbreviation.
  private static func sentences(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var position = ByteClass.firstIndex(of: UInt8(ascii: "."), in: bytes, from: 0)
    while position < bytes.count {
      var next = position + 1
      while next < bytes.count, ByteClass.isWhitespace(bytes[next]) { next += 1 }
      if next > position + 1, next < bytes.count, ByteClass.isUppercase(bytes[next]) || ByteClass.isDigit(bytes[next]),
        !endsAbbreviation(bytes, at: position)
      {
        ranges.append(start..<position + 1)
        start = next
      }
      position = ByteClass.firstIndex(of: UInt8(ascii: "."), in: bytes, from: position + 1)
    }
    if start < bytes.count { ranges.append(start..<bytes.count) }
    return ranges.isEmpty ? [0..<0] : ranges
  }

  /// Whether the period at `period` ends an abbreviation rather than a sentence: the word before it has a period
  /// inside (`a.k.a.`, `e.g.`) or is a single letter (`E. coli`, `J. Smith`); a single digit ends a sentence (`…
  /// inhibitor 7. Tests …`), and so does a capital after a lower-case word of four letters or more, a name's
  /// designator rather than an initial (`coagulation factor X. It …`, `vitamin D. Low …`; but `in E. Coli`).
  private static func endsAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, at period: Int) -> Bool {
    var start = period
    var innerPeriod = false
    while start > 0, ByteClass.isAlphanumeric(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") {
      start -= 1
      if bytes[start] == UInt8(ascii: ".") { innerPeriod = true }
    }
    guard !innerPeriod else { return true }
    guard period - start == 1 else { return false }
    if ByteClass.isDigit(bytes[start]) { return false }
    guard ByteClass.isUppercase(bytes[start]), start >= 5, bytes[start - 1] == UInt8(ascii: " ") else { return true }
    let designator = (start - 5..<start - 1).allSatisfy { ByteClass.isLowercase(bytes[$0]) }
    return !designator
  }

  /// Whether `sentence` holds `word` between non-alphanumeric bytes.
  private static func holds(_ word: [UInt8], in sentence: UnsafeBufferPointer<UInt8>) -> Bool {
    nextWholeWord(word, in: sentence, from: 0) != nil
  }

  /// Where each whole-word occurrence of `word` in `sentence` ends.
  private static func occurrences(of word: [UInt8], in sentence: UnsafeBufferPointer<UInt8>) -> [Int] {
    var ends: [Int] = []
    var start = 0
    while let end = nextWholeWord(word, in: sentence, from: start) {
      ends.append(end)
      start = end
    }
    return ends
  }

  /// The end of the first occurrence of `word` between non-alphanumeric bytes at or after `start`, found with
  /// glibc's vectorized memmem (`gd_find_bytes`); nil when there is none.
  private static func nextWholeWord(_ word: [UInt8], in sentence: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    guard let base = sentence.baseAddress else { return nil }
    var start = start
    while case let found = word.withUnsafeBufferPointer({
      gd_find_bytes(base, sentence.count, start, $0.baseAddress, $0.count)
    }), found < sentence.count {
      let end = found + word.count
      if (found == 0 || !ByteClass.isAlphanumeric(sentence[found - 1]))
        && (end == sentence.count || !ByteClass.isAlphanumeric(sentence[end]))
      {
        return end
      }
      start = found + 1
    }
    return nil
  }
}
