/// Turns the raw bytes of a file into well-formed UTF-8 for the parser, reporting what was wrong or repaired.
///
/// Order: the size limit and NUL bytes (GD303, no record), a leading byte-order mark (dropped), invalid UTF-8
/// (GD302, replaced by U+FFFD), then mojibake (GD301, repaired only when asked).
package struct InputDecoder: Sendable {
  /// The outcome of decoding.
  package enum Outcome: Sendable {
    /// Text the parser can take, with the diagnostics found on the way and where its bytes were in the input.
    case decoded(bytes: [UInt8], diagnostics: [Diagnostic], offsets: DecodedOffsets)
    /// Input that gives no record.
    case rejected(Diagnostic)
  }

  /// The largest document accepted, in bytes.
  package let maxBytes: Int
  /// Whether mojibake is repaired (it is reported either way).
  package let fixEncoding: Bool

  /// Creates a decoder.
  package init(maxBytes: Int, fixEncoding: Bool) {
    self.maxBytes = maxBytes
    self.fixEncoding = fixEncoding
  }

  /// Decodes raw file bytes.
  package func decode(_ raw: [UInt8]) -> Outcome {
    if raw.count > maxBytes {
      // No byte count in the message: readers stop at the limit plus one byte, so `raw` may be a prefix.
      return .rejected(
        Diagnostic(.notText, "document is over the limit of \(maxBytes) bytes (--max-bytes)", at: .start))
    }
    // `memchr`: the generic `firstIndex(of:)` loop was 3.8% of a `--jobs 1` batch profile.
    let nul = raw.withUnsafeBufferPointer { ByteClass.firstIndex(of: 0, in: $0, from: 0) }
    if nul < raw.count {
      let location = LineIndex(raw).location(ofOffset: nul)
      return .rejected(Diagnostic(.notText, "NUL byte: this is not a text file", at: location))
    }
    var bytes = raw
    var offsets = DecodedOffsets()
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
      offsets.append(step: [DecodedOffsets.Edit(outputStart: 0, outputEnd: 0, inputStart: 0, inputEnd: 3)])
    }
    var diagnostics: [Diagnostic] = []
    if let repaired = UTF8Repair.repair(bytes) {
      diagnostics += invalidUTF8Diagnostics(repaired.invalidOffsets, in: bytes)
      bytes = repaired.bytes
      offsets.append(step: repaired.edits)
    }
    let occurrences = MojibakeScanner.scan(bytes)
    if !occurrences.isEmpty {
      diagnostics += mojibakeDiagnostics(occurrences, in: bytes)
      if fixEncoding {
        let repaired = MojibakeScanner.repairWithEdits(bytes, occurrences)
        bytes = repaired.bytes
        offsets.append(step: repaired.edits)
      }
    }
    return .decoded(bytes: bytes, diagnostics: diagnostics, offsets: offsets)
  }

  // MARK: - Diagnostics

  /// One GD302 per replaced sequence, at most ``maxReported``; a last one counts the rest.
  private func invalidUTF8Diagnostics(_ offsets: [Int], in bytes: [UInt8]) -> [Diagnostic] {
    Self.capped(offsets, code: .invalidUTF8, lines: LineIndex(bytes)) { offset in
      (offset, "invalid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))) replaced by U+FFFD")
    } rest: {
      "\($0) more invalid UTF-8 sequences replaced by U+FFFD"
    }
  }

  /// How many findings of one kind a document reports one by one.
  static let maxReported = 20

  /// What a GD301 message advises when the mojibake is left as it is: `convert`'s option.
  static let repairAdvice = "use --fix-encoding to repair"

  /// A GD301 diagnostic of this decoder with `advice` in place of ``repairAdvice``, for a command that has no
  /// `--fix-encoding` (`validate`); any other diagnostic as it is.
  static func advising(_ diagnostic: Diagnostic, _ advice: String) -> Diagnostic {
    let suffix = "(" + repairAdvice + ")"
    guard diagnostic.code == .mojibake, diagnostic.message.hasSuffix(suffix) else { return diagnostic }
    let message = diagnostic.message.dropLast(suffix.count) + "(" + advice + ")"
    return Diagnostic(diagnostic.code, String(message), at: diagnostic.location, severity: diagnostic.severity)
  }

  /// One GD301 per damaged run, at most ``maxReported``, quoting it and its repair; a last one counts the rest.
  private func mojibakeDiagnostics(_ occurrences: [MojibakeScanner.Occurrence], in bytes: [UInt8]) -> [Diagnostic] {
    let action = fixEncoding ? "repaired" : Self.repairAdvice
    return Self.capped(occurrences, code: .mojibake, lines: LineIndex(bytes)) { occurrence in
      let damaged = String(decoding: bytes[occurrence.offset..<occurrence.offset + occurrence.length], as: UTF8.self)
      let meant = String(decoding: occurrence.repaired, as: UTF8.self)
      return (occurrence.offset, "mojibake '\(damaged)' is UTF-8 read as Windows-1252 for '\(meant)' (\(action))")
    } rest: {
      "\($0) more mojibake sequences (\(action))"
    }
  }

  /// The first ``maxReported`` findings one by one (offset and message each), then one that counts the rest.
  private static func capped<Finding>(
    _ findings: [Finding], code: DiagnosticCode, lines: LineIndex, describe: (Finding) -> (Int, String),
    rest: (Int) -> String
  ) -> [Diagnostic] {
    var diagnostics = findings.prefix(maxReported).map { finding in
      let (offset, message) = describe(finding)
      return Diagnostic(code, message, at: lines.location(ofOffset: offset))
    }
    if findings.count > maxReported {
      let (offset, _) = describe(findings[maxReported])
      diagnostics.append(Diagnostic(code, rest(findings.count - maxReported), at: lines.location(ofOffset: offset)))
    }
    return diagnostics
  }
}
