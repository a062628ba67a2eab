/// Finds UTF-8 text that was once decoded as Windows-1252 and encoded again (`geneâ€™s` for `gene’s`).
///
/// A run of characters whose Windows-1252 bytes form one well-formed multi-byte UTF-8 sequence is taken as
/// mojibake: `â€™` is U+00E2 U+20AC U+2122, whose Windows-1252 bytes E2 80 99 are the UTF-8 of `’`.
enum MojibakeScanner {
  /// One damaged run: where it is in the scanned bytes, and the UTF-8 bytes it stands for.
  struct Occurrence: Equatable {
    let offset: Int
    let length: Int
    let repaired: [UInt8]
  }

  /// Every damaged run in well-formed UTF-8 bytes, in order.
  static func scan(_ bytes: [UInt8]) -> [Occurrence] {
    var found: [Occurrence] = []
    var index = 0
    let count = bytes.count
    while index < count {
      index = bytes.withUnsafeBufferPointer { ByteClass.endOfASCIIRun($0, from: index) }
      guard index < count else { break }
      guard bytes[index] >= 0xC2 else {
        index += 1
        continue
      }
      if let occurrence = occurrence(in: bytes, at: index) {
        found.append(occurrence)
        index += occurrence.length
      } else {
        index += 1
      }
    }
    return found
  }

  /// The bytes with every damaged run replaced by what it stands for, and each repair as an edit.
  static func repairWithEdits(_ bytes: [UInt8], _ occurrences: [Occurrence]) -> (
    bytes: [UInt8], edits: [DecodedOffsets.Edit]
  ) {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var edits: [DecodedOffsets.Edit] = []
    edits.reserveCapacity(occurrences.count)
    var position = 0
    for occurrence in occurrences {
      output.append(contentsOf: bytes[position..<occurrence.offset])
      let start = output.count
      output.append(contentsOf: occurrence.repaired)
      edits.append(
        DecodedOffsets.Edit(
          outputStart: start, outputEnd: output.count, inputStart: occurrence.offset,
          inputEnd: occurrence.offset + occurrence.length))
      position = occurrence.offset + occurrence.length
    }
    output.append(contentsOf: bytes[position...])
    return (output, edits)
  }

  // MARK: - Matching

  private static func occurrence(in bytes: [UInt8], at start: Int) -> Occurrence? {
    guard let (leadScalar, leadLength) = decodeScalar(bytes, at: start),
      let lead = windows1252Byte(for: leadScalar), lead >= 0xC2, lead <= 0xF4
    else { return nil }
    let sequenceLength = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
    var repaired: [UInt8] = [lead]
    var position = start + leadLength
    for _ in 1..<sequenceLength {
      guard let (scalar, length) = decodeScalar(bytes, at: position),
        let byte = windows1252Byte(for: scalar), byte & 0xC0 == 0x80
      else { return nil }
      repaired.append(byte)
      position += length
    }
    let isWellFormed = repaired.withUnsafeBufferPointer { UTF8Repair.sequenceLength($0, at: 0) == sequenceLength }
    guard isWellFormed else { return nil }
    return Occurrence(offset: start, length: position - start, repaired: repaired)
  }

  /// Decodes the scalar at `index` of well-formed UTF-8.
  private static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
    guard index < bytes.count else { return nil }
    let lead = bytes[index]
    switch lead {
    case 0..<0x80:
      return (UInt32(lead), 1)
    case 0xC0..<0xE0 where index + 1 < bytes.count:
      return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    case 0xE0..<0xF0 where index + 2 < bytes.count:
      return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    default:
      return nil
    }
  }

  /// The Windows-1252 byte that decodes to a scalar (the five undefined bytes map to the C1 controls).
  private static func windows1252Byte(for scalar: UInt32) -> UInt8? {
    if scalar >= 0x80 && scalar <= 0xFF { return UInt8(scalar) }
    return specials[scalar]
  }

  private static let specials: [UInt32: UInt8] = [
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
    0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
    0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
    0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
  ]
}
