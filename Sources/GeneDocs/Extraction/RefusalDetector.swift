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

  /// Phrase and marker lookup by the first two bytes of a word.
  ///
  /// A profile of 50,000 generated documents had a per-byte scan with a branch at every word start (unpredictable,
  /// so mispredicted about once a word) at 8% of a `--jobs 1` run. This one reads the two bytes at each position as
  /// one key into a table that holds every case variant of the patterns' first two bytes, masks it with whether
  /// the byte before ends a word, and branches only on a candidate: about 11 instructions a byte (callgrind).
  private final class Tables: Sendable {
    /// 0xFF for a byte that is not an ASCII letter or digit (a word starts after it), else 0.
    let notWordMask: [UInt8] = (0..<256).map { ByteClass.isAlphanumeric(UInt8($0)) ? 0 : 0xFF }
    /// For two bytes as they are (second byte high, as ``pairKey(_:)`` reads them): 0, or 1 + the index in
    /// `candidates` of the patterns that may start so, matched without regard to case.
    let slotOfPair: [UInt8]
    /// Pattern lists: phrase indexes first (as `index`), then markers (as `phrases.count + index`).
    let candidates: [[Int]]

    init() {
      var slots = [UInt8](repeating: 0, count: 1 << 16)
      var candidates: [[Int]] = []
      var lowerPairs: [Int] = []  // by slot - 1 (an array, not a dictionary: one conformance lookup less at start-up)
      for (index, pattern) in (RefusalDetector.phrases + RefusalDetector.markers).enumerated() {
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
    }

    private static func caseVariants(_ lower: UInt8) -> [UInt8] {
      lower >= 0x61 && lower <= 0x7A ? [lower, lower - 0x20] : [lower]
    }

    /// The first phrase or marker in `bytes` (a phrase before a marker at the same position).
    func firstMatch(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
      guard bytes.count >= 2, let base = bytes.baseAddress else { return nil }
      return notWordMask.withUnsafeBufferPointer { notWordMask in
        slotOfPair.withUnsafeBufferPointer { slotOfPair in
          var index = 0
          var before: UInt8 = 0xFF  // the start of the text starts a word
          while true {
            index = Self.nextCandidate(
              base, count: bytes.count, from: index, before: before, slotOfPair.baseAddress!, notWordMask.baseAddress!)
            guard index < bytes.count - 1 else { return nil }
            let slot = slotOfPair[Self.pairKey(base + index)]
            for pattern in candidates[Int(slot) - 1] {
              if let found = RefusalDetector.match(pattern, in: bytes, at: index) { return found }
            }
            before = notWordMask[Int(base[index])]
            index += 1
          }
        }
      }
    }

    /// The two bytes at `position` as one key, the first in the low byte: a single 16-bit load.
    @inline(__always)
    private static func pairKey(_ position: UnsafePointer<UInt8>) -> Int {
      Int(UInt16(littleEndian: UnsafeRawPointer(position).loadUnaligned(as: UInt16.self)))
    }

    /// The first position at or after `start` (below `count - 1`) where a word starts with a candidate pair, or
    /// `count - 1`. A tight loop on raw pointers, so its state stays in registers.
    private static func nextCandidate(
      _ base: UnsafePointer<UInt8>, count: Int, from start: Int, before: UInt8, _ slotOfPair: UnsafePointer<UInt8>,
      _ notWordMask: UnsafePointer<UInt8>
    ) -> Int {
      var before = before
      var index = start
      let last = count - 1
      while index < last {
        let byte = base[index]
        if slotOfPair[pairKey(base + index)] & before != 0 { return index }
        before = notWordMask[Int(byte)]
        index += 1
      }
      return last
    }
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
