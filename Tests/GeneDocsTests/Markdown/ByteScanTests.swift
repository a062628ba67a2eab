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
}
