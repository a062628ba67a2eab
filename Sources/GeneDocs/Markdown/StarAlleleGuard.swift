/// Keeps star-allele names (`TPMT*3A`, `HLA-B*57:01`, `ADH1C*1 and ADH1C*2`) from being read as emphasis.
///
/// CommonMark lets an intraword `*` open and close emphasis, so `ADH1C*1 and ADH1C*2` would lose both asterisks
/// from the plain text. Before parsing, every `*` between a letter or digit and a digit is swapped for a one-byte
/// placeholder (so source positions do not move), and swapped back in the text taken from cmark.
enum StarAlleleGuard {
  /// The placeholder: ASCII SUB, which cmark passes through as text.
  static let placeholder: UInt8 = 0x1A

  /// The bytes to parse, and whether any `*` was swapped. Documents that already hold the placeholder are left
  /// alone.
  static func protect(_ source: [UInt8]) -> ([UInt8], Bool) {
    guard source.contains(UInt8(ascii: "*")), !source.contains(placeholder) else { return (source, false) }
    var copy = source
    var changed = false
    var index = 1
    while index + 1 < copy.count {
      if copy[index] == UInt8(ascii: "*"), ByteClass.isAlphanumeric(copy[index - 1]), ByteClass.isDigit(copy[index + 1])
      {
        copy[index] = placeholder
        changed = true
      }
      index += 1
    }
    return changed ? (copy, true) : (source, false)
  }

  /// Turns placeholders back into `*`.
  static func restore(_ bytes: inout [UInt8]) {
    for index in bytes.indices where bytes[index] == placeholder { bytes[index] = UInt8(ascii: "*") }
  }
}
