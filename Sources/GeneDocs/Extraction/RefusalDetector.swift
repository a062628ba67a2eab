/// Spots text that reads as a language model's refusal or a placeholder instead of gene content (GD205).
enum RefusalDetector {
  /// Phrases matched case-insensitively anywhere in a section.
  private static let phrases = [
    "i currently do not have", "i do not have detailed information", "i don't have detailed information",
    "i do not have specific information", "i don't have specific information", "i do not have information",
    "i don't have information", "i don't have any information", "i do not have any information",
    "please verify the gene symbol", "please verify the gene name", "as an ai", "as a language model",
    "my knowledge cutoff", "lorem ipsum", "insert text here", "content goes here", "[insert", "to be written",
  ]

  /// Words that mark a placeholder when they stand alone in upper case.
  private static let markers: Set<Substring> = ["TODO", "TBD", "FIXME", "XXX", "PLACEHOLDER"]

  /// The phrase that makes the text read as a refusal or placeholder, or nil.
  static func finding(in text: String) -> String? {
    let lowered = text.lowercased()
    if let phrase = phrases.first(where: { lowered.contains($0) }) { return phrase }
    let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    if let marker = words.first(where: { markers.contains($0) }) { return String(marker) }
    let trimmed = lowered.trimmingWhitespace()
    if ["n/a", "na", "none", "tbd", "todo", "...", "…", "-", "placeholder"].contains(trimmed) { return trimmed }
    return nil
  }
}
