/// A phrase some phrasing offers as the gene's name, before the judge (``NameJudge``) weighs it.
struct NameCandidate: Sendable {
  let span: NameSpan
  let evidence: NameEvidence
  /// The phrasing that offered it (``IdentityPhrasing/id``).
  let row: String
  /// For ``NameEvidence/aliasLongForm``: the alias it spells out.
  var longFormOf: Int?
}
