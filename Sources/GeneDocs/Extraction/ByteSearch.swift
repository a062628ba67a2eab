/// Substring search over UTF-8 bytes, without `String` and without Foundation.
enum ByteSearch {
  /// Whether `needle` occurs in `haystack`.
  static func contains<Haystack: RandomAccessCollection>(_ haystack: Haystack, _ needle: [UInt8]) -> Bool
  where Haystack.Element == UInt8, Haystack.Index == Int {
    firstIndex(of: needle, in: haystack, from: haystack.startIndex) != nil
  }

  /// The index of the first occurrence of `needle` at or after `start`, or nil.
  static func firstIndex<Haystack: RandomAccessCollection>(of needle: [UInt8], in haystack: Haystack, from start: Int)
    -> Int?
  where Haystack.Element == UInt8, Haystack.Index == Int {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = start
    let last = haystack.endIndex - needle.count
    while index <= last {
      if haystack[index] == first {
        var matched = 1
        while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return index }
      }
      index += 1
    }
    return nil
  }
}
