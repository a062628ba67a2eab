import CByteScan

/// Finds the word starts whose first four bytes may begin one of a set of prefixes, sixteen positions at a time
/// (`gd_next_word_prefix`: C with SSSE3, since Swift's `SIMD16` comparisons compile to a loop a lane at a time).
///
/// A prefilter: case is folded by ORing 0x20 and prefixes share eight buckets, so it returns a superset of the
/// positions where a prefix starts (never fewer) and the caller checks each one.
struct WordPrefixScanner: Sendable {
  /// `gd_prefix_tables` as bytes: low-nibble tables for the four positions, then high-nibble tables.
  private let tables: [UInt8]

  /// A scanner for prefixes of at least three bytes (only the first four count; ORed with 0x20 to compare).
  init(prefixes patterns: [[UInt8]]) {
    var prefixes: [[UInt8]] = []
    for pattern in patterns {
      precondition(pattern.count >= 3, "the prefilter needs three bytes")
      let prefix = pattern.prefix(4).map { $0 | 0x20 }
      if !prefixes.contains(prefix) { prefixes.append(prefix) }
    }
    var tables = [UInt8](repeating: 0, count: MemoryLayout<gd_prefix_tables>.size)
    precondition(tables.count == 128, "gd_prefix_tables is low[4][16] then high[4][16]")
    for (index, prefix) in prefixes.enumerated() {
      let bit = UInt8(1) << UInt8(index % 8)
      for position in 0..<4 {
        guard position < prefix.count else {  // past a three-byte prefix, any byte
          for nibble in 0..<16 {
            tables[position * 16 + nibble] |= bit
            tables[64 + position * 16 + nibble] |= bit
          }
          continue
        }
        tables[position * 16 + Int(prefix[position] & 15)] |= bit
        tables[64 + position * 16 + Int(prefix[position] >> 4)] |= bit
      }
    }
    self.tables = tables
  }

  /// The first candidate position at or after `start` in `bytes`, or `bytes.count`.
  func next(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, portable: Bool = false) -> Int {
    guard bytes.count >= 3, start < bytes.count - 2, let base = bytes.baseAddress else { return bytes.count }
    return tables.withUnsafeBytes { raw in
      let tables = raw.baseAddress!.assumingMemoryBound(to: gd_prefix_tables.self)
      return portable
        ? gd_next_word_prefix_portable(base, bytes.count, start, tables)
        : gd_next_word_prefix(base, bytes.count, start, tables)
    }
  }
}
