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
    // `memchr` from one `*` to the next: a byte-by-byte scan was 3.7% of a `--jobs 1` batch profile.
    let swaps: [Int] = source.withUnsafeBufferPointer { buffer in
      let star = UInt8(ascii: "*")
      var index = ByteClass.firstIndex(of: star, in: buffer, from: 0)
      guard index < buffer.count, ByteClass.firstIndex(of: placeholder, in: buffer, from: 0) == buffer.count else {
        return []
      }
      var swaps: [Int] = []
      while index < buffer.count {
        if index > 0, index + 1 < buffer.count, ByteClass.isAlphanumeric(buffer[index - 1]),
          ByteClass.isDigit(buffer[index + 1])
        {
          swaps.append(index)
        }
        index = ByteClass.firstIndex(of: star, in: buffer, from: index + 1)
      }
      return swaps
    }
    guard !swaps.isEmpty else { return (source, false) }
    var copy = source
    for index in swaps { copy[index] = placeholder }
    return (copy, true)
  }

  /// Turns placeholders back into `*`.
  static func restore(_ bytes: inout [UInt8]) {
    for index in bytes.indices where bytes[index] == placeholder { bytes[index] = UInt8(ascii: "*") }
  }
}
