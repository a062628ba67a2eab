/// A vocabulary file (`--vocabulary`): the drugs, drug classes, metabolites or diseases it names.
public struct Vocabulary: Sendable {
  /// The layouts ``VocabularyReader`` reads, told apart by the header.
  public enum Layout: String, Sendable, Equatable {
    /// PharmGKB's chemicals or drugs table: `PharmGKB Accession Id`, `Name`, `Generic Names`, `Trade Names`, …,
    /// `Type` (`Drug`, `Drug Class`, `Metabolite`, …).
    case pharmgkbChemicals
    /// PharmGKB's diseases table: `did,disease` (CSV), or `PharmGKB Accession Id`, `Name`, `Alternate Names`, …
    case pharmgkbDiseases
    /// `id<TAB>kind<TAB>name[<TAB>synonym|synonym…]`, with or without a header line.
    case plain
  }

  /// The file name, as mentions name it in `vocabulary`.
  public let name: String
  /// The layout it was read from.
  public let layout: Layout
  /// The entries, in file order.
  public let entries: [VocabularyEntry]

  /// Creates a vocabulary.
  public init(name: String, layout: Layout = .plain, entries: [VocabularyEntry]) {
    self.name = name
    self.layout = layout
    self.entries = entries
  }
}
