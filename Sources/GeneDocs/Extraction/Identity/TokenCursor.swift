/// A position among an ``IdentityText``'s tokens. Every read returns an optional and markup remnants (`*`, `_`)
/// are stepped over, so a pattern that meets an unexpected shape fails to match; it cannot read out of bounds.
struct TokenCursor {
  let text: IdentityText
  /// The index of the next token to read (markup included).
  private(set) var index: Int

  init(_ text: IdentityText, at index: Int = 0) {
    self.text = text
    self.index = index
  }

  /// The index of the next token that is not markup.
  @inline(__always)
  private var nextIndex: Int {
    var next = index
    while let token = text.token(next), token.kind == .markup { next += 1 }
    return next
  }

  /// The next token that is not markup, without moving.
  @inline(__always)
  func peek() -> IdentityToken? {
    text.token(nextIndex)
  }

  /// The token after the next one (markup aside), without moving.
  func peekSecond() -> IdentityToken? {
    var copy = self
    _ = copy.next()
    return copy.peek()
  }

  /// The index of the token ``peek()`` returns.
  var peekIndex: Int { nextIndex }

  /// Whether no token but markup is left.
  var atEnd: Bool { peek() == nil }

  /// Reads the next token that is not markup.
  mutating func next() -> IdentityToken? {
    let next = nextIndex
    guard let token = text.token(next) else { return nil }
    index = next + 1
    return token
  }

  /// Reads the next token when it is of `kind`.
  mutating func take(_ kind: IdentityToken.Kind) -> IdentityToken? {
    guard let token = peek(), token.kind == kind else { return nil }
    return next()
  }

  /// Reads the next token when it is the word `word` (lower-case ASCII) in any case.
  mutating func take(word: [UInt8]) -> IdentityToken? {
    guard let token = peek(), text.isWord(token, word) else { return nil }
    return next()
  }

  /// Reads the longest phrase of `words` that comes next; false (and unmoved) when none does.
  mutating func take(_ words: WordClass) -> Bool {
    guard let after = words.match(at: self) else { return false }
    self = after
    return true
  }

  /// Whether a phrase of `words` comes next, without moving.
  func sees(_ words: WordClass) -> Bool {
    words.match(at: self) != nil
  }
}
