/// What one pattern captured where it matched.
struct PatternMatch {
  /// The symbol's token.
  var symbol: Int?
  /// The name.
  var name: NameSpan?
  /// Single-token aliases (`BAFF`), in order.
  var aliases = TokenList()
  /// Another name of the gene the sentence gives (`… cotransporter 2 or the Apical Sodium-dependent Bile Acid
  /// Transporter`).
  var otherName: NameSpan?
  /// Where the match ends.
  var end: TokenCursor

  init(at cursor: TokenCursor) {
    end = cursor
  }

  /// Matches `steps` from `cursor`; nil when they do not all match.
  static func match(_ steps: [PatternStep], at cursor: TokenCursor) -> PatternMatch? {
    PatternMatch(at: cursor).matching(steps, steps.indices)
  }

  /// This match extended by the steps in `range`, or nil.
  private func matching(_ steps: [PatternStep], _ range: Range<Int>) -> PatternMatch? {
    var match = self
    var index = range.lowerBound
    while index < range.upperBound {
      switch steps[index] {
      case .optional(let count):
        let body = index + 1..<min(index + 1 + count, range.upperBound)
        if let extended = match.matching(steps, body) { match = extended }
        index = body.upperBound
      case .gap(let count):
        // The fewest words skipped that let the rest match.
        var skipping = match
        for _ in 0...count {
          if let rest = skipping.matching(steps, index + 1..<range.upperBound) { return rest }
          guard skipping.end.take(.word) != nil else { return nil }
        }
        return nil
      case let step:
        guard match.take(step) else { return nil }
        index += 1
      }
    }
    return match
  }

  /// Reads one step at ``end``; false when it does not match there.
  private mutating func take(_ step: PatternStep) -> Bool {
    switch step {
    case .phrase(let words):
      guard let after = words._withUnsafeGuaranteedRef({ $0.match(at: end) }) else { return false }
      end = after
      return true
    case .token(let kind):
      return end.take(kind) != nil
    case .unless(let words):
      return words._withUnsafeGuaranteedRef { $0.match(at: end) } == nil
    case .symbolAhead:
      return end.peek()?.isSymbolShaped == true
    case .optional, .gap:
      return true  // laid out by `matching`
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
      aliases.append(contentsOf: found)
      end = look
      return true
    case .aliasClause:
      var look = end
      guard look.take(.comma) != nil || look.take(.semicolon) != nil, look.take(.aliasMarker),
        let found = AliasList.read(&look)
      else { return false }
      aliases.append(contentsOf: found)
      end = look
      return true
    case .otherName:
      var look = end
      guard look.take(.or), let span = NameReader.read(&look) else { return false }
      otherName = span
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
    case .skipToClose:
      var look = end
      var depth = 0
      var skipped = 0
      while let token = look.peek(), token.kind != .close || depth > 0 {
        guard token.kind != .period, skipped < 16 else { return false }
        if token.kind == .open { depth += 1 } else if token.kind == .close { depth -= 1 }
        skipped += 1
        _ = look.next()
      }
      end = look
      return true
    }
  }
}
