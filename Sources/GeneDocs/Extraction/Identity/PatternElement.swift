/// One element of an identity pattern (``IdentityPhrasing``): a token class, a word class, or a capture.
indirect enum PatternElement: Sendable {
  /// One phrase of a word class.
  case phrase(WordClass)
  /// One token of this kind.
  case token(IdentityToken.Kind)
  /// The gene symbol: a symbol-shaped word (captured).
  case symbol
  /// Another symbol of the gene: a symbol-shaped or mixed-case word (`BAFF`, `kvLQT1`, `PNPase`; captured).
  case alias
  /// `, ALIAS` standing alone after a name (`Glucose Transporter Type 2, GLUT2, is`; captured).
  case appositiveAlias
  /// `(ALIAS)`, `(also known as ALIAS, ALIAS)`: a parenthesis that holds only other symbols (captured).
  case aliasParenthesis
  /// A name: quoted, or a run of words up to a clause boundary (``NameReader``; captured).
  case name
  /// `or [the] NAME` after a name: another name of the gene (captured as an alias).
  case otherName
  /// Up to this many words, skipped.
  case gap(Int)
  /// Everything up to the first parenthesis of the sentence, when no verb comes before it.
  case skipToParenthesis
  /// The element, or nothing (the element is tried first).
  case optional(PatternElement)
  /// These elements in order.
  case sequence([PatternElement])
}

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
  case name
  case otherName
  case skipToParenthesis
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
      case .name: steps.append(.name)
      case .otherName: steps.append(.otherName)
      case .skipToParenthesis: steps.append(.skipToParenthesis)
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
      case .optional(let count):
        let body = index + 1..<min(index + 1 + count, range.upperBound)
        _ = admitFirsts(of: steps, body)
        index = body.upperBound
        continue
      case .phrase(let words): flags.formUnion(words._withUnsafeGuaranteedRef { $0.flag })
      case .token(let kind): kinds |= 1 << UInt32(kind.rawValue)
      case .symbol: symbolShaped = true
      case .alias, .name: anyWord = true
      case .appositiveAlias: kinds |= 1 << UInt32(IdentityToken.Kind.comma.rawValue)
      case .aliasParenthesis: kinds |= 1 << UInt32(IdentityToken.Kind.open.rawValue)
      case .otherName: flags.formUnion(.or)
      case .gap, .skipToParenthesis: anything = true
      }
      if case .name = steps[index] { kinds |= 1 << UInt32(IdentityToken.Kind.openQuote.rawValue) }
      return false
    }
    return true
  }

  /// Whether `token` can be the first token of a match.
  func admits(_ token: IdentityToken?) -> Bool {
    guard let token else { return anything }
    if anything || kinds & (1 << UInt32(token.kind.rawValue)) != 0 { return true }
    guard token.kind == .word else { return false }
    return anyWord || (symbolShaped && token.isSymbolShaped) || !token.flags.isDisjoint(with: flags)
  }
}
