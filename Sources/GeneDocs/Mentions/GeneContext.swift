/// Words that, next to a gene symbol that is also an English word or very short (`SET`, `MET`, `AR`), show that it
/// names the gene: `the SET gene`, `MET amplification`, `AR signaling`.
enum GeneContext {
  static let words: Set<String> = [
    "gene", "genes", "protein", "proteins", "kinase", "kinases", "receptor", "receptors", "expression", "expressed",
    "mrna", "transcript", "transcripts", "allele", "alleles", "variant", "variants", "polymorphism", "polymorphisms",
    "mutation", "mutations", "mutant", "mutants", "mutated", "locus", "isoform", "isoforms", "promoter", "encoding",
    "encodes", "encoded", "knockout", "deficiency", "signaling", "signalling", "amplification", "overexpression",
    "inhibitor", "inhibitors", "subunit", "domain", "homolog", "paralog", "deletion", "deletions", "family",
    "oncogene", "pathway", "activity", "genotype", "genotypes", "haplotype", "haplotypes", "carriers",
  ]

  /// Whether the word before `start` or after `end` in masked text is one of ``words``.
  static func surrounds(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    if let next = word(text, from: end, forward: true), words.contains(next) { return true }
    if let previous = word(text, from: start, forward: false), words.contains(previous) { return true }
    return false
  }

  /// The lower-case word after (or before) an offset, past spaces and one `-`, `'s` kept off.
  private static func word(_ text: UnsafeBufferPointer<UInt8>, from offset: Int, forward: Bool) -> String? {
    var index = offset
    if forward {
      while index < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "-") { index += 1 }
      let start = index
      while index < text.count, ByteClass.isAlphanumeric(text[index]), index - start < 20 { index += 1 }
      guard index > start else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self).lowercased()
    }
    while index > 0, text[index - 1] == UInt8(ascii: " ") || text[index - 1] == UInt8(ascii: "-") { index -= 1 }
    let end = index
    while index > 0, ByteClass.isAlphanumeric(text[index - 1]), end - index < 20 { index -= 1 }
    guard end > index else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: text[index..<end]), as: UTF8.self).lowercased()
  }
}
