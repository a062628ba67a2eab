/// Validates UTF-8 and replaces each maximal ill-formed subsequence with U+FFFD, as the Unicode standard recommends.
enum UTF8Repair {
  /// The repaired bytes and the offsets (in the input) of every replaced subsequence.
  struct Repaired {
    var bytes: [UInt8]
    var invalidOffsets: [Int]
    /// Each replacement as an edit: three bytes of U+FFFD in the output for the subsequence in the input.
    var edits: [DecodedOffsets.Edit] = []
  }

  /// Returns nil when the input is already well-formed UTF-8.
  static func repair(_ input: [UInt8]) -> Repaired? {
    input.withUnsafeBufferPointer { buffer in
      guard let firstInvalid = firstInvalidOffset(buffer) else { return nil }
      var output: [UInt8] = []
      output.reserveCapacity(buffer.count + 16)
      output.append(contentsOf: buffer[0..<firstInvalid])
      var offsets: [Int] = []
      var edits: [DecodedOffsets.Edit] = []
      var index = firstInvalid
      while index < buffer.count {
        let length = sequenceLength(buffer, at: index)
        if length > 0 {
          output.append(contentsOf: buffer[index..<index + length])
          index += length
        } else {
          offsets.append(index)
          let length = max(1, maximalSubpartLength(buffer, at: index))
          edits.append(
            DecodedOffsets.Edit(
              outputStart: output.count, outputEnd: output.count + 3, inputStart: index, inputEnd: index + length))
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          index += length
        }
      }
      return Repaired(bytes: output, invalidOffsets: offsets, edits: edits)
    }
  }

  // MARK: - Scanning

  /// The offset of the first ill-formed byte, or nil. Skips ASCII runs with ``ByteClass/endOfASCIIRun(_:from:)``.
  static func firstInvalidOffset(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while true {
      index = ByteClass.endOfASCIIRun(buffer, from: index)
      guard index < buffer.count else { return nil }
      let length = sequenceLength(buffer, at: index)
      if length == 0 { return index }
      index += length
    }
  }

  /// The length of the well-formed sequence starting at `index`, or 0 when it is ill-formed.
  @inline(__always)
  static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = buffer[index]
    if lead < 0x80 { return 1 }
    let (length, low, high) = leadInfo(lead)
    guard length > 0, index + length <= buffer.count else { return 0 }
    let second = buffer[index + 1]
    guard second >= low && second <= high else { return 0 }
    var position = index + 2
    while position < index + length {
      guard buffer[position] & 0xC0 == 0x80 else { return 0 }
      position += 1
    }
    return length
  }

  /// The length of the longest prefix at `index` that could start a well-formed sequence (at least 1).
  private static func maximalSubpartLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let (length, low, high) = leadInfo(buffer[index])
    guard length > 0 else { return 1 }
    var position = index + 1
    guard position < buffer.count, buffer[position] >= low, buffer[position] <= high else { return 1 }
    position += 1
    while position < index + length, position < buffer.count, buffer[position] & 0xC0 == 0x80 {
      position += 1
    }
    return position - index
  }

  /// Sequence length and the allowed range of the second byte for a lead byte (length 0: not a lead byte).
  @inline(__always)
  private static func leadInfo(_ lead: UInt8) -> (Int, UInt8, UInt8) {
    switch lead {
    case 0xC2...0xDF: return (2, 0x80, 0xBF)
    case 0xE0: return (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
    case 0xED: return (3, 0x80, 0x9F)
    case 0xF0: return (4, 0x90, 0xBF)
    case 0xF1...0xF3: return (4, 0x80, 0xBF)
    case 0xF4: return (4, 0x80, 0x8F)
    default: return (0, 0, 0)
    }
  }
}
