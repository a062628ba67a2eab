import CByteScan

/// Substring search over UTF-8 bytes, without `String` and without Foundation.
enum ByteSearch {
  /// Whether `needle` occurs in `haystack`.
  static func contains<Haystack: RandomAccessCollection>(_ haystack: Haystack, _ needle: [UInt8]) -> Bool
  where Haystack.Element == UInt8, Haystack.Index == Int {
    firstIndex(of: needle, in: haystack, from: haystack.startIndex) != nil
  }

  /// The index of the first occurrence of `needle` at or after `start`, or nil; with `ignoringASCIICase`, ASCII
  /// letters match in either case (other bytes as they are, so the match has the needle's length).
  ///
  /// Contiguous haystacks are searched by `gd_find_bytes` (memmem) and `gd_find_folded` (SSE2), others a byte at a
  /// time.
  static func firstIndex<Haystack: RandomAccessCollection>(
    of needle: [UInt8], in haystack: Haystack, from start: Int, ignoringASCIICase: Bool = false
  ) -> Int? where Haystack.Element == UInt8, Haystack.Index == Int {
    let from = max(start, haystack.startIndex)
    let contiguous = haystack.withContiguousStorageIfAvailable { buffer in
      needle.withUnsafeBufferPointer { needleBytes -> Int? in
        let offset = from - haystack.startIndex
        guard let base = buffer.baseAddress, let needleBase = needleBytes.baseAddress, offset < buffer.count else {
          return nil
        }
        let found =
          ignoringASCIICase
          ? gd_find_folded(base, buffer.count, offset, needleBase, needleBytes.count)
          : gd_find_bytes(base, buffer.count, offset, needleBase, needleBytes.count)
        return found < buffer.count ? haystack.startIndex + found : nil
      }
    }
    if let contiguous { return contiguous }
    return bytewiseIndex(of: needle, in: haystack, from: from, ignoringASCIICase: ignoringASCIICase)
  }

  /// ``firstIndex(of:in:from:ignoringASCIICase:)`` a byte at a time (for any collection, and for tests).
  static func bytewiseIndex<Haystack: RandomAccessCollection>(
    of needle: [UInt8], in haystack: Haystack, from start: Int, ignoringASCIICase: Bool = false
  ) -> Int? where Haystack.Element == UInt8, Haystack.Index == Int {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    let fold: (UInt8) -> UInt8 = ignoringASCIICase ? { ByteClass.lowercased($0) } : { $0 }
    let head = fold(first)
    var index = max(start, haystack.startIndex)
    let last = haystack.endIndex - needle.count
    while index <= last {
      if fold(haystack[index]) == head {
        var matched = 1
        while matched < needle.count, fold(haystack[index + matched]) == fold(needle[matched]) { matched += 1 }
        if matched == needle.count { return index }
      }
      index += 1
    }
    return nil
  }

  /// Every occurrence of `needle` in `haystack`, overlapping ones included
  /// (``firstIndex(of:in:from:ignoringASCIICase:)``).
  static func ranges<Haystack: RandomAccessCollection>(
    of needle: [UInt8], in haystack: Haystack, ignoringASCIICase: Bool = false
  ) -> [Range<Int>] where Haystack.Element == UInt8, Haystack.Index == Int {
    var found: [Range<Int>] = []
    var start = haystack.startIndex
    while let index = firstIndex(of: needle, in: haystack, from: start, ignoringASCIICase: ignoringASCIICase) {
      found.append(index..<index + needle.count)
      start = index + 1
    }
    return found
  }
}
