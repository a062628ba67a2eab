/// How plainly a phrasing says that its phrase is the gene's name; the judge (``NameJudge``) weighs it.
enum NameEvidence: Int, Sendable, Comparable {
  /// The long form of another symbol the sentence gives: `…, also known as BAFF (B-cell Activating Factor)`.
  case aliasLongForm
  /// A phrase beside the symbol that nothing calls its name: `SYM encodes X`, `X (SYM)`, `SYM, X, is`. Counts only
  /// when the symbol aligns with it as an acronym, it contains the symbol, or their initials agree.
  case structural
  /// `SYM (X)`: counts when the symbol aligns with it or it contains the symbol; otherwise it is an alias.
  case parenthesized
  /// A phrase that says so: `stands for`, `short for`, `known as`, `, or`, `the official symbol for`.
  case stated

  static func < (left: NameEvidence, right: NameEvidence) -> Bool { left.rawValue < right.rawValue }
}
