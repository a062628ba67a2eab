/// One step of a compiled pattern (``PatternStep/compile(_:)``): ``PatternElement``s laid out flat, optional parts
/// as a marker before their steps. Matching is greedy (an optional part that matches is kept) and a gap lazy (the
/// fewest skipped words that let the rest match): one pass, no alternatives spelled out and tried in turn.
enum PatternStep: Sendable {
  /// The class unretained: word classes are static and live as long as the program, and a counted reference in
  /// the step was retained and released at every step tried.
  case phrase(Unmanaged<WordClass>)
  case token(IdentityToken.Kind)
  case symbol
  case alias
  case appositiveAlias
  case aliasParenthesis
  case aliasClause
  case name
  case otherName
  case skipToParenthesis
  case skipToClose
  /// Matches nothing, where no phrase of the class comes next.
  case unless(Unmanaged<WordClass>)
  /// Matches nothing, where a symbol-shaped word comes next.
  case symbolAhead
  /// Up to this many words, skipped lazily.
  case gap(Int)
  /// The next this-many steps are optional: kept when they all match, else skipped.
  case optional(Int)

  /// The elements as steps.
  static func compile(_ elements: [PatternElement]) -> [PatternStep] {
    var steps: [PatternStep] = []
    for element in elements {
      switch element {
      case .phrase(let words): steps.append(.phrase(Unmanaged.passUnretained(words)))
      case .token(let kind): steps.append(.token(kind))
      case .symbol: steps.append(.symbol)
      case .alias: steps.append(.alias)
      case .appositiveAlias: steps.append(.appositiveAlias)
      case .aliasParenthesis: steps.append(.aliasParenthesis)
      case .aliasClause: steps.append(.aliasClause)
      case .name: steps.append(.name)
      case .otherName: steps.append(.otherName)
      case .skipToParenthesis: steps.append(.skipToParenthesis)
      case .skipToClose: steps.append(.skipToClose)
      case .unless(let words): steps.append(.unless(Unmanaged.passUnretained(words)))
      case .symbolAhead: steps.append(.symbolAhead)
      case .gap(let count): steps.append(.gap(count))
      case .optional(let inner):
        let body = compile([inner])
        steps.append(.optional(body.count))
        steps += body
      case .sequence(let inner): steps += compile(inner)
      }
    }
    return steps
  }
}
