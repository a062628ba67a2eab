/// Spots text that reads as a language model's refusal or a placeholder instead of gene content (GD205).
///
/// One pass over the UTF-8 bytes, phrases looked up by the first two bytes of each word: a profile of a 4 MB corpus
/// showed `String.contains` (through Foundation's `NSString.range(of:)`) taking 70% of conversion time, and one
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
  /// compile to a loop a lane at a time. So `gd_next_word_prefix` (C, SSSE3) finds the word starts whose first four
  /// bytes may start a pattern, sixteen positions at a time, and each is checked here: its first two bytes as one
  /// key into a table of the patterns that may start so (every case variant), then those patterns in full.
  private final class Tables: Sendable {
    /// For two bytes as they are (second byte high, as ``pairKey(_:)`` reads them): 0, or 1 + the index in
    /// `candidates` of the patterns that may start so, matched without regard to case.
    let slotOfPair: [UInt8]
    /// Pattern lists: phrase indexes first (as `index`), then markers (as `phrases.count + index`).
    let candidates: [[Int]]
    /// The prefilter over the patterns' first four bytes.
    let scanner: WordPrefixScanner

    init() {
      var slots = [UInt8](repeating: 0, count: 1 << 16)
      var candidates: [[Int]] = []
      var lowerPairs: [Int] = []  // by slot - 1 (an array, not a dictionary: one conformance lookup less at start-up)
      let patterns = RefusalDetector.phrases + RefusalDetector.markers
      for (index, pattern) in patterns.enumerated() {
        let lower = (ByteClass.lowercased(pattern[0]), ByteClass.lowercased(pattern[1]))
        let lowerKey = Int(lower.0) << 8 | Int(lower.1)
        let slotIndex = lowerPairs.firstIndex(of: lowerKey) ?? lowerPairs.count
        if slotIndex == lowerPairs.count {
          lowerPairs.append(lowerKey)
          candidates.append([])
        }
        candidates[slotIndex].append(index)
        let slot = UInt8(slotIndex + 1)
        for first in Self.caseVariants(lower.0) {
          for second in Self.caseVariants(lower.1) { slots[Int(second) << 8 | Int(first)] = slot }
        }
      }
      self.slotOfPair = slots
      self.candidates = candidates
      self.scanner = WordPrefixScanner(prefixes: patterns)
    }

    private static func caseVariants(_ lower: UInt8) -> [UInt8] {
      lower >= 0x61 && lower <= 0x7A ? [lower, lower - 0x20] : [lower]
    }

    /// The first phrase or marker in `bytes` (a phrase before a marker at the same position).
    func firstMatch(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
      guard let base = bytes.baseAddress else { return nil }
      var index = 0
      while true {
        index = scanner.next(in: bytes, from: index)
        guard index < bytes.count else { return nil }
        let slot = slotOfPair[Self.pairKey(base + index)]
        if slot != 0 {
          for pattern in candidates[Int(slot) - 1] {
            if let found = RefusalDetector.match(pattern, in: bytes, at: index) { return found }
          }
        }
        index += 1
      }
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

    /// The two bytes at `position` as one key, the first in the low byte: a single 16-bit load.
    @inline(__always)
    private static func pairKey(_ position: UnsafePointer<UInt8>) -> Int {
      Int(UInt16(littleEndian: UnsafeRawPointer(position).loadUnaligned(as: UInt16.self)))
    }
  }

  /// The offsets the prefilter finds in `text` (SIMD, or a byte at a time when `portable`), for tests.
  static func prefilterHits(in text: String, portable: Bool) -> [Int] {
    var text = text
    return text.withUTF8 { tables.prefilterHits(in: $0, portable: portable) }
  }

  /// Pattern `pattern` (a phrase index, or `phrases.count` + a marker index) when it starts at `index`.
  private static func match(_ pattern: Int, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String? {
    let isPhrase = pattern < phrases.count
    let text = isPhrase ? phrases[pattern] : markers[pattern - phrases.count]
    guard matches(text, caseSensitive: !isPhrase, in: bytes, at: index) else { return nil }
    return String(decoding: text, as: UTF8.self)
  }

  // MARK: - Matching

  private static func matches(
    _ pattern: [UInt8], caseSensitive: Bool, in bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> Bool {
    guard index + pattern.count <= bytes.count else { return false }
    for offset in 0..<pattern.count {
      let byte = bytes[index + offset]
      guard (caseSensitive ? byte : ByteClass.lowercased(byte)) == pattern[offset] else { return false }
    }
    // A pattern that ends in a letter or digit ends a word too (`as an ai` is not `as an aid`); a marker also
    // starts one (the scan only tries phrases at word starts).
    let end = index + pattern.count
    let before = !caseSensitive || index == 0 || !ByteClass.isAlphanumeric(bytes[index - 1])
    let after =
      end == bytes.count || !ByteClass.isAlphanumeric(pattern[pattern.count - 1])
      || !ByteClass.isAlphanumeric(bytes[end])
    return before && after
  }
}
