#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Names in symbols, one after another in one buffer (a `[UInt8]` each was 140,000 allocations for NCBI's symbols
/// and PharmGKB's chemicals).
struct NameList {
  private(set) var symbols: [UInt8] = []
  private(set) var starts: [Int32] = [0]
  /// Whether the names were appended in ascending order, none twice.
  private(set) var isSorted = true

  /// The number of names.
  var count: Int { starts.count - 1 }

  /// Appends a name's symbols (``NameNormalizer/append(_:to:)``); false when the name cannot be matched.
  mutating func append(name: String) -> Bool {
    guard NameNormalizer.append(name, to: &symbols) else { return false }
    starts.append(Int32(symbols.count))
    if count > 1, isSorted, compare(count - 2, count - 1) >= 0 { isSorted = false }
    return true
  }

  /// Appends name `index` of another list.
  mutating func append(_ index: Int, of other: NameList) {
    symbols += other.symbols[Int(other.starts[index])..<Int(other.starts[index + 1])]
    starts.append(Int32(symbols.count))
    if count > 1, isSorted, compare(count - 2, count - 1) >= 0 { isSorted = false }
  }

  /// The length of name `index`.
  func length(_ index: Int) -> Int { Int(starts[index + 1] - starts[index]) }

  /// Calls `body` with the symbols of name `index` from `position` to `end`.
  func withSymbols<Result>(
    _ index: Int, _ positions: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    symbols.withUnsafeBufferPointer { symbols in
      let start = Int(starts[index])
      return body(
        UnsafeBufferPointer(rebasing: symbols[(start + positions.lowerBound)..<(start + positions.upperBound)]))
    }
  }

  /// Symbol `position` of name `index`.
  func symbol(_ index: Int, _ position: Int) -> UInt8 { symbols[Int(starts[index]) + position] }

  /// The names' numbers in byte order of their symbols (equal names in number order). Sorted by their first eight
  /// symbols as one integer, then `memcmp` for ties: comparing with `memcmp` alone took 40 ms for 60,000 names.
  func sortedIndices() -> [Int] {
    var keyed: [(key: UInt64, index: Int)] = []
    keyed.reserveCapacity(count)
    symbols.withUnsafeBufferPointer { bytes in
      for index in 0..<count {
        let start = Int(starts[index])
        let end = Int(starts[index + 1])
        var key: UInt64 = 0
        for offset in 0..<8 { key = key << 8 | UInt64(start + offset < end ? bytes[start + offset] : 0) }
        keyed.append((key, index))
      }
    }
    keyed.sort { left, right in
      if left.key != right.key { return left.key < right.key }
      let order = compare(left.index, right.index)
      return order != 0 ? order < 0 : left.index < right.index
    }
    return keyed.map(\.index)
  }

  /// Orders two names as bytes (a prefix first), with `memcmp`.
  func compare(_ left: Int, _ right: Int) -> Int {
    compare(left, in: self, right)
  }

  /// Orders name `left` of this list and name `right` of `other`.
  func compare(_ left: Int, in other: NameList, _ right: Int) -> Int {
    let leftLength = length(left)
    let rightLength = other.length(right)
    let common = min(leftLength, rightLength)
    let order: Int32 = symbols.withUnsafeBufferPointer { mine in
      other.symbols.withUnsafeBufferPointer { theirs in
        guard common > 0, let mine = mine.baseAddress, let theirs = theirs.baseAddress else { return 0 }
        return memcmp(mine + Int(starts[left]), theirs + Int(other.starts[right]), common)
      }
    }
    return order != 0 ? Int(order) : leftLength - rightLength
  }
}
