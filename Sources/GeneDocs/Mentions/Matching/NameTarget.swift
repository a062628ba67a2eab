/// What a matched name stands for: a vocabulary entry or a gene, and the rules it matches under.
struct NameTarget: Sendable {
  /// The mention's kind.
  private(set) var kind: Mention.Kind
  /// The mention's id.
  let id: String?
  /// The vocabulary or gene table's file name.
  let vocabulary: String
  /// The name as written, when it matches only as written (three letters or digits or fewer, a common English
  /// word, a gene symbol); nil when it matches in any case, dash and Greek spelling.
  let exact: String?
  /// The entry's preferred name (a drug's, for clinical annotations), or the gene's approved symbol.
  let preferredName: String
  /// A trade name written with a capital (`Adrenal`): a proper noun, so the text must have the capital too.
  let needsCapital: Bool
  /// A gene symbol that spells a common word or is three letters or fewer (`SET`, `AR`): a gene only next to words
  /// that speak of genes.
  let needsGeneContext: Bool

  /// The target of a vocabulary name.
  init(entry: VocabularyEntry, name: String, vocabulary: String, isTradeName: Bool = false) {
    kind = entry.kind
    id = entry.id
    self.vocabulary = vocabulary
    exact = Self.matchesOnlyAsWritten(name, kind: entry.kind, isTradeName: isTradeName) ? name : nil
    preferredName = entry.name
    needsCapital =
      isTradeName
      && name.unicodeScalars.first.map {
        $0.isASCII ? ($0.value >= 0x41 && $0.value <= 0x5A) : $0.properties.isUppercase
      } == true
    needsGeneContext = false
  }

  /// The same entry named as the body's own substance (``BodilyRoleContext``): a metabolite.
  var asMetabolite: NameTarget {
    var copy = self
    copy.kind = .metabolite
    return copy
  }

  /// The target of a gene's approved symbol.
  init(gene: GeneTableEntry, vocabulary: String) {
    kind = .gene
    id = gene.hgncID ?? gene.ncbiGeneID ?? gene.pharmgkbID ?? gene.ensemblID
    self.vocabulary = vocabulary
    exact = gene.symbol
    preferredName = gene.symbol
    needsCapital = false
    let letters = gene.symbol.utf8.allSatisfy { ByteClass.isUppercase($0) || $0 == UInt8(ascii: "-") }
    needsGeneContext = letters && (gene.symbol.utf8.count <= 3 || CommonWords.contains(gene.symbol))
  }

  /// Whether a vocabulary name is looked for at all: it has two letters or digits and a letter (not `1`, `β`, `5'`),
  /// and, unless it is the entry's preferred name, it is no abbreviation of four capitals or fewer (`ABC` for
  /// abacavir, `RAS` for rasagiline, `AMD` for methyldopa: such synonyms name other things more often than not).
  static func isMatchable(_ name: String, preferred: Bool) -> Bool {
    let count = Self.count(name)
    guard count.alphanumerics >= 2, count.letters >= 1 else { return false }
    return preferred || !(count.letters <= 4 && count.capitals == count.letters)
  }

  /// Letters, letters and digits, and capitals in a name: on bytes for ASCII (Unicode property look-ups for every
  /// character were a third of building the matcher for PharmGKB's chemicals), by scalar properties otherwise.
  static func count(_ name: String) -> (letters: Int, alphanumerics: Int, capitals: Int) {
    var letters = 0
    var digits = 0
    var capitals = 0
    var text = name
    let ascii = text.withUTF8 { bytes in
      guard ByteClass.endOfASCIIRun(bytes, from: 0) == bytes.count else { return false }
      for byte in bytes {
        if ByteClass.isUppercase(byte) {
          capitals += 1
          letters += 1
        } else if byte >= 0x61 && byte <= 0x7A {
          letters += 1
        } else if ByteClass.isDigit(byte) {
          digits += 1
        }
      }
      return true
    }
    if ascii { return (letters, letters + digits, capitals) }
    for scalar in name.unicodeScalars {
      let properties = scalar.properties
      if properties.isAlphabetic {
        letters += 1
        if properties.isUppercase { capitals += 1 }
      } else if properties.numericType != nil {
        digits += 1
      }
    }
    return (letters, letters + digits, capitals)
  }

  /// SPEC §7: a name of three letters or fewer (counting letters and digits), or one that is a common English word,
  /// matches only as written in the vocabulary. The common-word rule is for drug-class and trade names (`Various`,
  /// `Enzymes`), whose word means something else in prose (``MentionMatcher`` does not look for trade names that are
  /// common words at all: `Eleven`, `Balance`); a substance's or disease's own name that is a word (`iron`,
  /// `alcohol`, `water`, `pain`) means that substance or disease, so it matches in any case.
  static func matchesOnlyAsWritten(_ name: String, kind: Mention.Kind, isTradeName: Bool) -> Bool {
    if count(name).alphanumerics <= 3 { return true }
    return (kind == .drugClass || isTradeName) && CommonWords.contains(name)
  }
}
