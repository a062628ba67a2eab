/// Spots text that reads as a language model's refusal or a placeholder instead of gene content (GD205).
///
/// One pass over the UTF-8 bytes, phrases indexed by their first byte: a profile of a 4 MB corpus showed
/// `String.contains` (through Foundation's `NSString.range(of:)`) taking 70% of conversion time, and one search
/// per phrase still 30%.
enum RefusalDetector {
  /// Phrases matched case-insensitively anywhere in a section.
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

  /// For each byte, the indexes of the phrases (matched in lower case) that start with it.
  private static let phrasesByFirstByte: [[Int]] = table(phrases.map { $0[0] })
  /// For each byte, the indexes of the markers (matched in exact case) that start with it.
  private static let markersByFirstByte: [[Int]] = table(markers.map { $0[0] })

  /// Whether a byte can start a phrase or a marker.
  private static let startsPhrase: [Bool] = (0..<256).map {
    !phrasesByFirstByte[$0].isEmpty || !markersByFirstByte[$0].isEmpty
      || !phrasesByFirstByte[
        Int(ByteClass.lowercased(UInt8($0)))
      ].isEmpty
  }

  private static func table(_ firstBytes: [UInt8]) -> [[Int]] {
    var table = [[Int]](repeating: [], count: 256)
    for (index, byte) in firstBytes.enumerated() { table[Int(byte)].append(index) }
    return table
  }

  /// The phrase that makes the text read as a refusal or placeholder, or nil.
  static func finding(in text: String) -> String? {
    var text = text
    let startsPhrase = Self.startsPhrase
    return text.withUTF8 { bytes in
      for index in 0..<bytes.count {
        let byte = bytes[index]
        // Every phrase and marker starts a word.
        guard startsPhrase[Int(byte)], index == 0 || !ByteClass.isAlphanumeric(bytes[index - 1]) else { continue }
        for phrase in phrasesByFirstByte[Int(ByteClass.lowercased(byte))]
        where matches(phrases[phrase], caseSensitive: false, in: bytes, at: index) {
          return String(decoding: phrases[phrase], as: UTF8.self)
        }
        for marker in markersByFirstByte[Int(byte)]
        where matches(markers[marker], caseSensitive: true, in: bytes, at: index) {
          return String(decoding: markers[marker], as: UTF8.self)
        }
      }
      var lower = 0
      var upper = bytes.count
      while lower < upper, ByteClass.isWhitespace(bytes[lower]) { lower += 1 }
      while upper > lower, ByteClass.isWhitespace(bytes[upper - 1]) { upper -= 1 }
      guard upper - lower <= 12 else { return nil }
      let trimmed = bytes[lower..<upper].map(ByteClass.lowercased)
      return wholeTexts.contains(trimmed) ? String(decoding: trimmed, as: UTF8.self) : nil
    }
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
    guard caseSensitive else { return true }
    let end = index + pattern.count
    let before = index == 0 || !ByteClass.isAlphanumeric(bytes[index - 1])
    let after = end == bytes.count || !ByteClass.isAlphanumeric(bytes[end])
    return before && after
  }
}
