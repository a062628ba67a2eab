/// Reads a vocabulary file (SPEC §7): a PharmGKB chemicals or drugs table, a PharmGKB diseases table, or a plain
/// `id<TAB>kind<TAB>name[<TAB>synonym|…]` TSV; a gzip file is inflated first.
///
/// - Chemicals: the name, each generic name as a synonym and each trade name as a trade name (lists of items in
///   double quotes, or one item unquoted); `Type` gives the kind: `Drug Class` → `drug_class`; `Drug` or
///   `Prodrug` → `drug`, unless it is also a `Biological Intermediate` or an `Ion` (glucose, dopamine, calcium:
///   in gene summaries these name the body's own substance far more often than a medicine) → `metabolite`; any
///   other (`Metabolite`, `Biological Intermediate`, `Ion`, …) → `metabolite`. Then `ChemicalKindRules`: a
///   treatment (`radiotherapy`) is left out, a chemical element without an ATC code is a `metabolite` (`oxygen`) or,
///   annotated clinically, a `drug_class` (`platinum`), a vitamin or nutrient by its ATC codes a `metabolite`, and
///   so is a row with no trace of a medicine (no ATC code, RxNorm identifier, drug label or annotation: `retinal`).
/// - Diseases: the name and its alternate names; a name inverted in the MeSH way (`Arthritis, Rheumatoid`) also
///   gets its natural order (`Rheumatoid Arthritis`) as a synonym.
/// - Plain: the kind is one of `drug`, `drug_class`, `metabolite`, `disease`, `variant`, `gene`; an empty id is
///   none; lines starting with `#` and blank lines are skipped.
public enum VocabularyReader {
  /// The largest vocabulary read, inflated.
  public static let maxBytes = 1 << 30

  /// Reads a vocabulary file.
  public static func read(path: String) throws(ValidationSetupError) -> Vocabulary {
    let bytes = try TableFile.read(path: path, what: "vocabulary", limit: maxBytes)
    return try parse(bytes, path: path)
  }

  /// Reads a vocabulary from its bytes; `path` names it in errors and its file name names it in mentions.
  public static func parse(_ bytes: [UInt8], path: String) throws(ValidationSetupError) -> Vocabulary {
    let text = DelimitedText(bytes, separator: DelimitedText.separator(ofHeader: bytes))
    var header: [String]?
    text.forEachLine { line in
      header = (0..<line.count).map { line[$0] ?? "" }
      return false
    }
    guard let header else { throw ValidationSetupError(path: path, line: 1, message: "vocabulary is empty") }
    let name = Paths.fileName(of: path)
    func column(_ title: String) -> Int? { header.firstIndex(of: title) }
    if let id = column("PharmGKB Accession Id"), let entryName = column("Name"), let type = column("Type") {
      let generic = column("Generic Names")
      let trade = column("Trade Names")
      let atc = column("ATC Identifiers")
      let annotations = column("Clinical Annotation Count")
      let rxnorm = column("RxNorm Identifiers")
      let label = column("Top Any Drug Label Testing Level")
      let variants = column("Variant Annotation Count")
      return Vocabulary(
        name: name, layout: .pharmgkbChemicals,
        entries: rows(text) { line in
          guard let preferred = line[entryName] else { return nil }
          var namesMedicine: Bool?
          if let rxnorm, let label, let variants {
            namesMedicine = line[rxnorm] != nil || line[label] != nil || (line[variants].flatMap { Int($0) } ?? 0) > 0
          }
          let row = ChemicalKindRules.Row(
            name: preferred, atcCodes: atc.map { line.raw($0).map(DelimitedText.listItems) ?? [] },
            clinicalAnnotations: line[annotations].flatMap { Int($0) } ?? 0, namesMedicine: namesMedicine)
          guard let kind = ChemicalKindRules.kind(chemicalKind(line.raw(type) ?? ""), of: row) else { return nil }
          return VocabularyEntry(
            id: line[id], kind: kind, name: preferred,
            synonyms: line.raw(generic).map(DelimitedText.listItems) ?? [],
            tradeNames: line.raw(trade).map(DelimitedText.listItems) ?? [])
        })
    }
    if let id = column("did") ?? column("PharmGKB Accession Id"), let entryName = column("disease") ?? column("Name") {
      let alternates = column("Alternate Names")
      return Vocabulary(
        name: name, layout: .pharmgkbDiseases,
        entries: rows(text) { line in
          guard let preferred = line[entryName] else { return nil }
          let names = [preferred] + (line.raw(alternates).map(DelimitedText.listItems) ?? [])
          var synonyms = Array(names.dropFirst())
          for written in names {
            if let natural = naturalOrder(written), !names.contains(natural) { synonyms.append(natural) }
          }
          return VocabularyEntry(id: line[id], kind: .disease, name: preferred, synonyms: synonyms)
        })
    }
    return Vocabulary(name: name, layout: .plain, entries: try plainEntries(text, header: header, path: path))
  }

