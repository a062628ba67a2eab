/// Whether a word looks like an HGNC-style gene symbol (`CDK4`, `HLA-B`, `C6orf15`, `ADORA2A-AS1`).
enum SymbolShape {
  /// Upper-case words that open sentences but are not gene symbols, as bytes (compared without a `String` or a hash:
  /// this check runs for every symbol-like word).
  private static let notSymbols: [[UInt8]] = [
    "DNA", "RNA", "MRNA", "AI", "NOTE", "TODO", "TBD", "OK", "FDA", "USA", "THE", "THIS", "IN", "AN", "IT", "AS",
    "NA", "N/A", "NONE", "UNKNOWN",
  ].map { Array($0.utf8) }

  /// True when the bytes have the shape of a gene symbol.
  static func matches<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
    if let result = bytes.withContiguousStorageIfAvailable(matches(buffer:)) { return result }
    return Array(bytes).withUnsafeBufferPointer(matches(buffer:))
  }

  private static func matches(buffer bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 2, bytes.count <= 24, let first = bytes.first, let last = bytes.last,
      ByteClass.isUppercase(first) || ByteClass.isDigit(first), ByteClass.isAlphanumeric(last)
    else { return false }
    var uppercase = 0
    var lowercase = 0
    var letters = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x61 && byte <= 0x7A {
        if index + 2 < bytes.count, bytes[index] == 0x6F, bytes[index + 1] == 0x72, bytes[index + 2] == 0x66 {
          index += 3  // "orf", as in C6orf15
          continue
        }
        lowercase += 1
        letters += 1
      } else if ByteClass.isUppercase(byte) {
        uppercase += 1
        letters += 1
      } else if !(ByteClass.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) {
        return false
      }
      index += 1
    }
    guard uppercase >= 1, lowercase <= 1, letters >= 1 else { return false }
    if lowercase == 1, uppercase < 2 { return false }
    return !notSymbols.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
  }

  /// The length of the symbol-like token at `index` (letters, digits, `-`, `.`), without a trailing `.` or `-`.
  static func tokenLength(_ bytes: [UInt8], at index: Int) -> Int {
    var end = index
    while end < bytes.count,
      ByteClass.isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".")
    {
      end += 1
    }
    while end > index, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
    return end - index
  }
}
