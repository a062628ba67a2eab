/// A paragraph or title split once into ``IdentityToken``s, with ASCII-lower-cased bytes beside the original ones.
///
/// Everything the identity reader looks at goes through the accessors here, which return optionals: an unexpected
/// shape can only fail to match, never read out of bounds.
final class IdentityText: Sendable {
  /// How much of a paragraph is read: the first sentences, where documents state symbol and name.
  static let window = 1_000

  /// The text's bytes (up to ``window``, cut at a token boundary).
  let bytes: [UInt8]
  /// The same bytes, ASCII letters lower-cased.
  let lower: [UInt8]
  /// The tokens, in order.
  let tokens: [IdentityToken]
  /// For each token, the index of the sentence it is in (0 for the first).
  let sentences: [Int]

  init(_ text: String, limit: Int = IdentityText.window) {
    var text = text
    let bytes = text.withUTF8 { utf8 in Array(utf8.prefix(limit)) }
    var tokenizer = IdentityTokenizer(bytes)
    let tokens = tokenizer.tokenize(cutAtLimit: text.utf8.count > limit)
    self.tokens = tokens
    self.bytes = bytes
    self.lower = bytes.map(ByteClass.lowercased)
    self.sentences = Self.sentenceIndices(tokens, bytes: bytes)
  }

  // MARK: - Accessors

  /// The token at `index`, or nil outside the text.
  func token(_ index: Int) -> IdentityToken? {
    tokens.indices.contains(index) ? tokens[index] : nil
  }

  /// The sentence index of the token at `index` (the last sentence's outside the text).
  func sentence(ofToken index: Int) -> Int {
    sentences.indices.contains(index) ? sentences[index] : (sentences.last ?? 0)
  }

  /// The original bytes of the tokens from `first` through `last`, or nil when that is not a range of the text.
  func bytes(from first: Int, through last: Int) -> ArraySlice<UInt8>? {
    guard let start = token(first)?.range.lowerBound, let end = token(last)?.range.upperBound, start <= end,
      end <= bytes.count
    else { return nil }
    return bytes[start..<end]
  }

  /// The original text of the tokens from `first` through `last`.
  func string(from first: Int, through last: Int) -> String? {
    bytes(from: first, through: last).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The lower-cased bytes of a token.
  func lowerBytes(_ token: IdentityToken) -> ArraySlice<UInt8> {
    guard token.range.upperBound <= lower.count else { return [] }
    return lower[token.range]
  }

  /// The original bytes of a token.
  func originalBytes(_ token: IdentityToken) -> ArraySlice<UInt8> {
    guard token.range.upperBound <= bytes.count else { return [] }
    return bytes[token.range]
  }

  /// Whether a token is the word `word` (lower-case ASCII), in any case.
  func isWord(_ token: IdentityToken, _ word: [UInt8]) -> Bool {
    token.kind == .word && token.range.count == word.count && lowerBytes(token).elementsEqual(word)
  }

  /// Whether two tokens hold the same bytes.
  func sameText(_ left: IdentityToken, _ right: IdentityToken) -> Bool {
    left.range.count == right.range.count && originalBytes(left).elementsEqual(originalBytes(right))
  }

  // MARK: - Sentences

  /// A sentence ends at a period outside parentheses (and a closing quote after it) when an upper-case word or a
  /// digit follows after white space.
  private static func sentenceIndices(_ tokens: [IdentityToken], bytes: [UInt8]) -> [Int] {
    var indices: [Int] = []
    indices.reserveCapacity(tokens.count)
    var sentence = 0
    var depth = 0
    var pendingEnd = false
    for token in tokens {
      if pendingEnd, token.kind != .closeQuote {
        pendingEnd = false
        if token.spaceBefore,
          let first = bytes.indices.contains(token.range.lowerBound) ? bytes[token.range.lowerBound] : nil,
          ByteClass.isUppercase(first) || ByteClass.isDigit(first)
        {
          sentence += 1
        }
      }
      indices.append(sentence)
      switch token.kind {
      case .open: depth += 1
      case .close: depth = max(0, depth - 1)
      case .period where depth == 0: pendingEnd = true
      default: break
      }
    }
    return indices
  }
}
