/// Reads the symbols named after an alias marker or inside a parenthesis: `BAR1`, `BAR1, BAR2 or BAR3`,
/// `the PNPase`. A word that starts a name (`RUN and SH3 domain …`, `SMAD Family Member 7`) is no alias.
enum AliasList {
  /// The aliases at `cursor` (which then stands after them), or nil (unmoved) when there are none.
  static func read(_ cursor: inout TokenCursor) -> TokenList? {
    var reading = cursor
    _ = reading.take(.the)
    var found = TokenList()
    while let token = reading.peek(), WordShape.isAliasLike(token, in: reading.text),
      endsAlias(after: reading.peekIndex, in: reading.text)
    {
      found.append(reading.peekIndex)
      _ = reading.next()
      var separator = reading
      _ = separator.take(.comma)
      if !separator.take(.or) { _ = separator.take(.and) }
      guard separator.peekIndex != reading.peekIndex, let next = separator.peek(),
        WordShape.isAliasLike(next, in: separator.text), endsAlias(after: separator.peekIndex, in: separator.text)
      else { break }
      reading = separator
    }
    guard !found.isEmpty else { return nil }
    cursor = reading
    return found
  }

  /// Whether the alias-like word at `index` stands alone: what follows closes a clause or a list, not a name
  /// (`SMAD Family Member 7` goes on; `MRP2, pumps` and `MRP2 (…)` stand alone).
  static func endsAlias(after index: Int, in text: IdentityText) -> Bool {
    var look = TokenCursor(text, at: index)
    _ = look.next()
    guard let next = look.peek() else { return true }
    switch next.kind {
    case .comma, .close, .semicolon, .period, .closeQuote, .colon, .separator: return true
    case .open: return next.spaceBefore
    case .word:
      if look.sees(.nameEnd) && !look.sees(.or) { return true }
      // `BAR1 or BAR2`, `BAR1 and BAR2`: a list goes on only with another lone alias.
      var list = look
      let joined = list.take(.or) ? true : list.take(.and)
      guard joined, let other = list.peek(), WordShape.isAliasLike(other, in: text) else { return false }
      var after = TokenCursor(text, at: list.peekIndex)
      _ = after.next()
      guard let following = after.peek() else { return true }
      return following.kind != .word || after.sees(.nameEnd)
    default: return false
    }
  }
}