  // MARK: - Layouts

  /// The entries of every line after the header.
  private static func rows(_ text: DelimitedText, _ entry: (DelimitedText.Line) -> VocabularyEntry?)
    -> [VocabularyEntry]
  {
    var entries: [VocabularyEntry] = []
    text.forEachLine { line in
      if line.number > 1, !line.isBlank, let made = entry(line) { entries.append(made) }
      return true
    }
    return entries
  }

  /// `id<TAB>kind<TAB>name[<TAB>synonym|…]`; a first line whose kind is no kind is a header.
  private static func plainEntries(_ text: DelimitedText, header: [String], path: String) throws(ValidationSetupError)
    -> [VocabularyEntry]
  {
    guard text.separator == UInt8(ascii: "\t"), header.count >= 3 else {
      throw ValidationSetupError(
        path: path, line: 1,
        message: "not a vocabulary: expected a PharmGKB chemicals or diseases table, or id<TAB>kind<TAB>name lines")
    }
    var entries: [VocabularyEntry] = []
    var failure: ValidationSetupError?
    text.forEachLine { line in
      guard !line.isBlank, line[0]?.hasPrefix("#") != true else { return true }
      let kindText = line[1] ?? ""
      guard let kind = Mention.Kind(rawValue: kindText) else {
        if line.number == 1 { return true }  // a header line
        failure = ValidationSetupError(
          path: path, line: line.number,
          message: "unknown kind '\(kindText)' (use drug, drug_class, metabolite, disease, variant or gene)")
        return false
      }
      guard let entryName = line[2] else {
        failure = ValidationSetupError(path: path, line: line.number, message: "a line without a name")
        return false
      }
      let synonyms = (line[3] ?? "").split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
      entries.append(VocabularyEntry(id: line[0], kind: kind, name: entryName, synonyms: synonyms))
      return true
    }
    if let failure { throw failure }
    return entries
  }

  /// The kind a PharmGKB `Type` field gives (`Drug`, `"Drug","Metabolite"`, `Drug Class`, …).
  static func chemicalKind(_ type: String) -> Mention.Kind {
    let types = DelimitedText.listItems(type).map { $0.lowercased() }
    if types.contains("drug class") { return .drugClass }
    guard types.contains("drug") || types.contains("prodrug") else { return .metabolite }
    return types.contains("biological intermediate") || types.contains("ion") ? .metabolite : .drug
  }

  /// `Arthritis, Rheumatoid` → `Rheumatoid Arthritis`: a name with exactly one comma followed by a space, each side
  /// a word or more.
  static func naturalOrder(_ name: String) -> String? {
    let parts = name.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    let head = parts[0].trimmingWhitespace()
    let tail = parts[1].trimmingWhitespace()
    guard !head.isEmpty, !tail.isEmpty, parts[1].first == " " else { return nil }
    return tail + " " + head
  }
}
