/// What the first token of a match can be, worked out from a pattern's first steps: a row whose first token cannot
/// start it is not tried (most tails fail at their first token, and trying them was most of the matching time).
struct PatternStart: Sendable {
  private var kinds: UInt32 = 0
  private var flags: WordFlags = []
  private var anyWord = false
  private var symbolShaped = false
  private var anything = false

  init(_ steps: [PatternStep]) {
    if admitFirsts(of: steps, steps.indices) { anything = true }
  }

  /// Admits what can start the steps in `range`; returns whether they can all be skipped (match nothing).
  private mutating func admitFirsts(of steps: [PatternStep], _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound {
      switch steps[index] {
      case .unless:
        index += 1
        continue
      case .optional(let count):
        let body = index + 1..<min(index + 1 + count, range.upperBound)
        _ = admitFirsts(of: steps, body)
        index = body.upperBound
        continue
      case .phrase(let words): flags.formUnion(words._withUnsafeGuaranteedRef { $0.flag })
      case .token(let kind): kinds |= kind.bit
      case .symbol, .symbolAhead: symbolShaped = true
      case .alias, .name: anyWord = true
      case .appositiveAlias: kinds |= IdentityToken.Kind.comma.bit
      case .aliasParenthesis: kinds |= IdentityToken.Kind.open.bit
      case .aliasClause:
        kinds |= IdentityToken.Kind.comma.bit | IdentityToken.Kind.semicolon.bit
      case .otherName: flags.formUnion(.or)
      case .gap, .skipToParenthesis, .skipToClose: anything = true
      }
      if case .name = steps[index] { kinds |= IdentityToken.Kind.openQuote.bit }
      return false
    }
    return true
  }

  /// Whether `token` can be the first token of a match.
  func admits(_ token: IdentityToken?) -> Bool {
    guard let token else { return anything }
    if anything || kinds & token.kind.bit != 0 { return true }
    guard token.kind == .word else { return false }
    return anyWord || (symbolShaped && token.isSymbolShaped) || !token.flags.isDisjoint(with: flags)
  }
}
