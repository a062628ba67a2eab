/// Tells which of the three sections a heading names, tolerant of case, punctuation, word order, `and`,
/// singular and plural (`Phenotype`/`Phenotypes`) and extra aliases from configuration.
package struct HeadingMatcher: Sendable {
  private var keys: [String: SectionField]
  /// The headings exactly as configured (as UTF-8), matched before normalizing: a few byte comparisons, cheaper than
  /// hashing the heading for a dictionary (the usual case).
  private var exact: [(heading: [UInt8], field: SectionField)]

  /// Creates a matcher with the built-in headings and any extra aliases per field.
  package init(extraAliases: [SectionField: [String]] = [:]) {
    keys = [:]
    exact = []
    // An array, not a dictionary literal: hashing `SectionField` costs a conformance lookup at start-up. Extra
    // aliases come last, so one that normalizes like a built-in heading wins.
    let builtIn: [(SectionField, [String])] = [
      (.summary, ["Gene Summary", "Summary"]),
      (.associations, ["Gene Drugs, Diseases, Phenotypes, and Pathways", "Drugs, Diseases, Phenotypes, and Pathways"]),
      (.pharmacogenetics, ["Pharmacogenetics", "Pharmacogenomics", "Gene Pharmacogenetics"]),
    ]
    let normalized = (builtIn + extraAliases.map { ($0.key, $0.value) }).flatMap { field, headings in
      headings.map { (field: field, heading: $0, key: Self.normalize($0)) }
    }
    for entry in normalized { keys[entry.key] = entry.field }
    for entry in normalized where !exact.contains(where: { $0.heading.elementsEqual(entry.heading.utf8) }) {
      exact.append((Array(entry.heading.utf8), keys[entry.key]!))
    }
  }

  /// The field a heading names, or nil.
  package func field(for heading: String) -> SectionField? {
    // ASCII only: String equality is canonical equivalence, which normalizing (on bytes) does not apply.
    guard ByteClass.isASCII(heading) else { return keys[Self.normalize(heading)] }
    return exactField(heading) ?? keys[Self.normalizeASCII(heading)]
  }

  /// The field of a heading written exactly as configured (ASCII, so byte equality is string equality).
  private func exactField(_ heading: String) -> SectionField? {
    var heading = heading
    return heading.withUTF8 { bytes in
      exact.first { $0.heading.count == bytes.count && $0.heading.elementsEqual(bytes) }?.field
    }
  }

  // MARK: - Normalizing

  /// Lower case, words only, `and`/`the`/`&` dropped, plurals made singular, words sorted.
  static func normalize(_ heading: String) -> String {
    if ByteClass.isASCII(heading) { return normalizeASCII(heading) }
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

  /// ``normalize(_:)`` for ASCII text, on bytes: the same key without a `String` per word (normalizing headings
  /// was 5% of a `--jobs 1` batch profile).
  private static func normalizeASCII(_ heading: String) -> String {
    var lowered: [UInt8] = []
    var words: [Range<Int>] = []
    var wordStart: Int?
    for byte in heading.utf8 {
      if ByteClass.isAlphanumeric(byte) {
        if wordStart == nil { wordStart = lowered.count }
        lowered.append(ByteClass.lowercased(byte))
      } else if let start = wordStart {
        words.append(start..<lowered.count)
        wordStart = nil
      }
    }
    if let start = wordStart { words.append(start..<lowered.count) }
    words.removeAll { word in ignoredBytes.contains { lowered[word].elementsEqual($0) } }
    words = words.map { word in
      let isPlural =
        word.count > 4 && lowered[word.upperBound - 1] == UInt8(ascii: "s")
        && lowered[word.upperBound - 2] != UInt8(ascii: "s")
        && !lowered[word.upperBound - 3..<word.upperBound].elementsEqual("ics".utf8)
      return isPlural ? word.lowerBound..<word.upperBound - 1 : word
    }
    words.sort { lowered[$0].lexicographicallyPrecedes(lowered[$1]) }
    var key: [UInt8] = []
    key.reserveCapacity(lowered.count + words.count)
    for (index, word) in words.enumerated() {
      if index > 0 { key.append(UInt8(ascii: " ")) }
      key.append(contentsOf: lowered[word])
    }
    return String(decoding: key, as: UTF8.self)
  }

  private static let ignoredBytes: [[UInt8]] = ignored.map { Array($0.utf8) }

  private static let ignored: Set<String> = ["and", "the", "of", "amp"]

  private static func singular(_ word: String) -> String {
    guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("ics") else { return word }
    return String(word.dropLast())
  }
}
