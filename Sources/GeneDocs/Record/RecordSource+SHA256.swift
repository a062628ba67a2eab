extension RecordSource {
  /// Lower-case hex SHA-256 of input bytes, as ``sha256`` holds it: what `--update` compares to tell an unchanged
  /// document without converting it.
  public static func sha256(of bytes: [UInt8]) -> String {
    SHA256Hex.digest(bytes)
  }
}
