import Crypto

/// Lower-case hex SHA-256, computed with swift-crypto.
enum SHA256Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  /// The digest of the bytes as 64 lower-case hex digits.
  static func digest(_ bytes: [UInt8]) -> String {
    let digest = SHA256.hash(data: bytes)
    // Through the raw bytes, not `Sequence`: iterating the digest costs a runtime conformance lookup at start-up.
    return digest.withUnsafeBytes { raw in
      String(unsafeUninitializedCapacity: raw.count * 2) { hex in
        for (index, byte) in raw.enumerated() {
          hex[2 * index] = digits[Int(byte >> 4)]
          hex[2 * index + 1] = digits[Int(byte & 0x0F)]
        }
        return raw.count * 2
      }
    }
  }
}
