/// One token of a paragraph or title, with the bytes it covers (SPEC §6: every extracted string is a span).
struct IdentityToken: Sendable, Equatable {
  /// What a token is.
  enum Kind: UInt8, Sendable {
    /// Letters, digits and the joiners inside a word (`Erb-B2`, `5'-nucleotidase`, `NAD(P)H` is three words).
    case word
    case comma
    /// A `.` that is not inside a word.
    case period
    case semicolon
    case colon
    /// `(` or `[`.
    case open
    /// `)` or `]`.
    case close
    /// `"`, `“`, `‘` or `'` opening a quotation.
    case openQuote
    /// `"`, `”`, `’` or `'` closing one.
    case closeQuote
    /// A dash between spaces (` — `, ` – `, ` - `) or `|`.
    case separator
    /// What emphasis and code markup leave behind: `*`, `_`, `` ` ``, `~`.
    case markup
    /// Any other punctuation.
    case other

    /// This kind's bit in a set of kinds.
    var bit: UInt32 { 1 << UInt32(rawValue) }
  }

  let kind: Kind
  /// The bytes it covers in the text it came from.
  let range: Range<Int>
  /// Whether white space (or the start of the text) comes before it.
  let spaceBefore: Bool
  /// A word with a gene symbol's shape (``SymbolShape``): `CDK4`, `HLA-B`, `C6orf15`.
  let isSymbolShaped: Bool
  /// The first byte, ASCII-lower-cased.
  let lowerFirst: UInt8
  /// For a word: the word classes it can start a phrase of (``WordIndex``).
  let flags: WordFlags
  /// For a word: the ``WordIndex/Hasher`` value of its lower-cased bytes.
  let hash: UInt64
}
