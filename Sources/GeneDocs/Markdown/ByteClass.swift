import CByteScan

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte-level character classes shared by the scanners.
enum ByteClass {
  /// Space, tab, LF, CR, vertical tab or form feed.
  @inline(__always)
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// An ASCII letter or digit.
  @inline(__always)
  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// An ASCII upper-case letter.
  @inline(__always)
  static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  /// An ASCII lower-case letter.
  @inline(__always)
  static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  /// An ASCII digit.
  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// The ASCII lower-case form of a byte; other bytes unchanged.
  @inline(__always)
  static func lowercased(_ byte: UInt8) -> UInt8 {
    (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
  }

  // MARK: - Buffers

  /// Whether every byte of `text` is ASCII, through ``endOfASCIIRun(_:from:)`` (`utf8.allSatisfy` walked the view a
  /// byte at a time through its iterator: 1.6% of a 2,000-document callgrind profile, for headings alone).
  static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { endOfASCIIRun($0, from: 0) == $0.count }
  }

  /// The offset of the first byte at or after `start` that is not ASCII (`buffer.count` if none), sixteen bytes at
  /// a time (`gd_end_of_ascii`, C with SSE2: the UTF-8 check, the mojibake scan and ASCII tests all start here).
  static func endOfASCIIRun(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = buffer.baseAddress, start < buffer.count else { return max(start, buffer.count) }
    return gd_end_of_ascii(base, buffer.count, start)
  }

  /// The offset where the last `/`-separated component of a path starts (0 when it has no `/`).
  static func lastComponentStart(_ path: UnsafeBufferPointer<UInt8>) -> Int {
    var start = path.count
    while start > 0, path[start - 1] != UInt8(ascii: "/") { start -= 1 }
    return start
  }

  /// The offset of the first `byte` at or after `start` (`buffer.count` if none), with `memchr`.
  static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = buffer.baseAddress, start < buffer.count else { return buffer.count }
    guard let found = memchr(base + start, Int32(byte), buffer.count - start) else { return buffer.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The offset of the first markup byte a mention scan masks, or ASCII digit, at or after `start` (`buffer.count` if
  /// none): `gd_next_markup_or_digit`, sixteen bytes at a time; `portable` for its byte-at-a-time twin (tests).
  static func nextMarkupOrDigit(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, portable: Bool = false) -> Int {
    guard let base = buffer.baseAddress, start < buffer.count else { return buffer.count }
    return portable
      ? gd_next_markup_or_digit_portable(base, buffer.count, start) : gd_next_markup_or_digit(base, buffer.count, start)
  }

  /// The offset of the first ASCII capital at or after `start` that starts a word of letters, digits and `-` (the
  /// byte before it is none of those, or it is at `lower`), or `buffer.count`: `gd_next_capital_start`, sixteen bytes
  /// at a time; `portable` for its byte-at-a-time twin (tests).
  static func nextCapitalStart(
    in buffer: UnsafeBufferPointer<UInt8>, from start: Int, lower: Int, portable: Bool = false
  ) -> Int {
    guard let base = buffer.baseAddress, start < buffer.count, lower >= 0, lower <= start else { return buffer.count }
    return portable
      ? gd_next_capital_start_portable(base, buffer.count, start, lower)
      : gd_next_capital_start(base, buffer.count, start, lower)
  }
}
