/// A paragraph or title split once into ``IdentityToken``s, with ASCII-lower-cased bytes beside the original ones:
/// the view every pattern reads. Its accessors are bounds-checked and return optionals, so an unexpected shape can
/// only fail to match, never read out of bounds.
///
/// It points into ``IdentityTextStorage``'s arrays and exists only inside ``IdentityTextStorage/withText(_:)``:
/// patterns copy cursors at every step they try, and a pointer to buffers copies in one word with no reference
/// count to retain and release.
struct IdentityText {
  /// The buffers of one text.
  struct Buffers {
    let bytes: UnsafeBufferPointer<UInt8>
    let lower: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<IdentityToken>
    let sentences: UnsafeBufferPointer<Int>
    /// The word classes the words can start phrases of, and the token kinds (``IdentityToken/Kind/bit``) there are.
    let flags: WordFlags
    let kinds: UInt32
  }

  private let buffers: UnsafePointer<Buffers>

  init(_ buffers: UnsafePointer<Buffers>) {
    self.buffers = buffers
  }

  /// The text's bytes, as given.
  var bytes: UnsafeBufferPointer<UInt8> { buffers.pointee.bytes }
  /// The same bytes, ASCII letters lower-cased.
  var lower: UnsafeBufferPointer<UInt8> { buffers.pointee.lower }
  /// The tokens, in order.
  var tokens: UnsafeBufferPointer<IdentityToken> { buffers.pointee.tokens }
  /// For each token, the index of its sentence (0 for the first).
  var sentences: UnsafeBufferPointer<Int> { buffers.pointee.sentences }

  /// Whether the tokens hold what a pattern needs somewhere.
  func holds(_ needs: PatternNeeds) -> Bool {
    needs.areMet(flags: buffers.pointee.flags, kinds: buffers.pointee.kinds)
  }

  // MARK: - Accessors

  /// The token at `index`, or nil outside the text.
  @inline(__always)
  func token(_ index: Int) -> IdentityToken? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  /// The sentence index of the token at `index` (the last sentence's outside the text).
  func sentence(ofToken index: Int) -> Int {
    index >= 0 && index < sentences.count ? sentences[index] : (sentences.last ?? 0)
  }

  /// The original bytes of the tokens from `first` through `last`, or nil when that is not a range of the text.
  func bytes(from first: Int, through last: Int) -> Slice<UnsafeBufferPointer<UInt8>>? {
    guard let start = token(first)?.range.lowerBound, let end = token(last)?.range.upperBound, start <= end,
      end <= bytes.count
    else { return nil }
    return bytes[start..<end]
  }

  /// The original text of the tokens from `first` through `last`.
  func string(from first: Int, through last: Int) -> String? {
    bytes(from: first, through: last).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
  }

  /// The lower-cased bytes of a token.
  func lowerBytes(_ token: IdentityToken) -> Slice<UnsafeBufferPointer<UInt8>> {
    token.range.upperBound <= lower.count ? lower[token.range] : lower[0..<0]
  }

  /// The original bytes of a token.
  func originalBytes(_ token: IdentityToken) -> Slice<UnsafeBufferPointer<UInt8>> {
    token.range.upperBound <= bytes.count ? bytes[token.range] : bytes[0..<0]
  }

  /// A token's text.
  func string(_ token: IdentityToken) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: originalBytes(token)), as: UTF8.self)
  }

  /// Whether a token is the word `word` (lower-case ASCII), in any case.
  func isWord(_ token: IdentityToken, _ word: [UInt8]) -> Bool {
    token.kind == .word && token.range.count == word.count && lowerBytes(token).elementsEqual(word)
  }

  /// Whether some `(` is followed by a symbol-shaped word and `)`.
  var hasParenthesizedSymbol: Bool {
    tokens.indices.contains { index in
      tokens[index].kind == .open && token(index + 1)?.isSymbolShaped == true && token(index + 2)?.kind == .close
    }
  }

  /// Whether two tokens hold the same bytes.
  func sameText(_ left: IdentityToken, _ right: IdentityToken) -> Bool {
    left.range.count == right.range.count && originalBytes(left).elementsEqual(originalBytes(right))
  }
}
