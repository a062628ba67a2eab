import Testing

@testable import GeneDocs

/// The byte scanners take `memchr` fast paths; each is compared with a plain reference on generated inputs.
@Suite("Byte scanners: fast paths against plain references")
struct ByteScanTests {
  /// Deterministic pseudo-random texts over a small alphabet that hits every branch.
  private static func texts(alphabet: [UInt8], count: Int, seed: UInt64) -> [[UInt8]] {
    var state = seed
    return (0..<count).map { index in
      (0..<(index % 97)).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return alphabet[Int(state >> 33) % alphabet.count]
      }
    }
  }

  @Test("the end of an ASCII run, sixteen bytes at a time, at every start, length and position of a high byte")
  func asciiRun() {
    for length in 0...40 {
      for high in 0...length {  // `high == length`: no byte of 0x80 or above
        var bytes = [UInt8](repeating: 0x7F, count: length)
        if high < length { bytes[high] = [0x80, 0xC3, 0xFF][high % 3] }
        for start in 0...length + 1 {
          var expected = start
          while expected < length, bytes[expected] < 0x80 { expected += 1 }
          let found = bytes.withUnsafeBufferPointer { ByteClass.endOfASCIIRun($0, from: start) }
          #expect(found == expected, "length \(length), high byte at \(high), from \(start)")
        }
      }
    }
  }

  @Test("markup or a digit, sixteen bytes at a time, at every start and position, agrees with the byte loop")
  func markupOrDigit() {
    let special = Array("*_`~|\\[!]<&0123456789".utf8)
    let plain = Array("abcXYZ .,;:()>-/\"'#+=@$%^{}?".utf8) + [0x0A, 0x80, 0xC3, 0xFF, 0x2F, 0x3A]
    for length in 0...40 {
      for position in 0...length {
        var bytes = (0..<length).map { plain[$0 % plain.count] }
        if position < length { bytes[position] = special[(length + position) % special.count] }
        for start in stride(from: 0, through: length, by: 3) {
          let fast = bytes.withUnsafeBufferPointer { ByteClass.nextMarkupOrDigit(in: $0, from: start) }
          let slow = bytes.withUnsafeBufferPointer { ByteClass.nextMarkupOrDigit(in: $0, from: start, portable: true) }
          #expect(fast == slow, "length \(length), special at \(position), from \(start)")
          #expect(fast == (position >= start && position < length ? position : length))
        }
      }
    }
  }

  @Test("substring search with ASCII case aside, sixteen positions at a time, agrees with the byte loop")
  func foldedSearch() {
    // Letters in both cases, the bytes ORing 0x20 confuses with letters and with each other (`@` and `` ` ``,
    // `[` and `{`), and UTF-8 bytes.
    let alphabet = Array("aAbB@`[{ -".utf8) + [0xC3, 0xA9, 0xE1]
    let texts = Self.texts(alphabet: alphabet, count: 300, seed: 7)
    let needles =
      Self.texts(alphabet: alphabet, count: 40, seed: 11).filter { $0.count <= 5 } + [
        Array("ab".utf8), Array("A".utf8), Array("bA@".utf8), Array("é".utf8),
      ]
    for text in texts {
      for needle in needles {
        for start in stride(from: 0, through: text.count + 1, by: 5) {
          for ignoringCase in [true, false] {
            let fast = ByteSearch.firstIndex(of: needle, in: text, from: start, ignoringASCIICase: ignoringCase)
            let slow = ByteSearch.bytewiseIndex(of: needle, in: text, from: start, ignoringASCIICase: ignoringCase)
            #expect(fast == slow, "\(text) \(needle) from \(start), ignoring case: \(ignoringCase)")
          }
        }
      }
    }
    let text = Array("the Acidic Leucine-Rich protein and ACIDIC LEUCINE-rich".utf8)
    let found = ByteSearch.ranges(of: Array("acidic leucine-rich".utf8), in: text, ignoringASCIICase: true)
    #expect(found == [4..<23, 36..<55])
    #expect(
      ByteSearch.ranges(of: Array("acidic leucine-rich".utf8), in: text[5...], ignoringASCIICase: true) == [36..<55])
  }

  @Test("line starts: LF-only texts (memchr) and CR texts (byte loop) match a plain split")
  func lineIndex() {
    let lfOnly = Self.texts(alphabet: Array("ab\n\n".utf8), count: 200, seed: 4)
    for text in lfOnly + Self.texts(alphabet: Array("ab\n\r\n\n".utf8), count: 400, seed: 1) {
      var expected = [0]
      var index = 0
      while index < text.count {
        if text[index] == UInt8(ascii: "\r"), index + 1 < text.count, text[index + 1] == UInt8(ascii: "\n") {
          index += 1
        }
        if text[index] == UInt8(ascii: "\n") || text[index] == UInt8(ascii: "\r") { expected.append(index + 1) }
        index += 1
      }
      #expect(LineIndex(text).lineStarts == expected)
      #expect(LineIndex(text[...]).lineStarts == expected)
    }
  }

  @Test("star alleles: the swapped positions are every * between a letter or digit and a digit")
  func starAlleles() {
    for text in Self.texts(alphabet: Array("A1*x *9".utf8), count: 400, seed: 2) {
      var expected = text
      for index in text.indices.dropFirst().dropLast()
      where text[index] == UInt8(ascii: "*") && ByteClass.isAlphanumeric(text[index - 1])
        && ByteClass.isDigit(text[index + 1])
      {
        expected[index] = StarAlleleGuard.placeholder
      }
      let (protected, changed) = StarAlleleGuard.protect(text)
      #expect(protected == expected)
      #expect(changed == (expected != text))
    }
  }

  @Test("pathological input: findings are the same with and without an image opener (the line-skipping path)")
  func pathologicalSkipPath() {
    let guardian = PathologicalInputGuard(limits: .init(maxContainerDepth: 6, maxImageOpenersPerParagraph: 128))
    for text in Self.texts(alphabet: Array("- > 1. x\n  ".utf8), count: 400, seed: 3) {
      let plain = text.withUnsafeBufferPointer { guardian.check($0) }
      let withImage = (text + Array("\n\n![i](u)".utf8)).withUnsafeBufferPointer { guardian.check($0) }
      #expect(plain == withImage)
    }
  }

  /// The name scan's next stop, as `gd_next_name_start` documents it, a byte at a time in Swift.
  private static func nameStart(
    _ bytes: [UInt8], from start: Int, inWord: Bool, filter: [UInt64], mask: UInt32
  ) -> (at: Int, wordEnd: Int?) {
    func isWord(_ byte: UInt8) -> Bool { ByteClass.isAlphanumeric(byte) }
    func has(_ bit: UInt32) -> Bool { filter[Int(bit >> 6)] >> UInt64(bit & 63) & 1 == 1 }
    var index = start
    var previous = inWord
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x80 { return (index, nil) }
      guard isWord(byte) else {
        previous = false
        index += 1
        continue
      }
      var end = index
      while end < bytes.count, bytes[end] < 0x80, isWord(bytes[end]) { end += 1 }
      if !previous {
        if end < bytes.count, bytes[end] >= 0x80 { return (index, end) }
        let key = bytes.withUnsafeBufferPointer { WordKey.key(UnsafeBufferPointer(rebasing: $0[index..<end])) }
        if has(key & mask) {
          var next = end
          while next < bytes.count, " \t-".utf8.contains(bytes[next]) { next += 1 }
          guard next > end, next < bytes.count, isWord(bytes[next]) else { return (index, end) }
          if has(WordKey.key(key, then: 0) & mask) || has(WordKey.key(key, then: bytes[next] | 0x20) & mask) {
            return (index, end)
          }
        }
      }
      previous = true
      index = end
    }
    return (bytes.count, nil)
  }

  @Test("name starts, thirty-two bytes at a time, agree with the byte loop and a plain reference, any filter")
  func nameStarts() {
    let alphabet = Array("abcdeABZ019  - \t.,(\n".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0x99]
    let texts = Self.texts(alphabet: alphabet, count: 150, seed: 7).map { $0 + $0 + $0 }
    let mask = UInt32(255)
    var state: UInt64 = 3
    for density in [0, 10, 50, 100] {
      let filter: [UInt64] = (0..<4).map { _ in
        (0..<64).reduce(UInt64(0)) { bits, bit in
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          return Int(state >> 33) % 100 < density ? bits | 1 << UInt64(bit) : bits
        }
      }
      for text in texts {
        for start in 0...text.count {
          for inWord in [false, true] {
            let expected = Self.nameStart(text, from: start, inWord: inWord, filter: filter, mask: mask)
            for portable in [false, true] {
              let found = text.withUnsafeBufferPointer { bytes in
                filter.withUnsafeBufferPointer {
                  WordKey.nextNameStart(
                    bytes, from: start, end: bytes.count, inWord: inWord, filter: $0, mask: mask, portable: portable)
                }
              }
              #expect(found.next == expected.at, "density \(density), from \(start), portable \(portable)")
              #expect(found.wordEnd == expected.wordEnd)
            }
          }
        }
      }
    }
  }

  @Test("a word's key folds ASCII case, and the scan computes it the same with text after the word")
  func wordKey() {
    let word = Array("Warfarin10Sodium".utf8)
    for length in 1...word.count {
      let exact = Array(word[..<length]).withUnsafeBufferPointer { WordKey.key($0) }
      let lower = Array(word[..<length]).map(ByteClass.lowercased)
      #expect(lower.withUnsafeBufferPointer { WordKey.key($0) } == exact)
      // Only this word's bits: the scan stops at it only when it computes the same keys, eight bytes at a time
      // where the text goes on past the word.
      var filter = [UInt64](repeating: 0, count: 1 << 14)
      for bit in [WordKey.bit(exact), WordKey.bit(exact, then: 0), WordKey.bit(exact, then: UInt8(ascii: "x"))] {
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
      }
      for text in [Array(word[..<length]), Array(word[..<length]) + Array(" xxxxxxxxxxxx".utf8)] {
        let found = text.withUnsafeBufferPointer { bytes in
          filter.withUnsafeBufferPointer {
            WordKey.nextNameStart(bytes, from: 0, end: bytes.count, inWord: false, filter: $0)
          }
        }
        #expect(found.next == 0 && found.wordEnd == length, "\(length) bytes")
      }
    }
  }

  @Test("tab-separated fields, sixteen bytes at a time, agree with the byte loop and a plain split, any number of them")
  func splitFields() {
    let alphabet = Array("ab\t\t\n x-".utf8) + [0xC3, 0xA9, 0x0D]
    let texts = Self.texts(alphabet: alphabet, count: 150, seed: 9) + [Array(repeating: 0x09, count: 90)]
    for text in texts {
      for start in 0...text.count {
        var lineEnd = start
        while lineEnd < text.count, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        var expected: [Int] = []
        var fieldStart = start
        for index in start...lineEnd where index == lineEnd || text[index] == 0x09 {
          expected += [fieldStart, index]
          fieldStart = index + 1
        }
        for portable in [false, true] {
          // Room for two fields only at first: more are found by growing the scratch space.
          var bounds = [Int](repeating: 0, count: 4)
          let (end, fields) = text.withUnsafeBufferPointer {
            DelimitedText.splitLine($0, from: start, at: 0x09, into: &bounds, portable: portable)
          }
          #expect(end == lineEnd, "from \(start), portable \(portable)")
          #expect(Array(bounds.prefix(2 * fields)) == expected, "from \(start), portable \(portable)")
        }
      }
    }
  }

  @Test("capitals that start a symbol word, sixteen bytes at a time, agree with the byte loop and a plain reference")
  func capitalStarts() {
    let alphabet = Array("aZAM9-_ .(\u{0}".utf8) + [0xC3, 0x89, 0x40, 0x5B, 0x60, 0x7B]
    for text in Self.texts(alphabet: alphabet, count: 200, seed: 11) {
      for lower in Set([0, text.count / 3, text.count]) {
        for start in lower...text.count {
          var expected = start
          while expected < text.count {
            let byte = text[expected]
            let before = expected == lower ? nil : text[expected - 1]
            let symbolBefore = before.map { ByteClass.isAlphanumeric($0) || $0 == UInt8(ascii: "-") } ?? false
            if byte >= 0x41 && byte <= 0x5A && !symbolBefore { break }
            expected += 1
          }
          for portable in [false, true] {
            let found = text.withUnsafeBufferPointer {
              ByteClass.nextCapitalStart(in: $0, from: start, lower: lower, portable: portable)
            }
            #expect(found == expected, "from \(start), lower \(lower), portable \(portable)")
          }
        }
      }
    }
  }
}
