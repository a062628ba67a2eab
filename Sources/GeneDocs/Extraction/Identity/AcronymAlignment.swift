/// The acronym test of Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation definitions in
/// biomedical text"): the short form's letters and digits are found in the long form from right to left, in order,
/// the first of them at the start of a word. It is the evidence that a phrase beside a symbol is that symbol's name
/// (`CDK4` ~ `Cyclin-Dependent Kinase 4`, `GGCX` ~ `Gamma-glutamyl carboxylase`).
///
/// Gene nomenclature adds four allowances: a number may be written as a Roman numeral or a word (`COL26A1` ~
/// `collagen type XXVI alpha 1 chain`, `TOP2A` ~ `Topoisomerase (DNA) II alpha`); a Greek letter counts as its
/// Latin initial (`κ` as `k`); `potassium` and `lysine` count as `k`, the element's symbol and the amino acid's
/// code; and one letter or digit of the symbol between its first and last parts may have no counterpart, as a
/// subfamily letter often has none (`SLC22A4` ~ `Solute Carrier Family 22 Member 4`). The allowances add readings:
/// a numeral or number word also counts as its letters, as in the plain test (`XAGE5` ~ `X antigen family member 5`,
/// `SIX2` ~ `SIX homeobox 2`).
enum AcronymAlignment {
  /// A short form's letters and digits, lower-cased.
  struct ShortForm {
    fileprivate let letters: [UInt8]

    init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
      var letters: [UInt8] = []
      letters.reserveCapacity(bytes.count)
      for byte in bytes where ByteClass.isAlphanumeric(byte) { letters.append(ByteClass.lowercased(byte)) }
      self.letters = letters
    }

