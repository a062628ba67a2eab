/// The acronym test of Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation definitions in
/// biomedical text"): the short form's letters and digits are found in the long form from right to left, in order,
/// the first of them at the start of a word. It is the evidence that a phrase beside a symbol is that symbol's name
/// (`CDK4` ~ `Cyclin-Dependent Kinase 4`, `GGCX` ~ `Gamma-glutamyl carboxylase`).
///
/// Gene nomenclature adds four allowances: a number may be written as a Roman numeral or a word (`COL26A1` ~
/// `collagen type XXVI alpha 1 chain`, `TOP2A` ~ `Topoisomerase (DNA) II alpha`); a Greek letter counts as its
/// Latin initial (`κ` as `k`); `potassium` and `lysine` count as `k`, the element's symbol and the amino acid's
/// code; and one letter or digit of the symbol after its first part may have no counterpart, as a subfamily letter
/// often has none (`SLC22A4` ~ `Solute Carrier Family 22 Member 4`).
enum AcronymAlignment {
  /// Whether `short` aligns with the tokens of `span`.
  static func aligns<Bytes: Collection<UInt8>>(short: Bytes, with span: NameSpan, in text: IdentityText) -> Bool {
    start(short: short, with: span, in: text) != nil
  }

  /// The index of the token where the long form begins (at or after `span.first`), or nil when `short` does not
  /// align with `span`.
  static func start<Bytes: Collection<UInt8>>(short: Bytes, with span: NameSpan, in text: IdentityText) -> Int? {
    let letters = short.filter(ByteClass.isAlphanumeric).map(ByteClass.lowercased)
    guard !letters.isEmpty else { return nil }
    let long = characters(of: span, in: text)
    if let found = match(letters, skipping: nil, in: long) { return found }
    // One letter or digit that is a part of its own (`A` in `SLC22A4`, not the first part) may go unmatched.
    for index in letters.indices.dropFirst() where isLonePart(letters, at: index) {
      if let found = match(letters, skipping: index, in: long) { return found }
    }
    return nil
  }

  /// A looser test for a phrase in parentheses right after the symbol: the symbol's first letter starts the phrase
  /// and at least half of its other letters and digits follow in order.
  static func initialsAgree<Bytes: Collection<UInt8>>(short: Bytes, with span: NameSpan, in text: IdentityText) -> Bool
  {
    let letters = short.filter(ByteClass.isAlphanumeric).map(ByteClass.lowercased)
    let long = characters(of: span, in: text)
    guard let first = letters.first, let initial = long.first, initial.byte == first else { return false }
    let rest = Array(letters.dropFirst())
    return commonSubsequenceLength(rest, long.dropFirst().map(\.byte)) * 2 >= rest.count
  }

