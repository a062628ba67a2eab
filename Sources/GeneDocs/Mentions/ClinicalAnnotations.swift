/// PharmGKB's clinical annotations (`--annotations clinical_annotations.tsv`): which genes and drugs it pairs, for
/// a drug mention's `supported` and GD207.
public struct ClinicalAnnotations: Sendable {
  /// Gene symbol (upper case) and drug name (lower case), joined by a tab.
  private let pairs: Set<String>

  /// Creates annotations from (gene symbol, drug name) pairs.
  public init(pairs: [(gene: String, drug: String)]) {
    self.pairs = Set(pairs.map { Self.key($0.gene, $0.drug) })
  }

  /// The number of gene–drug pairs.
  public var count: Int { pairs.count }

  /// Whether an annotation pairs the gene (by symbol) with the drug (by name), case aside.
  public func pairs(gene: String, drug: String) -> Bool {
    pairs.contains(Self.key(gene, drug))
  }

  private static func key(_ gene: String, _ drug: String) -> String {
    gene.uppercased() + "\t" + drug.lowercased()
  }
}

/// Reads PharmGKB's `clinical_annotations.tsv`: its `Gene` and `Drug(s)` columns, each `;`-separated.
public enum ClinicalAnnotationsReader {
  /// Reads an annotations file (gzip inflated).
  public static func read(path: String) throws(ValidationSetupError) -> ClinicalAnnotations {
    let bytes = try TableFile.read(path: path, what: "annotations table", limit: VocabularyReader.maxBytes)
    return try parse(bytes, path: path)
  }

  /// Reads annotations from their bytes.
  public static func parse(_ bytes: [UInt8], path: String) throws(ValidationSetupError) -> ClinicalAnnotations {
    let text = DelimitedText(bytes, separator: UInt8(ascii: "\t"))
    var columns: (gene: Int, drugs: Int)?
    var pairs: [(gene: String, drug: String)] = []
    text.forEachLine { line in
      guard let columns else {
        let header = (0..<line.count).map { line[$0] ?? "" }
        if let gene = header.firstIndex(of: "Gene"), let drugs = header.firstIndex(of: "Drug(s)") {
          columns = (gene, drugs)
        }
        return columns != nil
      }
      let genes = (line[columns.gene] ?? "").split(separator: ";").map { $0.trimmingWhitespace() }
      let drugs = (line[columns.drugs] ?? "").split(separator: ";").map { $0.trimmingWhitespace() }
      for gene in genes where !gene.isEmpty {
        for drug in drugs where !drug.isEmpty { pairs.append((gene, drug)) }
      }
      return true
    }
    guard columns != nil else {
      throw ValidationSetupError(
        path: path, line: 1, message: "not a clinical annotations table: the header has no 'Gene' and 'Drug(s)'")
    }
    return ClinicalAnnotations(pairs: pairs)
  }
}
