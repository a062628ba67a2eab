/// What a matched name stands for: a vocabulary entry or a gene, and the rules it matches under.
struct NameTarget: Sendable {
  /// The mention's kind.
  let kind: Mention.Kind
  /// The mention's id.
  let id: String?
  /// The vocabulary or gene table's file name.
  let vocabulary: String
  /// The name as written, when it matches only as written (three letters or digits or fewer, a common English
  /// word, a gene symbol); nil when it matches in any case, dash and Greek spelling.
  let exact: String?
  /// The entry's preferred name (a drug's, for clinical annotations), or the gene's approved symbol.
  let preferredName: String
  /// A gene symbol that spells a common word or is three letters or fewer (`SET`, `AR`): a gene only next to words
  /// that speak of genes.
  let needsGeneContext: Bool

  /// The target of a vocabulary name.
  init(entry: VocabularyEntry, name: String, vocabulary: String) {
    kind = entry.kind
    id = entry.id
    self.vocabulary = vocabulary
    exact = Self.matchesOnlyAsWritten(name) ? name : nil
    preferredName = entry.name
    needsGeneContext = false
  }

  /// The target of a gene's approved symbol.
  init(gene: GeneTableEntry, vocabulary: String) {
    kind = .gene
    id = gene.hgncID ?? gene.ncbiGeneID ?? gene.pharmgkbID ?? gene.ensemblID
    self.vocabulary = vocabulary
    exact = gene.symbol
    preferredName = gene.symbol
    let letters = gene.symbol.utf8.allSatisfy { ByteClass.isUppercase($0) || $0 == UInt8(ascii: "-") }
    needsGeneContext = (letters && gene.symbol.utf8.count <= 3) || CommonWords.contains(gene.symbol)
  }

  /// SPEC §7: a name of three letters or fewer (counting letters and digits), or one that is a common English word,
  /// matches only as written in the vocabulary.
  static func matchesOnlyAsWritten(_ name: String) -> Bool {
    name.unicodeScalars.count { $0.properties.isAlphabetic || $0.properties.numericType != nil } <= 3
      || CommonWords.contains(name)
  }
}
