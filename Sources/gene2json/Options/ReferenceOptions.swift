import ArgumentParser
import GeneDocs

/// The reference tables of `convert` and `validate`: `--gene-table FILE...`, `--vocabulary FILE...`,
/// `--annotations FILE` (SPEC §7). Each replaces what a configuration file names for it.
struct ReferenceOptions: ParsableArguments {
  @Option(
    name: .customLong("gene-table"),
    help: ArgumentHelp(
      "A gene table: HGNC hgnc_complete_set.txt, NCBI gene_info or PharmGKB genes.csv/.tsv (.gz read as gzip; "
        + "repeatable, merged). Fills gene, finds other genes' symbols, checks symbols and names (GD203, GD204, "
        + "GD206).", valueName: "file"))
  var geneTables: [String] = []

  @Option(
    name: .customLong("vocabulary"),
    help: ArgumentHelp(
      "Names to find as mentions: PharmGKB chemicals.tsv/drugs.tsv, PharmGKB diseases.csv, or "
        + "id<TAB>kind<TAB>name[<TAB>synonym|...] lines (.gz read as gzip; repeatable).", valueName: "file"))
  var vocabularies: [String] = []

  @Option(
    help: ArgumentHelp(
      "PharmGKB clinical_annotations.tsv: drug mentions get supported (whether it pairs the drug with the gene); "
        + "GD207 when turned on.", valueName: "file"))
  var annotations: String?

  /// The tables named here, else in `configuration`; nil when none is named anywhere. Throws what cannot be read.
  func load(configuration: ValidationConfiguration?) throws(ValidationSetupError) -> ReferenceData? {
    try Self.load(
      geneTables: geneTables.isEmpty ? configuration?.geneTables ?? [] : geneTables,
      vocabularies: vocabularies.isEmpty ? configuration?.vocabularies ?? [] : vocabularies,
      annotations: annotations ?? configuration?.annotations)
  }

  /// The tables at these paths; nil when there are none.
  static func load(geneTables: [String], vocabularies: [String], annotations: String?) throws(ValidationSetupError)
    -> ReferenceData?
  {
    guard !geneTables.isEmpty || !vocabularies.isEmpty || annotations != nil else { return nil }
    return try ReferenceData.load(geneTables: geneTables, vocabularies: vocabularies, annotations: annotations)
  }

  /// The paths of `convert`'s tables (as ``convertReference(_:configuration:)`` loads them), for a database's
  /// `meta`.
  static func convertTablePaths(_ options: ReferenceOptions?, configuration: ValidationConfiguration) -> TablePaths {
    let options = options ?? ReferenceOptions()
    return TablePaths(
      geneTables: options.geneTables.isEmpty ? configuration.geneTables : options.geneTables,
      vocabularies: options.vocabularies.isEmpty ? configuration.vocabularies : options.vocabularies,
      annotations: options.annotations ?? configuration.annotations)
  }

  /// `convert`'s tables: the command line's, else those `configuration` (the nearest `.gene2json.yml`) names. A
  /// table that cannot be read ends the run with status 2.
  static func convertReference(_ options: ReferenceOptions?, configuration: ValidationConfiguration) throws
    -> ReferenceData?
  {
    do {
      guard let options else {
        return try load(
          geneTables: configuration.geneTables, vocabularies: configuration.vocabularies,
          annotations: configuration.annotations)
      }
      return try options.load(configuration: configuration)
    } catch {
      StandardStreams.writeErr(error.description + "\n")
      throw ExitCode(2)
    }
  }
}

/// The reference tables a run reads, by path.
struct TablePaths: Sendable, Equatable {
  var geneTables: [String] = []
  var vocabularies: [String] = []
  var annotations: String?
}
