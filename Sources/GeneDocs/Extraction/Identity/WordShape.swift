/// What a single word looks like, for telling other symbols of a gene from ordinary words.
enum WordShape {
  /// A word that can be another symbol of a gene: symbol-shaped (`BAFF`, `GLUT4`), mixed case (`PNPase`, `mTOR`,
  /// `hERG`, `kvLQT1`, `ZnT-8`) or letters with digits (`p53`). A Greek letter or an English word alone never is.
  static func isAliasLike(_ token: IdentityToken, in text: IdentityText) -> Bool {
    guard token.kind == .word else { return false }
    if token.isSymbolShaped { return true }
    let bytes = text.originalBytes(token)
    var upper = 0
    var lower = 0
    var digits = 0
    var upperAfterLower = false
    for byte in bytes {
      if ByteClass.isUppercase(byte) {
        upper += 1
        if lower > 0 { upperAfterLower = true }
      } else if ByteClass.isDigit(byte) {
        digits += 1
      } else if ByteClass.isLowercase(byte) {
        lower += 1
      } else if byte >= 0x80 {
        return false  // Greek letters and accented words are names, not symbols
      }
    }
    guard bytes.count >= 2, upper + lower > 0, !isCommonWord(token, in: text) else { return false }
    return upperAfterLower || (upper >= 2 && lower > 0) || (digits > 0 && upper + lower > 0 && upper + lower <= 4)
  }

  /// A protein's one-word name that a sentence can give as another name of its gene after an alias marker: a
  /// lower-case word of five letters or more that is no English word (`megalin`, `osteopontin`), or one or two
  /// capitals, a hyphen and a lower-case word (`N-cadherin`, `P-glycoprotein`). Greek letters and the words of gene
  /// names are none.
  static func isProteinWord(_ token: IdentityToken, in text: IdentityText) -> Bool {
    guard token.kind == .word, !isCommonWord(token, in: text) else { return false }
    let bytes = text.originalBytes(token)
    var capitals = 0
    var lower = 0
    var hyphens = 0
    for byte in bytes {
      if ByteClass.isUppercase(byte) {
        guard lower == 0, hyphens == 0 else { return false }
        capitals += 1
      } else if ByteClass.isLowercase(byte) {
        guard capitals == 0 || hyphens == 1 else { return false }
        lower += 1
      } else if byte == UInt8(ascii: "-") {
        guard capitals > 0, lower == 0, hyphens == 0 else { return false }
        hyphens += 1
      } else {
        return false
      }
    }
    if capitals == 0 { return lower >= 5 && !CommonWords.contains(String(decoding: bytes, as: UTF8.self)) }
    return capitals <= 2 && hyphens == 1 && lower >= 3
  }

  /// A capitalized word: upper-case first letter, the rest lower case (`Raptor`).
  static func isCapitalized(_ token: IdentityToken, in text: IdentityText) -> Bool {
    let bytes = text.originalBytes(token)
    guard let first = bytes.first, ByteClass.isUppercase(first), bytes.count >= 3 else { return false }
    return bytes.dropFirst().allSatisfy(ByteClass.isLowercase)
  }

  /// Greek letters spelled out and words of gene names that are never another name on their own.
  static func isCommonWord(_ token: IdentityToken, in text: IdentityText) -> Bool {
    WordClass.commonWords.contains(token, in: text)
  }
}
