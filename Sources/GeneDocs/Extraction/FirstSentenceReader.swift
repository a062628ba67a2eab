#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the gene symbol, name and aliases from the first sentence of a summary, in the shapes of SPEC §1:
/// `CDK4 (Cyclin-Dependent Kinase 4) is`, `TNFSF13B, also known as BAFF (…)`, `The gene GRIA1 (…)`,
/// `The official symbol of the gene discussed here is PGM1, which stands for …`, `Gamma-glutamyl carboxylase
/// (GGCX) is`, `IL1RN is the official symbol for the … gene`, `ADH1A, or Alcohol Dehydrogenase 1A, is`.
///
/// It works on ASCII-lower-cased bytes beside the original ones, so it is fast and never changes the text it
/// returns.
struct FirstSentenceReader {
  /// How much of the paragraph is read.
  static let window = 700

  private let original: [UInt8]
  private let lower: [UInt8]

  /// Reads a paragraph's plain text.
  static func read(_ paragraph: String) -> ProseIdentity {
    FirstSentenceReader(paragraph).read()
  }

  private init(_ paragraph: String) {
    var paragraph = paragraph
    (original, lower) = paragraph.withUTF8 { utf8 in
      var count = min(utf8.count, Self.window)
      if count == Self.window {  // do not cut a character in two
        while count > 0, utf8[count - 1] & 0xC0 == 0x80 { count -= 1 }
        if count > 0, utf8[count - 1] >= 0xC0 { count -= 1 }
      }
      let original = Array(UnsafeBufferPointer(rebasing: utf8[0..<count]))
      let lower = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        for index in 0..<count { buffer[index] = ByteClass.lowercased(utf8[index]) }
        initialized = count
      }
      return (original, lower)
    }
  }

  // MARK: - Patterns

  private func read() -> ProseIdentity {
    var identity = ProseIdentity()
    let start = skipOpeningPunctuation(0)
    if let found = officialSymbolSentence(start) ?? theGeneSymbol(start) ?? leadingSymbol(start) {
      identity.symbol = string(found.symbol)
      let tail = readTail(after: found.symbol.upperBound)
      identity.name = tail.name
      identity.aliases = tail.aliases
    } else if let found = nameThenSymbol(start) {
      identity.symbol = string(found.symbol)
      identity.name = cleanName(found.name)
    }
    let sentenceEnd = firstSentenceEnd(from: start)
    for alias in aliasMentions(upTo: sentenceEnd) where alias != identity.symbol && !identity.aliases.contains(alias) {
      identity.aliases.append(alias)
    }
    // `regulatory associated protein of mTOR complex 1 (Raptor)`: a one-word parenthesis is another name.
    if let name = identity.name, name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex,
      name[name.index(before: open)] == " "
    {
      let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
      if !inner.isEmpty, !inner.contains(" "), !inner.contains("(") {
        identity.name = name[..<open].trimmingWhitespace()
        if !identity.aliases.contains(String(inner)) { identity.aliases.append(String(inner)) }
      }
    }
    if let name = identity.name, SymbolShape.matches(Array(name.utf8)) {
      if name != identity.symbol, !identity.aliases.contains(name) { identity.aliases.append(name) }
      identity.name = nil
    }
    return identity
  }

  /// `The official symbol of the gene discussed here is PGM1 …`, `The gene symbol is …`.
  private func officialSymbolSentence(_ start: Int) -> (symbol: Range<Int>, Void)? {
    guard has("the ", at: start) || has("its ", at: start) else { return nil }
    let markers: [StaticString] = [
      "the official gene symbol ", "the official symbol ", "the gene symbol ", "the approved symbol ",
    ]
    for marker in markers where has(marker, at: start) {
      if let symbol = symbolToken(at: skipOpeningPunctuation(start + marker.utf8CodeUnitCount)) { return (symbol, ()) }
    }
    guard let isAt = find(" is ", from: start, limit: start + 160) else { return nil }
    guard ByteSearch.contains(lower[start..<isAt], Array("symbol".utf8)) else { return nil }
    var position = skipSpaces(isAt + 4)
    position = skipWord("the ", at: position)
    position = skipOpeningPunctuation(position)
    guard let symbol = symbolToken(at: position) else { return nil }
    return (symbol, ())
  }

  /// `The gene GRIA1 …`, `The human AHR gene …`, `The AHR (…) gene …`.
  private func theGeneSymbol(_ start: Int) -> (symbol: Range<Int>, Void)? {
    guard has("the ", at: start) else { return nil }
    var position = start + 4
    position = skipWord("human ", at: position)
    position = skipWord("gene ", at: position)
    guard let symbol = symbolToken(at: skipOpeningPunctuation(position)) else { return nil }
    return (symbol, ())
  }

  /// `CDK4 …`, `**CYP2C9** is …` (markup already removed).
  private func leadingSymbol(_ start: Int) -> (symbol: Range<Int>, Void)? {
    guard let symbol = symbolToken(at: start) else { return nil }
    let after = symbol.upperBound
    guard
      after == original.count || [UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "(")].contains(original[after])
        || original[after] == UInt8(ascii: ":") || original[after] == UInt8(ascii: ";")
    else { return nil }
    return (symbol, ())
  }

  /// `Gamma-glutamyl carboxylase (GGCX) is …`.
  private func nameThenSymbol(_ start: Int) -> (symbol: Range<Int>, name: Range<Int>)? {
    guard let open = find("(", from: start, limit: start + 200), open > start else { return nil }
    if let isAt = find(" is ", from: start, limit: open) {
      _ = isAt
      return nil
    }
    guard let symbol = symbolToken(at: open + 1), symbol.upperBound < original.count,
      original[symbol.upperBound] == UInt8(ascii: ")")
    else { return nil }
    var nameStart = skipWord("the ", at: start)
    nameStart = skipWord("human ", at: nameStart)
    return (symbol, nameStart..<open)
  }

  // MARK: - After the symbol

  private struct Tail {
    var name: String?
    var aliases: [String] = []
  }

  private static let nameMarkers: [StaticString] = [
    "which stands for ", "stands for ", "standing for ", "short for ", "which is short for ", "officially known as ",
    "officially named ", "officially termed ", "officially designated as ", "officially called ", "designated as ",
    "formally known as ", "an abbreviation for ", "abbreviation for ", "an acronym for ", "acronym for ",
    "the official symbol for ", "an official symbol for ", "the official gene symbol for ", "the gene symbol for ",
    "the symbol for ", "the official symbol of ", "also known as ", "also called ", "known as ", "or ",
  ]

  /// Phrases after `SYM ` (no comma) that introduce the name: `DAO stands for D-amino acid oxidase`.
  private static let directMarkers: [StaticString] = [
    "stands for ", "is short for ", "is an abbreviation for ", "is an acronym for ", "refers to ",
    "is the official symbol for ",
    "is the official gene symbol for ", "is the gene symbol for ", "is the symbol for ", "is the official symbol of ",
    "is an official symbol for ", "is an official symbol representing ", "is the official symbol representing ",
    "is the approved symbol for ", "gene encodes the ", "encodes the ", "codes for the ",
  ]

  private func readTail(after symbolEnd: Int) -> Tail {
    var tail = Tail()
    var position = symbolEnd
    position = skipWord(" gene", at: position)
    position = skipSpaces(position)
    guard position < original.count else { return tail }
    if original[position] == UInt8(ascii: "("), let paren = parenthesized(at: position) {
      if let token = symbolToken(at: paren.content.lowerBound), token.upperBound == paren.content.upperBound {
        tail.aliases.append(string(token))
      } else {
        tail.name = cleanName(paren.content)
      }
      return tail
    }
    if original[position] == UInt8(ascii: ",") {
      position = skipSpaces(position + 1)
    } else if let marker = Self.directMarkers.first(where: { has($0, at: position) }) {
      position = skipOpeningPunctuationExceptQuotes(skipWord("the ", at: position + marker.utf8CodeUnitCount))
      tail.name = readName(at: position).map(cleanName)
      return tail
    } else {
      return tail
    }
    // `ADGRV1, or ADGRV1, stands for …`: the symbol again, then the rest of the clause.
    if has("or ", at: position), let again = symbolToken(at: skipOpeningPunctuation(position + 3)),
      string(again) == string(symbolEnd - (again.count)..<symbolEnd)
    {
      var next = again.upperBound
      while next < original.count, original[next] == UInt8(ascii: "*") || original[next] == UInt8(ascii: "_") {
        next += 1
      }
      return readTail(after: next)
    }
    guard let staticMarker = Self.nameMarkers.first(where: { has($0, at: position) }) else { return tail }
    position = skipWord("the ", at: position + staticMarker.utf8CodeUnitCount)
    let marker = staticMarker.description
    if marker == "also known as " || marker == "also called " || marker == "known as ",
      let token = symbolToken(at: position), endsAlias(token.upperBound)
    {
      tail.aliases.append(string(token))
      let after = skipSpaces(token.upperBound)
      if after < original.count, original[after] == UInt8(ascii: "("), let paren = parenthesized(at: after) {
        tail.name = cleanName(paren.content)
      }
      return tail
    }
    // `KCNH2, also known as hERG (human Ether-à-go-go-Related Gene)`: a one-word alias in any case, then its name.
    if marker.hasPrefix("also") || marker == "known as ", let word = singleWordBeforeParenthesis(at: position) {
      tail.aliases.append(string(word.word))
      tail.name = cleanName(word.parenthesis)
      return tail
    }
    guard let nameRange = readName(at: position) else { return tail }
    tail.name = cleanName(nameRange)
    // `Glucose Transporter Type 2, GLUT2, is …`: a lone symbol after the name is another alias.
    if nameRange.upperBound < original.count, original[nameRange.upperBound] == UInt8(ascii: ","),
      let token = symbolToken(at: skipSpaces(nameRange.upperBound + 1)), endsAlias(token.upperBound)
    {
      tail.aliases.append(string(token))
    }
    return tail
  }

  /// A name running from `start` to a clause boundary: `, is`, ` is `, `, a`, an unbalanced `)`, a sentence end.
  private func readName(at start: Int) -> Range<Int>? {
    guard start < original.count else { return nil }
    if let quoted = quoted(at: start) { return quoted }
    var depth = 0
    var position = start
    let verbs = Self.verbs
    while position < original.count {
      let byte = original[position]
      if byte == UInt8(ascii: "(") {
        depth += 1
      } else if byte == UInt8(ascii: ")") {
        if depth == 0 { break }
        depth -= 1
      } else if depth == 0 {
        if byte == UInt8(ascii: ",") && endsNameAfterComma(position) { break }
        if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") { break }
        if byte == UInt8(ascii: "."), position + 1 == original.count || original[position + 1] == UInt8(ascii: " ") {
          break
        }
        if byte == UInt8(ascii: " "), verbs.contains(where: { has($0, at: position + 1) }) { break }
      }
      position += 1
    }
    return position > start ? start..<position : nil
  }

  private static let verbs: [StaticString] = [
    "is ", "are ", "was ", "encodes ", "plays ", "belongs ", "functions ", "represents ", "acts ", "serves ",
  ]

  /// A comma ends a name when a clause follows it (`, is`, `, a`, `, which`, `, encodes`) or a lone symbol does
  /// (`Glucose Transporter Type 2, GLUT2, is`); otherwise the name goes on (`DNA polymerase gamma, catalytic
  /// subunit`, `Capping Actin Protein, Gelsolin Like`).
  private func endsNameAfterComma(_ comma: Int) -> Bool {
    let next = skipSpaces(comma + 1)
    guard next < original.count else { return true }
    if let token = symbolToken(at: next), token.upperBound < original.count,
      [UInt8(ascii: ","), UInt8(ascii: ")")].contains(original[token.upperBound]) || has(" is ", at: token.upperBound)
        || has(" (", at: token.upperBound)
    {
      return true
    }
    var end = next
    while end < lower.count, lower[end] >= 0x61 && lower[end] <= 0x7A { end += 1 }
    let word = String(decoding: lower[next..<end], as: UTF8.self)
    if Self.clauseWords.contains(word) { return true }
    // A lower-case verb such as `relays` or `conjugates` opens a clause; names go on with nouns.
    let startsLowercase = original[next] >= 0x61 && original[next] <= 0x7A
    return startsLowercase && word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
  }

  private static let clauseWords: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "a", "an", "the", "which", "that", "who", "whose", "encodes",
    "encoding", "encoded", "plays", "playing", "belongs", "belonging", "functions", "functioning", "forms", "acts",
    "serves", "represents", "codes", "coding", "located", "part", "primarily", "mainly", "predominantly", "also",
    "commonly", "often", "officially", "known", "abbreviated", "it", "its", "short", "standing", "stands",
    "previously", "formerly", "in", "on", "with", "from", "as", "for", "by", "one", "crucial", "critical",
    "essential", "involved", "participates", "contributes", "regulates", "mediates", "catalyzes", "provides",
    "interacts", "refers", "found", "expressed", "widely", "highly", "being", "this", "these", "gene", "protein",
    "enzyme", "located", "or", "and", "named", "called", "termed", "designated", "referred", "abbreviation",
  ]

  /// True when a symbol-like token ending at `end` stands alone (an alias) rather than opening a name
  /// (`SMAD Family Member 7`, `C-X-C motif chemokine ligand 5`).
  private func endsAlias(_ end: Int) -> Bool {
    guard end < original.count else { return true }
    if [
      UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "*"),
      UInt8(ascii: "\""), UInt8(ascii: "'"),
    ].contains(original[end]) {
      return true
    }
    guard original[end] == UInt8(ascii: " ") else { return false }
    let next = end + 1
    if next < original.count, original[next] == UInt8(ascii: "(") { return true }
    let clauses: [StaticString] = [" or ", " and ", " is ", " are ", " was ", " encodes ", " plays "]
    return clauses.contains { has($0, at: end) }
  }

  /// A word with no spaces followed by ` (…)`: `hERG (human Ether-à-go-go-Related Gene)`.
  private func singleWordBeforeParenthesis(at start: Int) -> (word: Range<Int>, parenthesis: Range<Int>)? {
    var end = start
    while end < original.count, original[end] != UInt8(ascii: " "), original[end] != UInt8(ascii: ","),
      original[end] != UInt8(ascii: "(")
    {
      end += 1
    }
    guard end > start, has(" (", at: end), let paren = parenthesized(at: end + 1) else { return nil }
    return (start..<end, paren.content)
  }

  // MARK: - Aliases

  private static let aliasMarkers: [StaticString] = [
    "also known as ", "also called ", "formerly known as ", "previously known as ", "formerly ", "previously ",
    "alias ", "aka ", "a.k.a. ",
  ]

  /// The first position in `start..<end` where a word starts with four bytes that may start one of
  /// ``aliasMarkers``, or `end`. Trying every marker at each `a`, `f` or `p` that starts a word was 2% of a
  /// `--jobs 1` batch profile, a byte-at-a-time prefilter still 1%: the window is often read to its end.
  private func nextAliasMarkerStart(from start: Int, end: Int) -> Int {
    lower.withUnsafeBufferPointer { lower in
      // Up to the sentence's end and the three bytes the prefilter reads after a position before it.
      let scanned = UnsafeBufferPointer(rebasing: lower[..<min(end + 3, lower.count)])
      return min(Self.aliasMarkerScanner.next(in: scanned, from: start), end)
    }
  }

  /// The prefilter for ``aliasMarkers``.
  private static let aliasMarkerScanner = WordPrefixScanner(
    prefixes: aliasMarkers.map { marker in marker.withUTF8Buffer { Array($0) } })

  /// Symbols named after `also known as`, `formerly`, `previously known as` in the first sentence.
  private func aliasMentions(upTo end: Int) -> [String] {
    var found: [String] = []
    var position = 0
    let markers = Self.aliasMarkers
    while true {
      position = nextAliasMarkerStart(from: position, end: end)
      guard position < end else { break }
      guard let marker = markers.first(where: { has($0, at: position) }) else {
        position += 1
        continue
      }
      var cursor = skipOpeningPunctuation(skipWord("the ", at: position + marker.utf8CodeUnitCount))
      while let token = symbolToken(at: cursor), endsAlias(token.upperBound) {
        found.append(string(token))
        cursor = token.upperBound
        if has(", or ", at: cursor) {
          cursor += 5
        } else if has(" or ", at: cursor) || has(", ", at: cursor) {
          cursor += has(" or ", at: cursor) ? 4 : 2
        } else {
          break
        }
      }
      position += marker.utf8CodeUnitCount
    }
    return found
  }

  // MARK: - Scanning

  /// Whether the lower-cased text holds `text` at `position`. Literals as `StaticString`, compared with `memcmp`:
  /// walking a `String`'s UTF-8 view here was 1.8% of a `--jobs 1` batch profile.
  private func has(_ text: StaticString, at position: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard position >= 0, position + count <= lower.count else { return false }
    guard count > 0 else { return true }
    // Most tries fail on the first byte: no call to memcmp for them.
    guard lower[position] == text.utf8Start[0] else { return false }
    return lower.withUnsafeBufferPointer { memcmp($0.baseAddress! + position, text.utf8Start, count) == 0 }
  }

  private func find(_ text: StaticString, from start: Int, limit: Int) -> Int? {
    var position = start
    while position < min(limit, lower.count) {
      if has(text, at: position) { return position }
      position += 1
    }
    return nil
  }

  private func skipSpaces(_ position: Int) -> Int {
    var index = position
    while index < original.count, original[index] == UInt8(ascii: " ") { index += 1 }
    return index
  }

  private func skipWord(_ word: StaticString, at position: Int) -> Int {
    has(word, at: position) ? position + word.utf8CodeUnitCount : position
  }

  /// Skips quotes and other opening punctuation: `"`, `'`, `“`, `‘`, `*`, `_`.
  private func skipOpeningPunctuation(_ position: Int) -> Int {
    var index = skipSpaces(position)
    while index < original.count {
      if [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "_")].contains(original[index]) {
        index += 1
      } else if index + 2 < original.count, original[index] == 0xE2, original[index + 1] == 0x80,
        original[index + 2] == 0x9C || original[index + 2] == 0x98
      {
        index += 3
      } else {
        break
      }
    }
    return index
  }

  /// Skips spaces and emphasis markers but not quotes, which ``quoted(at:)`` reads.
  private func skipOpeningPunctuationExceptQuotes(_ position: Int) -> Int {
    var index = skipSpaces(position)
    while index < original.count, original[index] == UInt8(ascii: "*") || original[index] == UInt8(ascii: "_") {
      index += 1
    }
    return index
  }

  private func symbolToken(at position: Int) -> Range<Int>? {
    guard position < original.count else { return nil }
    let length = SymbolShape.tokenLength(original, at: position)
    guard length > 0 else { return nil }
    let range = position..<position + length
    if range.upperBound < original.count, ByteClass.isAlphanumeric(original[range.upperBound]) { return nil }
    return SymbolShape.matches(original[range]) ? range : nil
  }

  private func parenthesized(at open: Int) -> (content: Range<Int>, next: Int)? {
    var depth = 0
    var position = open
    while position < original.count {
      if original[position] == UInt8(ascii: "(") { depth += 1 }
      if original[position] == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return (open + 1..<position, position + 1) }
      }
      position += 1
    }
    return nil
  }

  /// A name in straight or curly double quotes.
  private func quoted(at start: Int) -> Range<Int>? {
    for quote in [UInt8(ascii: "\""), UInt8(ascii: "'")] where original[start] == quote {
      guard let close = original[(start + 1)...].firstIndex(of: quote) else { return nil }
      return start + 1..<close
    }
    guard start + 2 < original.count, original[start] == 0xE2, original[start + 1] == 0x80,
      original[start + 2] == 0x9C
    else { return nil }
    var position = start + 3
    while position + 2 < original.count {
      if original[position] == 0xE2, original[position + 1] == 0x80, original[position + 2] == 0x9D {
        return start + 3..<position
      }
      position += 1
    }
    return nil
  }

  private func firstSentenceEnd(from start: Int) -> Int {
    original.withUnsafeBufferPointer { original in
      var position = start
      var depth = 0
      while position + 2 < original.count {
        let byte = original[position]
        if byte == UInt8(ascii: "(") {
          depth += 1
        } else if byte == UInt8(ascii: ")") {
          depth = max(0, depth - 1)
        } else if byte == UInt8(ascii: "."), depth == 0, original[position + 1] == UInt8(ascii: " "),
          ByteClass.isUppercase(original[position + 2])
        {
          return position
        }
        position += 1
      }
      return original.count
    }
  }

  // MARK: - Results

  private func string(_ range: Range<Int>) -> String {
    String(decoding: original[range], as: UTF8.self)
  }

  /// What surrounds a name without being part of it.
  private static let nameQuotes: Set<Character> = ["\"", "“", "”", "'", "‘", "’", "*", "_"]

  /// Whether `bytes`, ASCII-lower-cased, are exactly `word`.
  private static func asciiLowercaseHas<Bytes: Collection<UInt8>>(_ word: StaticString, in bytes: Bytes) -> Bool {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    var offset = 0
    for byte in bytes {
      guard ByteClass.lowercased(byte) == word.utf8Start[offset] else { return false }
      offset += 1
    }
    return true
  }

  /// Trims spaces, surrounding quotes and trailing punctuation, a leading `the ` and a trailing ` gene`.
  private func cleanName(_ range: Range<Int>) -> String {
    var text = string(range).trimmingWhitespace()
    // Usually the name starts and ends with an ASCII letter or digit, which is neither a quote, nor punctuation
    // stripped here, nor white space: nothing to strip, and no `Character` to look at.
    let plainStart = text.utf8.first.map(ByteClass.isAlphanumeric) == true
    let plainEnd = text.utf8.last.map(ByteClass.isAlphanumeric) == true
    var changed = !(plainStart && plainEnd)
    while changed, !text.isEmpty {
      let quotes = Self.nameQuotes
      changed = false
      if let first = text.first, quotes.contains(first) {
        text.removeFirst()
        changed = true
      }
      if let last = text.last, quotes.contains(last) || last == "," || last == "." || last == ";" {
        text.removeLast()
        changed = true
      }
      text = text.trimmingWhitespace()
    }
    // Compared as ASCII bytes first: `lowercased()` (full Unicode case mapping) on every name was a hot spot of
    // batch runs, and a byte match is necessary for these ASCII words, so only a likely match pays for it.
    let prefixes: [StaticString] = ["the ", "gene encoding ", "gene that encodes "]
    for prefix in prefixes
    where Self.asciiLowercaseHas(prefix, in: text.utf8.prefix(prefix.utf8CodeUnitCount))
      && text.lowercased().hasPrefix(prefix.description)
    {
      text = String(text.dropFirst(prefix.utf8CodeUnitCount))
    }
    if Self.asciiLowercaseHas(" gene", in: text.utf8.suffix(5)) && text.lowercased().hasSuffix(" gene") {
      text = String(text.dropLast(5))
    }
    return text.trimmingWhitespace()
  }
}
