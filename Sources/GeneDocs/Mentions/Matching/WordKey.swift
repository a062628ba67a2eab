import CByteScan

/// The first word of a name or of text, as bits of ``NameTrie``'s filter: its ASCII letters and digits, all of them,
/// lower case, hashed by `gd_word_key` (C, eight bytes at a time; the scan of the text, `gd_next_name_start`,
/// computes the same keys there), alone and with what follows the word (`gd_word_key_then`), into 2^20 bits.
enum WordKey {
  static let bits = 1 << 20
  /// The mask of a key's bit.
  static let mask = UInt32(bits - 1)

  /// The key of a word's bytes.
  static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
    gd_word_key(word.baseAddress, word.count)
  }

  /// The bit of a word alone (whatever follows it).
  static func bit(_ key: UInt32) -> Int { Int(key & mask) }

  /// The bit of a word followed by a space and a word starting with `next` (a lower-case ASCII letter or digit), or,
  /// when `next` is 0, by anything else.
  static func bit(_ key: UInt32, then next: UInt8) -> Int { Int(gd_word_key_then(key, next) & mask) }

  /// The key of a word followed by `next` (see ``bit(_:then:)``).
  static func key(_ key: UInt32, then next: UInt8) -> UInt32 { gd_word_key_then(key, next) }

  /// `gd_next_name_start` over `text[start..<end]` (or its byte-at-a-time twin, for tests): the next word start that
  /// may start a name by `filter`, with the end of its ASCII letters and digits, or the next non-ASCII byte (then
  /// `wordEnd` is nil), or `end`.
  @inline(__always)
  static func nextNameStart(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, inWord: Bool, filter: UnsafeBufferPointer<UInt64>,
    mask: UInt32 = WordKey.mask, portable: Bool = false
  ) -> (next: Int, wordEnd: Int?) {
    guard let base = text.baseAddress, let bits = filter.baseAddress, start < end, end <= text.count else {
      return (max(start, end), nil)
    }
    var wordEnd = 0
    let next =
      portable
      ? gd_next_name_start_portable(base, end, start, inWord ? 1 : 0, bits, mask, &wordEnd)
      : gd_next_name_start(base, end, start, inWord ? 1 : 0, bits, mask, &wordEnd)
    return (next, next < end && text[next] < 0x80 ? wordEnd : nil)
  }
}
