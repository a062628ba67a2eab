/// One thing a vocabulary names: its accession, what kind of thing it is, and the names it goes by.
public struct VocabularyEntry: Sendable, Equatable {
  /// The accession (`PA451906`), or nil when the vocabulary gives none.
  public let id: String?
  /// What the entry is.
  public let kind: Mention.Kind
  /// The preferred name (`warfarin`).
  public let name: String
  /// Other names: generic names, alternate names, synonyms (`(S)-warfarin`).
  public let synonyms: [String]
  /// Brand names (`Coumadin`): proper nouns, so one written with a capital matches only with it.
  public let tradeNames: [String]

  /// Creates an entry.
  public init(id: String?, kind: Mention.Kind, name: String, synonyms: [String] = [], tradeNames: [String] = []) {
    self.id = id
    self.kind = kind
    self.name = name
    self.synonyms = synonyms
    self.tradeNames = tradeNames
  }
}
