import Crypto

/// Lower-case hex SHA-256, computed with swift-crypto.
enum SHA256Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  /// The digest of the bytes as 64 lower-case hex digits.
  static func digest(_ bytes: [UInt8]) -> String {
    let digest = SHA256.hash(data: bytes)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    // Through the raw bytes, not `Sequence`: iterating the digest costs a runtime conformance lookup at start-up.
    digest.withUnsafeBytes { raw in
      for byte in raw {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
