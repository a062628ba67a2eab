/// One bit for each ``WordClass``: the classes a token's word can start a phrase of.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt32

  static let copula = WordFlags(rawValue: 1 << 0)
  static let standsFor = WordFlags(rawValue: 1 << 1)
  static let knownAs = WordFlags(rawValue: 1 << 2)
  static let aliasMarker = WordFlags(rawValue: 1 << 3)
  static let officialSymbolFor = WordFlags(rawValue: 1 << 4)
  static let officialSymbolNoun = WordFlags(rawValue: 1 << 5)
  static let encodes = WordFlags(rawValue: 1 << 6)
  static let refersTo = WordFlags(rawValue: 1 << 7)
  static let geneEncoding = WordFlags(rawValue: 1 << 8)
  static let the = WordFlags(rawValue: 1 << 9)
  static let human = WordFlags(rawValue: 1 << 10)
  static let gene = WordFlags(rawValue: 1 << 11)
  static let ofOrFor = WordFlags(rawValue: 1 << 12)
  static let or = WordFlags(rawValue: 1 << 13)
  static let and = WordFlags(rawValue: 1 << 14)
  static let theOrIts = WordFlags(rawValue: 1 << 15)
  static let officialName = WordFlags(rawValue: 1 << 16)
  static let nameEnd = WordFlags(rawValue: 1 << 17)
  static let clauseAfterComma = WordFlags(rawValue: 1 << 18)
  static let notNameStart = WordFlags(rawValue: 1 << 19)
  static let notNameEnd = WordFlags(rawValue: 1 << 20)
  static let commonWord = WordFlags(rawValue: 1 << 21)
  static let leadIn = WordFlags(rawValue: 1 << 22)
  static let nameLabel = WordFlags(rawValue: 1 << 23)
}
