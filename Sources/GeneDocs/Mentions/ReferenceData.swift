/// What a run reads once and shares with every document (SPEC §7): gene tables (`--gene-table`, merged),
/// vocabularies (`--vocabulary`) and PharmGKB clinical annotations (`--annotations`), with the name matcher built
/// from them. Immutable, so one value serves every thread.
///
/// ```swift
/// let reference = try ReferenceData.load(
///   geneTables: ["genes.csv"], vocabularies: ["chemicals.tsv", "diseases.csv"], annotations: nil)
/// let converter = GeneDocumentConverter(options: ConversionOptions(reference: reference))
/// ```
public struct ReferenceData: Sendable {
  /// The gene tables, merged into one; nil when none is given.
  public let geneTable: GeneTable?
  /// The vocabularies, in the order given.
  public let vocabularies: [Vocabulary]
  /// The clinical annotations, when given.
  public let annotations: ClinicalAnnotations?
  let matcher: MentionMatcher

  /// Builds the matcher over the tables' names.
  public init(geneTables: [GeneTable] = [], vocabularies: [Vocabulary] = [], annotations: ClinicalAnnotations? = nil)
  {
    let merged = geneTables.isEmpty ? nil : GeneTable(merging: geneTables)
    self.geneTable = merged
    self.vocabularies = vocabularies
    self.annotations = annotations
    matcher = MentionMatcher(vocabularies: vocabularies)
  }

  /// Reads the files and builds the matcher; the first file that cannot be read is the error.
  public static func load(geneTables: [String] = [], vocabularies: [String] = [], annotations: String? = nil)
    throws(ValidationSetupError) -> ReferenceData
  {
    var tables: [GeneTable] = []
    for path in geneTables { tables.append(try GeneTableReader.read(path: path)) }
    var loaded: [Vocabulary] = []
    for path in vocabularies { loaded.append(try VocabularyReader.read(path: path)) }
    let pairs = try annotations.map { path throws(ValidationSetupError) in try ClinicalAnnotationsReader.read(path: path) }
    return ReferenceData(geneTables: tables, vocabularies: loaded, annotations: pairs)
  }
}
