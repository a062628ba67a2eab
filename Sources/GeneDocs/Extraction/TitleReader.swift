/// Reads a `# TITLE` line: `IL1RN`, `IL1RN — Interleukin 1 Receptor Antagonist`, `IL1RN: …`, `IL1RN (…)`,
/// `Interleukin 1 Receptor Antagonist (IL1RN)`.
enum TitleReader {
  /// The symbol and name a title states, or nil when it names no symbol.
  static func read(_ title: String) -> ProseIdentity? {
    let text = title.trimmingWhitespace()
    let separators = [" — ", " – ", " - ", ": ", " | "]
    for separator in separators {
      guard let range = text.firstRange(of: separator) else { continue }
      let head = text[..<range.lowerBound].trimmingWhitespace()
      let rest = text[range.upperBound...].trimmingWhitespace()
      if SymbolShape.matches(Array(head.utf8)) {
        return ProseIdentity(symbol: head, name: rest.isEmpty ? nil : rest)
      }
    }
    if SymbolShape.matches(Array(text.utf8)) { return ProseIdentity(symbol: text) }
    let identity = FirstSentenceReader.read(text)
    return identity.symbol == nil ? nil : identity
  }
}