  /// The length of the longest common subsequence of two short byte strings.
  private static func commonSubsequenceLength(_ left: [UInt8], _ right: [UInt8]) -> Int {
    guard !left.isEmpty, !right.isEmpty else { return 0 }
    var previous = [Int](repeating: 0, count: right.count + 1)
    var current = previous
    for byte in left {
      for (index, other) in right.enumerated() {
        current[index + 1] = byte == other ? previous[index] + 1 : max(previous[index + 1], current[index])
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }

  /// Whether a long form is short enough for its short form, as Schwartz & Hearst bound it: at most
  /// min(|short| + 5, 2 × |short|) words.
  static func isShortEnough<Bytes: Collection<UInt8>>(short: Bytes, words: Int) -> Bool {
    let letters = short.filter(ByteClass.isAlphanumeric).count
    return words <= min(letters + 5, letters * 2)
  }

  /// One character of the long form: a lower-case letter or digit, whether a word starts there, and its token.
  private struct Character {
    let byte: UInt8
    let startsWord: Bool
    let token: Int
  }

  /// Right to left, as Schwartz & Hearst: the long-form character each short-form character matches, the first one
  /// at a word start. Returns the token of that first match.
  private static func match(_ short: [UInt8], skipping skipped: Int?, in long: [Character]) -> Int? {
    let firstNeeded = skipped == 0 ? 1 : 0
    var shortIndex = short.count - 1
    var longIndex = long.count - 1
    while shortIndex >= firstNeeded {
      if shortIndex == skipped {
        shortIndex -= 1
        continue
      }
      let wanted = short[shortIndex]
      let needsWordStart = shortIndex == firstNeeded
      while longIndex >= 0, long[longIndex].byte != wanted || (needsWordStart && !long[longIndex].startsWord) {
        longIndex -= 1
      }
      guard longIndex >= 0 else { return nil }
      if needsWordStart { return long[longIndex].token }
      longIndex -= 1
      shortIndex -= 1
    }
    return nil
  }

  /// Whether the character at `index` is a one-character part: a letter between digits or ends, or a digit between
  /// letters or ends.
  private static func isLonePart(_ letters: [UInt8], at index: Int) -> Bool {
    let isDigit = ByteClass.isDigit(letters[index])
    let before = index > 0 ? ByteClass.isDigit(letters[index - 1]) != isDigit : true
    let after = index + 1 < letters.count ? ByteClass.isDigit(letters[index + 1]) != isDigit : true
    return before && after
  }

  // MARK: - The long form

  /// The long form's letters and digits, with numerals spelled as digits and Greek letters as Latin ones.
  private static func characters(of span: NameSpan, in text: IdentityText) -> [Character] {
    var characters: [Character] = []
    var index = span.first
    while index <= span.last, let token = text.token(index) {
      defer { index += 1 }
      guard token.kind == .word else { continue }
      if let number = numeral(text.originalBytes(token)) ?? element(text.lowerBytes(token)) {
        for (offset, digit) in number.enumerated() {
          characters.append(Character(byte: digit, startsWord: offset == 0, token: index))
        }
        continue
      }
      var startsWord = true
      var bytes = text.lowerBytes(token)[...]
      while let byte = bytes.first {
        if ByteClass.isAlphanumeric(byte) {
          characters.append(Character(byte: byte, startsWord: startsWord, token: index))
          startsWord = false
          bytes = bytes.dropFirst()
        } else if let (latin, length) = greekLetter(bytes) {
          characters.append(Character(byte: latin, startsWord: startsWord, token: index))
          startsWord = false
          bytes = bytes.dropFirst(length)
        } else if byte >= 0x80 {
          startsWord = false  // a letter of another script: part of the word, matches nothing
          bytes = bytes.dropFirst()
        } else {
          startsWord = true  // `-`, `'`, `/`, `.` inside a word start a new one
          bytes = bytes.dropFirst()
        }
      }
    }
    return characters
  }

  /// A Roman numeral (`II`, `XXVI`, `IIIa`, `IA`) or a number word (`two`) as ASCII digits, with one trailing letter
  /// kept (`IIIa` → `3a`).
  private static func numeral(_ word: ArraySlice<UInt8>) -> [UInt8]? {
    if let value = numberWords.firstIndex(where: {
      $0.count == word.count && $0.elementsEqual(word.lazy.map(ByteClass.lowercased))
    }) {
      return Array(String(value + 1).utf8)
    }
    var roman = word
    var suffix: [UInt8] = []
    if let last = roman.last, roman.count >= 2, ByteClass.isAlphanumeric(last), romanValues[last] == nil {
      suffix = [ByteClass.lowercased(last)]  // `IIIa`, `IA`
      roman = roman.dropLast()
    }
    guard !roman.isEmpty, roman.count <= 6, roman.allSatisfy({ romanValues[$0] != nil }) else { return nil }
    var total = 0
    var previous = 0
    for byte in roman.reversed() {
      let value = romanValues[byte] ?? 0
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    guard total > 0, total < 40 else { return nil }
    return Array(String(total).utf8) + suffix
  }

  /// `potassium` and `lysine` as `k`: symbols take the element's symbol and the amino acid's one-letter code
  /// (`KCNN1` ~ `Potassium Calcium-Activated Channel Subfamily N Member 1`, `KMT2D` ~ `Lysine Methyltransferase
  /// 2D`).
  private static func element(_ word: ArraySlice<UInt8>) -> [UInt8]? {
    word.elementsEqual("potassium".utf8) || word.elementsEqual("lysine".utf8) ? [UInt8(ascii: "k")] : nil
  }

  private static let romanValues: [UInt8: Int] = [UInt8(ascii: "I"): 1, UInt8(ascii: "V"): 5, UInt8(ascii: "X"): 10]

  private static let numberWords: [[UInt8]] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  ].map { Array($0.utf8) }

  /// A Greek small or capital letter at the start of `bytes` as its Latin initial, and its length in bytes.
  private static func greekLetter(_ bytes: ArraySlice<UInt8>) -> (UInt8, Int)? {
    guard bytes.count >= 2, let lead = bytes.first, lead == 0xCE || lead == 0xCF else { return nil }
    let second = bytes[bytes.index(after: bytes.startIndex)]
    let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
    // Lower-case α (U+03B1) … ω (U+03C9) and capitals Α (U+0391) … Ω (U+03A9) in alphabet order.
    let latin: [UInt8] = Array("abgdezetiklmnxoprsstupcpo".utf8)
    let position: Int
    switch scalar {
    case 0x03B1...0x03C9: position = Int(scalar - 0x03B1)
    case 0x0391...0x03A9: position = Int(scalar - 0x0391)
    default: return nil
    }
    return latin.indices.contains(position) ? (latin[position], 2) : nil
  }
}
