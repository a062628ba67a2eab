/// Spots text that reads as a language model's refusal or a placeholder instead of gene content (GD205).
///
/// One pass over the UTF-8 bytes, phrases tried only where a word may start one: a profile of a 4 MB corpus showed `String.contains` (through Foundation's `NSString.range(of:)`) taking 70% of conversion time, and one
/// search per phrase still 30%.
enum RefusalDetector {
  /// Phrases matched case-insensitively anywhere in a section, starting a word (and ending one when they end in a
  /// letter or digit).
  private static let phrases: [[UInt8]] = [
    "i currently do not have", "i do not have detailed information", "i don't have detailed information",
    "i do not have specific information", "i don't have specific information", "i do not have information",
    "i don't have information", "i don't have any information", "i do not have any information",
    "please verify the gene symbol", "please verify the gene name", "as an ai", "as a language model",
    "my knowledge cutoff", "lorem ipsum", "insert text here", "content goes here", "[insert", "to be written",
  ].map { Array($0.utf8) }

  /// Words that mark a placeholder when they stand alone in upper case.
  private static let markers: [[UInt8]] = ["TODO", "TBD", "FIXME", "XXX", "PLACEHOLDER"].map { Array($0.utf8) }

  /// Whole texts that are only a placeholder.
  private static let wholeTexts: [[UInt8]] = ["n/a", "na", "none", "tbd", "todo", "...", "…", "-", "placeholder"]
    .map { Array($0.utf8) }

  /// The lookup tables, built once.
  private static let tables = Tables()

  /// The phrase that makes the text read as a refusal or placeholder, or nil.
  static func finding(in text: String) -> String? {
    var text = text
    let tables = Self.tables
    return text.withUTF8 { bytes in
      if let found = tables.firstMatch(in: bytes) { return found }
      var lower = 0
      var upper = bytes.count
      while lower < upper, ByteClass.isWhitespace(bytes[lower]) { lower += 1 }
      while upper > lower, ByteClass.isWhitespace(bytes[upper - 1]) { upper -= 1 }
      guard upper - lower <= 12 else { return nil }
      let trimmed = bytes[lower..<upper].map(ByteClass.lowercased)
      return wholeTexts.contains(trimmed) ? String(decoding: trimmed, as: UTF8.self) : nil
    }
  }

  /// Phrase and marker lookup at the word starts a prefilter finds.
  ///
  /// A profile of 50,000 generated documents had this scan at 6–8% of a `--jobs 1` run as a byte-at-a-time loop
  /// (a table lookup at every position: about 11 instructions a byte). Finding word starts eight bytes at a time in
  /// a `UInt64` was no faster (its branch at every word start mispredicted), and Swift's `SIMD16` comparisons
  /// compile to a loop a lane at a time. So a ``WordPrefixScanner`` finds the word starts whose first four bytes may
  /// start a pattern, sixteen positions at a time, and only the patterns that start with that letter are tried there.
  private final class Tables: Sendable {
    /// The patterns by lower-cased first byte: phrase indexes first (as `index`), then markers (as `phrases.count +
    /// index`), so a phrase wins over a marker at the same position.
    let byFirstByte: FlatLists<Int>
    /// Each pattern's bytes, by pattern index.
    let patternBytes: FlatLists<UInt8>
    /// The prefilter over the patterns' first four bytes.
    let scanner: WordPrefixScanner

    init() {
      let patterns = RefusalDetector.phrases + RefusalDetector.markers
      var byFirstByte = [[Int]](repeating: [], count: 256)
      for (index, pattern) in patterns.enumerated() { byFirstByte[Int(ByteClass.lowercased(pattern[0]))].append(index) }
      self.byFirstByte = FlatLists(byFirstByte)
      self.patternBytes = FlatLists(patterns)
      self.scanner = WordPrefixScanner(prefixes: patterns)
    }

    /// The first phrase or marker in `bytes` (a phrase before a marker at the same position).
    func firstMatch(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
      var index = 0
      while true {
        index = scanner.next(in: bytes, from: index)
        guard index < bytes.count else { return nil }
        let first = Int(ByteClass.lowercased(bytes[index]))
        for slot in byFirstByte.range(first) {
          if let found = match(byFirstByte.values[slot], in: bytes, at: index) { return found }
        }
        index += 1
      }
    }

    /// Pattern `pattern` (a phrase index, or `phrases.count` + a marker index) when it starts at `index`.
    private func match(_ pattern: Int, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String? {
      let text = patternBytes.range(pattern)
      guard !text.isEmpty, matches(text, caseSensitive: pattern >= RefusalDetector.phrases.count, in: bytes, at: index)
      else { return nil }
      return String(decoding: patternBytes.values[text], as: UTF8.self)
    }

    /// Whether the pattern bytes at `pattern` (``patternBytes``) are at `index` (a phrase with case aside), starting a word and ending one
    /// when it ends in a letter or digit.
    private func matches(
      _ pattern: Range<Int>, caseSensitive: Bool, in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> Bool {
      guard index + pattern.count <= bytes.count else { return false }
      for (offset, expected) in zip(index..., pattern) {
        let byte = bytes[offset]
        guard (caseSensitive ? byte : ByteClass.lowercased(byte)) == patternBytes.values[expected] else { return false }
      }
      // A pattern that ends in a letter or digit ends a word too (`as an ai` is not `as an aid`); a marker also
      // starts one (the scan only tries phrases at word starts).
      let end = index + pattern.count
      let before = !caseSensitive || index == 0 || !ByteClass.isAlphanumeric(bytes[index - 1])
      let after =
        end == bytes.count || !ByteClass.isAlphanumeric(patternBytes.values[pattern.upperBound - 1])
        || !ByteClass.isAlphanumeric(bytes[end])
      return before && after
    }

    /// Every offset the prefilter returns, from the SIMD or the byte-at-a-time version (for tests: both agree).
    func prefilterHits(in bytes: UnsafeBufferPointer<UInt8>, portable: Bool) -> [Int] {
      var hits: [Int] = []
      var index = 0
      while true {
        index = scanner.next(in: bytes, from: index, portable: portable)
        guard index < bytes.count else { return hits }
        hits.append(index)
        index += 1
      }
    }
  }

  /// The offsets the prefilter finds in `text` (SIMD, or a byte at a time when `portable`), for tests.
  static func prefilterHits(in text: String, portable: Bool) -> [Int] {
    var text = text
    return text.withUTF8 { tables.prefilterHits(in: $0, portable: portable) }
  }
}
