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
  /// The matcher's names that are a gene's full name in the gene table.
  let geneFullNames: GeneFullNames

  /// Builds the matcher over the tables' names.
  public init(geneTables: [GeneTable] = [], vocabularies: [Vocabulary] = [], annotations: ClinicalAnnotations? = nil) {
    self.init(
      geneTable: geneTables.isEmpty ? nil : GeneTable(merging: geneTables), vocabularies: vocabularies,
      annotations: annotations, matcher: MentionMatcher(vocabularies: vocabularies))
  }

  private init(
    geneTable: GeneTable?, vocabularies: [Vocabulary], annotations: ClinicalAnnotations?, matcher: MentionMatcher
  ) {
    self.geneTable = geneTable
    self.vocabularies = vocabularies
    self.annotations = annotations
    self.matcher = matcher
    geneFullNames = GeneFullNames(matcher: matcher, table: geneTable)
  }

  /// Reads the files and builds the matcher; the first file that cannot be read (gene tables first) is the error.
  /// The gene tables are read on a thread of their own while the vocabularies are read and the matcher built (with
  /// NCBI's table and PharmGKB's chemicals, start-up is the longer of the two rather than their sum).
  public static func load(geneTables: [String] = [], vocabularies: [String] = [], annotations: String? = nil)
    throws(ValidationSetupError) -> ReferenceData
  {
    let tables = TablesBox()
    let readTables: @Sendable () -> Void = {
      do throws(ValidationSetupError) {
        var read: [GeneTable] = []
        for path in geneTables { read.append(try GeneTableReader.read(path: path)) }
        tables.result = .success(GeneTable(merging: read))
      } catch {
        tables.result = .failure(error)
      }
    }
    // Where the system refuses a thread, the tables are read here, before the vocabularies.
    var thread: WorkerThread?
    if !geneTables.isEmpty {
      thread = WorkerThread(readTables)
      if thread == nil { readTables() }
    }
    var loaded:
      Result<
        (vocabularies: [Vocabulary], annotations: ClinicalAnnotations?, matcher: MentionMatcher),
        ValidationSetupError
      >
    do throws(ValidationSetupError) {
      var read: [Vocabulary] = []
      for path in vocabularies { read.append(try VocabularyReader.read(path: path)) }
      let pairs = try annotations.map { path throws(ValidationSetupError) in
        try ClinicalAnnotationsReader.read(path: path)
      }
      loaded = .success((read, pairs, MentionMatcher(vocabularies: read)))
    } catch {
      loaded = .failure(error)
    }
    thread?.join()
    let geneTable = try tables.result.get()
    let (read, pairs, matcher) = try loaded.get()
    return ReferenceData(geneTable: geneTable, vocabularies: read, annotations: pairs, matcher: matcher)
  }
}

/// The gene tables read on the loading thread; read by the thread that joins it, after the join.
private final class TablesBox: @unchecked Sendable {
  var result: Result<GeneTable?, ValidationSetupError> = .success(nil)
}
