/// A chemical's name that modifies a protein's (`tyrosine kinase`, `calcium channel`, `dopamine receptor`,
/// `serine/threonine kinase`, `ATP-binding`, `zinc finger`, `glutathione S-transferase`) names the protein, not the
/// chemical: a drug or metabolite name followed by one of these words, or by an enzyme's name (a word ending in
/// `ase` that is not a common English word: `transferase`, `hydrolase`), is no mention of it.
enum ProteinNameContext {
  static let heads: Set<String> = [
    "kinase", "kinases", "phosphatase", "phosphatases", "receptor", "receptors", "channel", "channels", "transporter",
    "transporters", "cotransporter", "exchanger", "pump", "pumps", "synthase", "synthetase", "hydroxylase",
    "dehydrogenase", "oxidase", "reductase", "transferase", "carboxylase", "decarboxylase", "isomerase", "protease",
    "proteases", "peptidase", "hydrolase", "binding", "finger", "fingers", "residue", "residues", "transaminase",
    "aminotransferase", "ligase", "lyase", "mutase", "sensor", "sensing",
  ]

  /// Whether the word after `end` is a protein's head word (each hyphenated part of it counts: `S-transferase`),
  /// past spaces and hyphens, past `/word` pairs (`serine/threonine kinase`) and past one `and`, `or` or `,` with
  /// the word after it (`adrenaline and dopamine receptors`).
  static func follows(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    var index = end
    var coordinated = false
    while true {
      while index < text.count, text[index] == UInt8(ascii: "/") {
        index += 1
        while index < text.count, isWordPart(text[index]) { index += 1 }
      }
      while index < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "-") { index += 1 }
      let start = index
      while index < text.count, index - start < 40, isWordPart(text[index]) { index += 1 }
      guard index > start else {
        guard !coordinated, index < text.count, text[index] == UInt8(ascii: ",") else { return false }
        coordinated = true
        index += 1
        skipWord(text, &index)
        continue
      }
      let token = String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self).lowercased()
      if token.split(separator: "-").contains(where: { heads.contains(String($0)) || isEnzymeName($0) }) { return true }
      guard !coordinated, token == "and" || token == "or" else { return false }
      coordinated = true
      skipWord(text, &index)
    }
  }

  private static func isWordPart(_ byte: UInt8) -> Bool {
    ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-")
  }

  /// Moves past spaces and the word after them.
  private static func skipWord(_ text: UnsafeBufferPointer<UInt8>, _ index: inout Int) {
    while index < text.count, text[index] == UInt8(ascii: " ") { index += 1 }
    while index < text.count, isWordPart(text[index]) { index += 1 }
  }

  /// A word ending in `ase` or `ases`, six letters or more, that is not a common English word (`disease`,
  /// `release`).
  private static func isEnzymeName(_ word: Substring) -> Bool {
    guard word.count >= 6, word.hasSuffix("ase") || word.hasSuffix("ases") else { return false }
    let singular = word.hasSuffix("ases") ? word.dropLast() : word
    return !CommonWords.contains(String(singular))
  }
}
