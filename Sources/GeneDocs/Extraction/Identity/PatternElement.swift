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

/// A pattern element that needs no choice: what ``PatternElement``s become once optional parts and gaps are
/// spelled out (``IdentityPhrasing/alternatives``).
enum PatternStep: Sendable {
  case phrase(WordClass)
  case token(IdentityToken.Kind)
  case symbol
  case alias
  case appositiveAlias
  case aliasParenthesis
  case name
  case otherName
  case anyWord
  case skipToParenthesis

  /// Every way of spelling out `elements`, the ones with more optional parts present first.
  static func alternatives(_ elements: [PatternElement]) -> [[PatternStep]] {
    var results: [[PatternStep]] = [[]]
    for element in elements {
      let choices = alternatives(of: element)
      results = results.flatMap { prefix in choices.map { prefix + $0 } }
    }
    return results
  }

  private static func alternatives(of element: PatternElement) -> [[PatternStep]] {
    switch element {
    case .phrase(let words): return [[.phrase(words)]]
    case .token(let kind): return [[.token(kind)]]
    case .symbol: return [[.symbol]]
    case .alias: return [[.alias]]
    case .appositiveAlias: return [[.appositiveAlias]]
    case .aliasParenthesis: return [[.aliasParenthesis]]
    case .name: return [[.name]]
    case .otherName: return [[.otherName]]
    case .skipToParenthesis: return [[.skipToParenthesis]]
    case .gap(let count): return (0...max(0, count)).map { Array(repeating: .anyWord, count: $0) }
    case .optional(let inner): return alternatives(of: inner) + [[]]
    case .sequence(let inner): return alternatives(inner)
    }
  }
}