    /// How many letters and digits it has.
    var count: Int { letters.count }
  }

  /// A long form's characters (``characters(of:in:)``), worked out once for every test of it.
  struct LongForm {
    fileprivate let characters: [Character]
    /// Each reading of the long form: ``characters`` (numerals and number words as their values), then, when it
    /// has any, the characters as written.
    fileprivate let readings: [[Character]]

    init(_ span: NameSpan, in text: IdentityText) {
      var valued = false
      characters = AcronymAlignment.characters(of: span, in: text, readingValues: true, valued: &valued)
      readings =
        valued
        ? [characters, AcronymAlignment.characters(of: span, in: text, readingValues: false, valued: &valued)]
        : [characters]
    }
  }

  /// Whether `short` aligns with the tokens of `span`.
  static func aligns<Bytes: Collection<UInt8>>(short: Bytes, with span: NameSpan, in text: IdentityText) -> Bool {
    start(ShortForm(short), LongForm(span, in: text)) != nil
  }

  /// The index of the token where the long form begins, or nil when `short` does not align with it.
  static func start(_ short: ShortForm, _ long: LongForm) -> Int? {
    let letters = short.letters
    guard !letters.isEmpty else { return nil }
    for characters in long.readings {
      if let found = match(letters, skipping: nil, in: characters) { return found }
    }
    // One letter or digit that is a part of its own (`A` in `SLC22A4`) may go unmatched, but not the first part nor
    // the last: `neural cadherin` names the family, not `CDH2`; `interleukin-12` not `IL12A`.
    for index in letters.indices.dropFirst().dropLast() where isLonePart(letters, at: index) {
      for characters in long.readings {
        if let found = match(letters, skipping: index, in: characters) { return found }
      }
    }
    return nil
  }

  /// A looser test for a phrase in parentheses right after the symbol: the symbol's first letter starts the phrase
  /// and at least half of its other letters and digits follow in order.
  static func initialsAgree(_ short: ShortForm, _ long: LongForm) -> Bool {
    guard let first = short.letters.first, let initial = long.characters.first, initial.byte == first else {
      return false
    }
    let rest = Array(short.letters.dropFirst())
    return commonSubsequenceLength(rest, long.characters.dropFirst().map(\.byte)) * 2 >= rest.count
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
  static func isShortEnough(_ short: ShortForm, words: Int) -> Bool {
    words <= min(short.count + 5, short.count * 2)
  }

  /// One character of the long form: a lower-case letter or digit, whether a word starts there, and its token.
  fileprivate struct Character {
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

  /// The long form's letters and digits, Greek letters as Latin ones; with `readingValues`, numerals and number words
  /// spelled as digits (and `valued` set when one was).
  private static func characters(
    of span: NameSpan, in text: IdentityText, readingValues: Bool, valued: inout Bool
  ) -> [Character] {
    var characters: [Character] = []
    characters.reserveCapacity(64)
    let values = wordValues
    var index = span.first
    while index <= span.last, let token = text.token(index) {
      defer { index += 1 }
      guard token.kind == .word else { continue }
      if readingValues, appendWordValue(of: token, at: index, in: text, values: values, to: &characters) {
        valued = true
        continue
      }
      let bytes = text.lowerBytes(token)
      var startsWord = true
      var position = bytes.startIndex
      while position < bytes.endIndex {
        let byte = bytes[position]
        if ByteClass.isAlphanumeric(byte) {
          characters.append(Character(byte: byte, startsWord: startsWord, token: index))
          startsWord = false
          position += 1
        } else if byte == 0xCE || byte == 0xCF, position + 1 < bytes.endIndex,
          let latin = greekInitial(byte, bytes[position + 1])
        {
          characters.append(Character(byte: latin, startsWord: startsWord, token: index))
          startsWord = false
          position += 2
        } else {
          // `-`, `'`, `/`, `.` inside a word start a new one; a letter of another script matches nothing.
          startsWord = byte < 0x80
          position += 1
        }
      }
    }
    return characters
  }

  /// Appends what a whole word stands for, when it is a numeral or an element: a Roman numeral (`II`, `XXVI`,
  /// `IIIa` → `3a`, `IA` → `1a`) or a number word (`two`) as digits, `potassium` and `lysine` as `k` (the element's
  /// symbol and the amino acid's code: `KCNN1` ~ `Potassium Calcium-Activated Channel …`, `KMT2D` ~ `Lysine
  /// Methyltransferase 2D`). False for any other word.
  private static func appendWordValue(
    of token: IdentityToken, at index: Int, in text: IdentityText, values: [WordValue],
    to characters: inout [Character]
  ) -> Bool {
    if let special = values.first(where: { $0.hash == token.hash && $0.count == token.range.count }) {
      for offset in 0..<special.value.count {
        characters.append(Character(byte: special.value.byte(offset), startsWord: offset == 0, token: index))
      }
      return true
    }
    let word = text.originalBytes(token)
    guard let first = word.first, word.count <= 7, romanValue(first) != nil else { return false }
    // A lone `I`, `V` or `X` right after a number is a letter (`Interleukin 1 X`), not a numeral (`collagen type X`).
    if word.count == 1, let previous = text.token(index - 1), previous.kind == .word,
      text.originalBytes(previous).allSatisfy(ByteClass.isDigit)
    {
      return false
    }
    // A lone `I`, `V` or `X` elsewhere is a numeral or a letter (`coagulation factor X` ~ `F10`, `Quorum Regulator
    // X 4` ~ `QRX4`): its digits, then the letter, which cannot start a match.
    if word.count == 1, let value = romanValue(first) {
      appendDigits(of: value, at: index, to: &characters)
      characters.append(Character(byte: ByteClass.lowercased(first), startsWord: false, token: index))
      return true
    }
    var total = 0
    var previous = 0
    var suffix: UInt8?
    for (offset, byte) in word.reversed().enumerated() {
      guard let value = romanValue(byte) else {
        // A subtype letter may follow the numeral (`IIIa`, `IA`, `IIB`).
        let letter = ByteClass.lowercased(byte)
        guard offset == 0, word.count >= 2, letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "d") else {
          return false
        }
        suffix = letter
        continue
      }
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    guard total > 0, total < 40 else { return false }
    appendDigits(of: total, at: index, to: &characters)
    if let suffix { characters.append(Character(byte: suffix, startsWord: false, token: index)) }
    return true
  }

  /// The value of a Roman numeral's letter `I`, `V` or `X` (the numerals gene names use), or nil.
  private static func romanValue(_ byte: UInt8) -> Int? {
    switch byte {
    case UInt8(ascii: "I"): 1
    case UInt8(ascii: "V"): 5
    case UInt8(ascii: "X"): 10
    default: nil
    }
  }

  /// Appends the decimal digits of `number` (1 to 39), the first starting a word.
  private static func appendDigits(of number: Int, at index: Int, to characters: inout [Character]) {
    if number >= 10 {
      characters.append(Character(byte: UInt8(ascii: "0") + UInt8(number / 10), startsWord: true, token: index))
      characters.append(Character(byte: UInt8(ascii: "0") + UInt8(number % 10), startsWord: false, token: index))
    } else {
      characters.append(Character(byte: UInt8(ascii: "0") + UInt8(number), startsWord: true, token: index))
    }
  }

  /// A word that stands for something shorter, and what: its ``WordIndex/Hasher`` value, length and value (one or
  /// two bytes, held inline so that reading the table copies no counted reference).
  private struct WordValue {
    struct Bytes {
      let first: UInt8
      let second: UInt8?
      var count: Int { second == nil ? 1 : 2 }
      func byte(_ offset: Int) -> UInt8 { offset == 0 ? first : second ?? first }
    }

    let hash: UInt64
    let count: Int
    let value: Bytes

    init(_ word: String, _ value: String) {
      hash = WordIndex.Hasher.hash(word.utf8)
      count = word.utf8.count
      let bytes = Array(value.utf8)
      self.value = Bytes(first: bytes.first ?? 0, second: bytes.count > 1 ? bytes[1] : nil)
    }
  }

  /// Number words and elements.
  private static let wordValues: [WordValue] = [
    ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"),
    ("eight", "8"), ("nine", "9"), ("ten", "10"), ("eleven", "11"), ("twelve", "12"), ("potassium", "k"),
    ("lysine", "k"),
  ].map(WordValue.init)

  /// The Latin initial of a Greek small or capital letter written `lead second` in UTF-8.
  private static func greekInitial(_ lead: UInt8, _ second: UInt8) -> UInt8? {
    let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(second & 0x3F)
    // α (U+03B1) … ω (U+03C9) and Α (U+0391) … Ω (U+03A9) in alphabet order: the initial of each letter's name.
    let position: UInt32
    switch scalar {
    case 0x03B1...0x03C9: position = scalar - 0x03B1
    case 0x0391...0x03A9: position = scalar - 0x0391
    default: return nil
    }
    return greekInitials.withUTF8Buffer { initials in
      Int(position) < initials.count ? initials[Int(position)] : nil
    }
  }

  private static let greekInitials: StaticString = "abgdezetiklmnxoprsstupcpo"
}
