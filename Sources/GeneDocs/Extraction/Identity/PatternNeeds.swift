/// What a text must hold somewhere for a pattern to match in it: the word classes and token kinds of the steps that
/// no match skips (those outside optional parts). A row whose needs the text lacks is not tried: most rows name a
/// word class (`stands for`, `or`, `encoded by`) that most first sentences do not hold, and trying them anyway read a
/// name at the start for each.
struct PatternNeeds: Sendable {
  private var flags: WordFlags = []
  private var kinds: UInt32 = 0

  init(_ steps: [PatternStep]) {
    var index = 0
    while index < steps.count {
      switch steps[index] {
      case .optional(let count):
        index += 1 + count
        continue
      case .phrase(let words): flags.formUnion(words._withUnsafeGuaranteedRef { $0.flag })
      case .token(let kind): kinds |= kind.bit
      case .otherName: flags.formUnion(.or)
      case .appositiveAlias: kinds |= IdentityToken.Kind.comma.bit
      case .symbol, .symbolAhead, .alias, .aliasParenthesis, .aliasClause, .name, .skipToParenthesis, .skipToClose,
        .unless, .gap:
        break
      }
      index += 1
    }
  }

  /// Whether a text whose words can start phrases of the classes `flags` and whose tokens are of the kinds `kinds`
  /// (a set of ``IdentityToken/Kind/bit``s) holds what the pattern needs.
  func areMet(flags present: WordFlags, kinds presentKinds: UInt32) -> Bool {
    present.isSuperset(of: flags) && presentKinds & kinds == kinds
  }
}
