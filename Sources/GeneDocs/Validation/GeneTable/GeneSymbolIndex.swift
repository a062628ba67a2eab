import CByteScan

/// Entry indexes by symbol, ASCII case aside: an open-addressing table over a hash of the bytes with case folded
/// (`gd_fold_hash`).
/// Most symbols name one entry, held in place; the few that name more keep their list aside. (A `[String: [Int]]`
/// keyed by `uppercased()` was 60 ms of the 80 ms it took to index NCBI's 77,000 genes and 200,000 synonyms.)
struct GeneSymbolIndex: Sendable {
  /// Per slot, 0 for empty, else the hash's high 32 bits and one more than the key number in the low 32.
  private var slots: [UInt64]
  /// Per key: its bytes' range in `keyBytes` (as first added), and an entry index or -1 - n for `shared[n]`.
  private var keyStarts: [Int32] = [0]
  private var keyBytes: [UInt8] = []
  private var values: [Int32] = []
  private var shared: [[Int]] = []

  init(capacity: Int) {
    var size = 16
    while size * 2 < capacity * 3 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    keyBytes.reserveCapacity(capacity * 8)
    keyStarts.reserveCapacity(capacity + 1)
    values.reserveCapacity(capacity)
  }

  /// Adds an entry's index under a symbol, once.
  mutating func add(_ index: Int, for symbol: String) {
    var symbol = symbol
    symbol.withUTF8 { add(index, for: $0) }
  }

  /// Adds an entry's index under a symbol's bytes, once.
  mutating func add(_ index: Int, for utf8: UnsafeBufferPointer<UInt8>) {
    let hash = Self.hash(utf8)
    switch find(utf8, hash) {
    case .found(let key):
      let existing = values[key]
      if existing >= 0 {
        guard Int(existing) != index else { return }
        values[key] = Int32(-1 - shared.count)
        shared.append([Int(existing), index])
      } else if shared[Int(-1 - existing)].last != index {
        shared[Int(-1 - existing)].append(index)
      }
    case .empty(let slot):
      let key = values.count
      keyBytes.append(contentsOf: utf8)
      keyStarts.append(Int32(keyBytes.count))
      values.append(Int32(index))
      slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(key + 1)
      if values.count * 3 > slots.count * 2 { grow() }
    }
  }

  /// The entries under a symbol (case aside), in table order.
  func indexes(of symbol: String) -> [Int] {
    var symbol = symbol
    return symbol.withUTF8 { indexes(of: $0) }
  }

  /// The entries under a symbol's bytes (case aside), in table order.
  func indexes(of utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
    guard case .found(let key) = find(utf8, Self.hash(utf8)) else { return [] }
    let value = values[key]
    return value >= 0 ? [Int(value)] : shared[Int(-1 - value)]
  }

  // MARK: - Table

  private enum Probe {
    case found(Int)
    case empty(Int)
  }

  private func find(_ utf8: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Probe {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return .empty(slot) }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let key = Int(entry & 0xFFFF_FFFF) - 1
        if equals(key, utf8) { return .found(key) }
      }
      slot = (slot + 1) & mask
    }
  }

  private func equals(_ key: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(keyStarts[key])
    guard Int(keyStarts[key + 1]) - start == utf8.count else { return false }
    return keyBytes.withUnsafeBufferPointer { keys in
      for offset in 0..<utf8.count where Self.upper(keys[start + offset]) != Self.upper(utf8[offset]) { return false }
      return true
    }
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry != 0 {
      // The slot comes from the hash's low bits, which the tag does not keep: hash the key's bytes again.
      let key = Int(entry & 0xFFFF_FFFF) - 1
      let hash = keyBytes.withUnsafeBufferPointer {
        Self.hash(UnsafeBufferPointer(rebasing: $0[Int(keyStarts[key])..<Int(keyStarts[key + 1])]))
      }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  @inline(__always)
  private static func upper(_ byte: UInt8) -> UInt8 { (byte >= 0x61 && byte <= 0x7A) ? byte - 0x20 : byte }

  /// The bytes' hash, case folded (the same for ASCII letters in either case; other bytes may collide, which the
  /// comparison sorts out).
  private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    gd_fold_hash(utf8.baseAddress, utf8.count)
  }
}
