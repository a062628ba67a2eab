/// Tells which of the three sections a heading names, tolerant of case, punctuation, word order, `and`,
/// singular and plural (`Phenotype`/`Phenotypes`) and extra aliases from configuration.
public struct HeadingMatcher: Sendable {
  private var keys: [String: SectionField]

  /// Creates a matcher with the built-in headings and any extra aliases per field.
  public init(extraAliases: [SectionField: [String]] = [:]) {
    keys = [:]
    let builtIn: [SectionField: [String]] = [
      .summary: ["Gene Summary", "Summary"],
      .associations: [
        "Gene Drugs, Diseases, Phenotypes, and Pathways", "Drugs, Diseases, Phenotypes, and Pathways",
      ],
      .pharmacogenetics: ["Pharmacogenetics", "Pharmacogenomics", "Gene Pharmacogenetics"],
    ]
    for (field, headings) in builtIn.merging(extraAliases, uniquingKeysWith: +) {
      for heading in headings { keys[Self.normalize(heading)] = field }
    }
  }

  /// The field a heading names, or nil.
  public func field(for heading: String) -> SectionField? {
    keys[Self.normalize(heading)]
  }

  // MARK: - Normalizing

  /// Lower case, words only, `and`/`the`/`&` dropped, plurals made singular, words sorted.
  static func normalize(_ heading: String) -> String {
    var words: [String] = []
    var current: [UInt8] = []
    for byte in heading.utf8 {
      // ASCII letters and digits, and every byte of a non-ASCII character, make up words.
      if ByteClass.isAlphanumeric(byte) || byte >= 0x80 {
        current.append(ByteClass.lowercased(byte))
      } else if !current.isEmpty {
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    return words.filter { !ignored.contains($0) }.map(singular).sorted().joined(separator: " ")
  }

  private static let ignored: Set<String> = ["and", "the", "of", "amp"]

  private static func singular(_ word: String) -> String {
    guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("ics") else { return word }
    return String(word.dropLast())
  }
}
