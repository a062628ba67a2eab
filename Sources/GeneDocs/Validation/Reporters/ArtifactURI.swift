/// A document path as a SARIF artifact URI: relative (to be resolved against `%SRCROOT%`) when the path is relative
/// or under the base directory, else an absolute `file://` URI; either way percent-encoded.
struct ArtifactURI {
  /// The URI text.
  let uri: String
  /// Whether the URI is relative to the base directory.
  let isRelative: Bool

  init(path: String, baseDirectory: String) {
    var relative = Substring(path)
    if Paths.isAbsolute(path) {
      let base = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
      guard path.hasPrefix(base) else {
        uri = "file://" + Self.encoded(path)
        isRelative = false
        return
      }
      relative = relative.dropFirst(base.count)
    }
    while relative.hasPrefix("./") { relative = relative.dropFirst(2).drop { $0 == "/" } }
    uri = Self.encoded(relative)
    isRelative = true
  }

  /// Percent-encodes every byte but unreserved characters (RFC 3986) and `/`.
  private static func encoded(_ path: some StringProtocol) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        bytes.append(byte)
      default:
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
