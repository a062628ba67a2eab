/// A drug or metabolite name that is a gene's full name in the gene table names the protein, not the drug: in "PTH1R
/// binds parathyroid hormone", `parathyroid hormone` is the PTH gene's name and also a trade name of a drug made of
/// it; `insulin` is the INS gene's. With a gene table, such a match is no mention of the drug (compared in the names'
/// normal form, ``NameNormalizer``: case, hyphens and Greek spelling aside).
///
/// The names are found once a run: each gene's name is walked through the matcher's trie in the normal form
/// (``NameTrie/name(spelled:)``; a name no vocabulary has stops within a few symbols).
struct GeneFullNames: Sendable {
  /// The matcher's numbers of the names that are some gene's full name.
  private let names: Set<Int>

  init(matcher: MentionMatcher, table: GeneTable?) {
    guard let table, !matcher.isEmpty else {
      names = []
      return
    }
    var found: Set<Int> = []
    for entry in table.entries where !entry.name.isEmpty {
      if let name = matcher.trie.name(spelled: entry.name) { found.insert(name) }
    }
    names = found
  }

  /// Whether matcher name `number` is a gene's full name.
  func contains(_ number: Int) -> Bool { names.contains(number) }
}
