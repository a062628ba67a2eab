/// Turns the raw bytes of a file into well-formed UTF-8 for the parser, reporting what was wrong or repaired.
///
/// Order: the size limit and NUL bytes (GD303, no record), a leading byte-order mark (dropped), invalid UTF-8
/// (GD302, replaced by U+FFFD), then mojibake (GD301, repaired only when asked).
public struct InputDecoder: Sendable {
  /// The outcome of decoding.
  public enum Outcome: Sendable {
    /// Text the parser can take, with the diagnostics found on the way.
    case decoded(bytes: [UInt8], diagnostics: [Diagnostic])
    /// Input that gives no record.
    case rejected(Diagnostic)
  }

  /// The largest document accepted, in bytes.
  public let maxBytes: Int
  /// Whether mojibake is repaired (it is reported either way).
  public let fixEncoding: Bool

  /// Creates a decoder.
  public init(maxBytes: Int, fixEncoding: Bool) {
    self.maxBytes = maxBytes
    self.fixEncoding = fixEncoding
  }

  /// Decodes raw file bytes.
  public func decode(_ raw: [UInt8]) -> Outcome {
    if raw.count > maxBytes {
      return .rejected(
        Diagnostic(
          .notText, "document is \(raw.count) bytes, over the limit of \(maxBytes) bytes (--max-bytes)",
          at: .start))
    }
    if let nul = raw.firstIndex(of: 0) {
      let location = LineIndex(raw).location(ofOffset: nul)
      return .rejected(Diagnostic(.notText, "NUL byte: this is not a text file", at: location))
    }
    var bytes = raw
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var diagnostics: [Diagnostic] = []
    if let repaired = UTF8Repair.repair(bytes) {
      diagnostics += invalidUTF8Diagnostics(repaired.invalidOffsets, in: bytes)
      bytes = repaired.bytes
    }
    let occurrences = MojibakeScanner.scan(bytes)
    if !occurrences.isEmpty {
      diagnostics += mojibakeDiagnostics(occurrences, in: bytes)
      if fixEncoding { bytes = MojibakeScanner.repair(bytes, occurrences) }
    }
    return .decoded(bytes: bytes, diagnostics: diagnostics)
  }

  // MARK: - Diagnostics

  /// One GD302 per line that holds invalid bytes, at the first of them.
  private func invalidUTF8Diagnostics(_ offsets: [Int], in bytes: [UInt8]) -> [Diagnostic] {
    let lines = LineIndex(bytes)
    var diagnostics: [Diagnostic] = []
    var lastLine = 0
    var countOnLine = 0
    for offset in offsets {
      let location = lines.location(ofOffset: offset)
      if location.line == lastLine {
        countOnLine += 1
        continue
      }
      lastLine = location.line
      countOnLine = 1
      let byte = String(bytes[offset], radix: 16, uppercase: true)
      diagnostics.append(
        Diagnostic(.invalidUTF8, "invalid UTF-8 (byte 0x\(byte)) replaced by U+FFFD", at: location))
    }
    return diagnostics
  }

  /// One GD301 per line that holds mojibake, quoting the first damaged word and its repair.
  private func mojibakeDiagnostics(_ occurrences: [MojibakeScanner.Occurrence], in bytes: [UInt8]) -> [Diagnostic] {
    let lines = LineIndex(bytes)
    var diagnostics: [Diagnostic] = []
    var lastLine = 0
    for occurrence in occurrences {
      let location = lines.location(ofOffset: occurrence.offset)
      guard location.line != lastLine else { continue }
      lastLine = location.line
      let damaged = String(decoding: bytes[occurrence.offset..<occurrence.offset + occurrence.length], as: UTF8.self)
      let meant = String(decoding: occurrence.repaired, as: UTF8.self)
      let action = fixEncoding ? "repaired" : "use --fix-encoding to repair"
      diagnostics.append(
        Diagnostic(
          .mojibake, "mojibake '\(damaged)' is UTF-8 read as Windows-1252 for '\(meant)' (\(action))", at: location))
    }
    return diagnostics
  }
}
