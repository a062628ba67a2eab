/// Which word classes a word can start a phrase of: one lookup per word, at tokenization, so a pattern turns a
/// token away with one bit test instead of comparing it with every phrase.
///
/// Words are keyed by a 64-bit FNV-1a hash of their lower-cased bytes in a small open-addressing table (Swift's
/// `Dictionary` would hash the key again). A collision can only set bits a word should not have; ``WordClass``
/// compares the bytes before it matches, so it costs time, never a wrong match.
enum WordIndex {
  /// FNV-1a, fed one byte at a time while the tokenizer reads a word.
  struct Hasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
      value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The hash of `bytes`.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
      var hasher = Hasher()
      for byte in bytes { hasher.add(byte) }
      return hasher.value
    }
  }

  /// The table of every ``WordClass``, built once.
  static let table = Table(WordClass.all)

  /// An open-addressing table from word hash to flags.
  struct Table: Sendable {
    private let keys: [UInt64]
    private let values: [UInt64]
    private let mask: Int

    init(_ classes: [WordClass]) {
      let size = 2_048  // four times the words the classes start with, or more
      var keys = [UInt64](repeating: 0, count: size)
      var values = [UInt64](repeating: 0, count: size)
      for wordClass in classes {
        for key in wordClass.firstWordHashes {
          var slot = Int(truncatingIfNeeded: key) & (size - 1)
          while values[slot] != 0, keys[slot] != key { slot = (slot + 1) & (size - 1) }
          keys[slot] = key
          values[slot] |= wordClass.flag.rawValue
        }
      }
      self.keys = keys
      self.values = values
      self.mask = size - 1
    }

    /// The classes a word (by its ``Hasher`` value) starts a phrase of.
    func flags(_ key: UInt64) -> WordFlags {
      var slot = Int(truncatingIfNeeded: key) & mask
      while values[slot] != 0 {
        if keys[slot] == key { return WordFlags(rawValue: values[slot]) }
        slot = (slot + 1) & mask
      }
      return []
    }
  }
}
