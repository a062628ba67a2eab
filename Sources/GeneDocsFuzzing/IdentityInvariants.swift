import GeneDocs

/// What the identity reader must do whatever its input (SPEC §6): return, never trap; give a symbol with the shape
/// of one; give a name only beside a symbol; give only spans of the text it read (its first
/// ``IdentityInvariants/window`` bytes) as symbol, name and aliases, the symbol never among the aliases.
///
/// The fuzz target `gene2json-identity-fuzz` checks this on every input libFuzzer makes; the tests check it on
/// mutated real first sentences.
package enum IdentityInvariants {
  /// How much of a paragraph the reader reads.
  package static let window = 1_000

  /// Reads `input` as a paragraph (also with a stated symbol) and as a title, and throws the first broken promise.
  package static func check(_ input: [UInt8]) throws(InvariantViolation) {
    let text = String(decoding: input, as: UTF8.self)
    let paragraph = IdentityReader.read(paragraph: text)
    try check(paragraph, of: text, as: "paragraph")
    // Again with a symbol stated outside the text (front matter, title, file name): the one it read, and its first
    // alias, so the rows that need a stated symbol are reached.
    for stated in [paragraph.symbol, paragraph.aliases.first].compactMap({ $0 }) {
      try check(IdentityReader.read(paragraph: text, statedSymbol: stated), of: text, as: "paragraph (\(stated))")
    }
    if let title = IdentityReader.read(title: text) {
      guard title.symbol != nil else { throw InvariantViolation("title: an identity without a symbol") }
      try check(title, of: text, as: "title")
    }
  }

  /// The promises for one reading of `text`.
  package static func check(_ identity: ProseIdentity, of text: String, as kind: String) throws(InvariantViolation) {
    let read = Array(text.utf8.prefix(window))
    if identity.name != nil, identity.symbol == nil {
      throw InvariantViolation("\(kind): a name (\(identity.name ?? "")) without a symbol")
    }
    for (field, value) in [("symbol", identity.symbol), ("name", identity.name)]
      + identity.aliases.map({ ("alias", $0) })
    {
      guard let value else { continue }
      guard !value.isEmpty, contains(read, Array(value.utf8)) else {
        throw InvariantViolation("\(kind): \(field) '\(value)' is not a span of the text read")
      }
      guard value.utf8.first.map({ $0 != 0x20 }) == true, value.utf8.last.map({ $0 != 0x20 }) == true else {
        throw InvariantViolation("\(kind): \(field) '\(value)' has white space at an end")
      }
    }
    if let symbol = identity.symbol, identity.aliases.contains(symbol) {
      throw InvariantViolation("\(kind): the symbol '\(symbol)' is also an alias")
    }
    if Set(identity.aliases).count != identity.aliases.count {
      throw InvariantViolation("\(kind): repeated aliases \(identity.aliases)")
    }
  }

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    guard let first = needle.first else { return true }
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return true }
      start += 1
    }
    return false
  }
}
