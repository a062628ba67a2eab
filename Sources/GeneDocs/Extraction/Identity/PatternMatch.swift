/// What one pattern captured where it matched.
struct PatternMatch: Sendable {
  /// The symbol's token.
  var symbol: Int?
  /// The name.
  var name: NameSpan?
  /// Single-token aliases (`BAFF`), in order.
  var aliases: [Int] = []
  /// Other names of the gene the sentence gives (`… cotransporter 2 or the Apical Sodium-dependent Bile Acid
  /// Transporter`).
  var otherNames: [NameSpan] = []
  /// Where the match ends.
  var end: TokenCursor

  init(at cursor: TokenCursor) {
    end = cursor
  }

  /// Matches `steps` from `cursor`; nil when they do not all match.
  static func match(_ steps: [PatternStep], at cursor: TokenCursor) -> PatternMatch? {
    var match = PatternMatch(at: cursor)
    for step in steps {
      guard match.take(step) else { return nil }
    }
    return match
  }

  /// Reads one step at ``end``; false when it does not match there.
  private mutating func take(_ step: PatternStep) -> Bool {
    switch step {
    case .phrase(let words):
      return end.take(words)
    case .token(let kind):
      return end.take(kind) != nil
    case .anyWord:
      return end.take(.word) != nil
    case .symbol:
      guard let token = end.peek(), token.isSymbolShaped else { return false }
      symbol = end.peekIndex
      _ = end.next()
      return true
    case .alias:
      guard let token = end.peek(), WordShape.isAliasLike(token, in: end.text) else { return false }
      aliases.append(end.peekIndex)
      _ = end.next()
      return true
    case .appositiveAlias:
      var look = end
      guard look.take(.comma) != nil, let token = look.peek(), token.isSymbolShaped,
        AliasList.endsAlias(after: look.peekIndex, in: look.text)
      else { return false }
      aliases.append(look.peekIndex)
      _ = look.next()
      end = look
      return true
    case .aliasParenthesis:
      // `(Raptor)` after `… of mTOR complex 1`: a capitalized word that abbreviates the name before it.
      if let name, NameReader.holdsOnlyAnotherSymbol(end, after: name) {
        var look = end
        _ = look.take(.open)
        aliases.append(look.peekIndex)
        _ = look.next()
        _ = look.take(.close)
        end = look
        return true
      }
      var look = end
      guard look.take(.open) != nil else { return false }
      _ = look.take(.aliasMarker)
      guard let found = AliasList.read(&look), look.take(.close) != nil else { return false }
      aliases += found
      end = look
      return true
    case .otherName:
      var look = end
      guard look.take(.or), let span = NameReader.read(&look) else { return false }
      otherNames.append(span)
      end = look
      return true
    case .name:
      guard let span = NameReader.read(&end) else { return false }
      name = span
      return true
    case .skipToParenthesis:
      var look = end
      var skipped = 0
      while let token = look.peek(), token.kind != .open {
        guard token.kind != .period, skipped < 40, !(token.kind == .word && look.sees(.copula)) else { return false }
        skipped += 1
        _ = look.next()
      }
      end = look
      return true
    }
  }
}
