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
  /// `, also known as ALIAS`, `; formerly ALIAS, ALIAS` after a name inside its parenthesis: other symbols the
  /// parenthesis gives beside the name (captured).
  case aliasClause
  /// A name: quoted, or a run of words up to a clause boundary (``NameReader``; captured).
  case name
  /// `or [the] NAME` after a name: another name of the gene (captured as an alias).
  case otherName
  /// Up to this many words, skipped.
  case gap(Int)
  /// Everything up to the first parenthesis of the sentence, when no verb comes before it.
  case skipToParenthesis
  /// Everything up to the close of the parenthesis this stands in (`; HGNC:1234` after a name), within a sentence.
  case skipToClose
  /// Nothing, where no phrase of the class comes next (`SYM` not followed by `domain`).
  case unless(WordClass)
  /// Nothing, where a symbol-shaped word comes next (a name that opens with one: `CASP8 and FADD like …`).
  case symbolAhead
  /// The element, or nothing (the element is tried first).
  case optional(PatternElement)
  /// These elements in order.
  case sequence([PatternElement])
}
