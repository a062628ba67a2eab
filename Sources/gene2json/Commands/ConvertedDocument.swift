import GeneDocs

/// What a worker thread makes of one document for `convert`: the record already encoded, the diagnostic lines
/// already formatted, and whether the document counts as failed. The writing thread only copies bytes.
struct ConvertedDocument: Sendable {
  /// The encoded record, or nil when the document gave none.
  let record: [UInt8]?
  /// `path:line:column: severity: message [CODE]` lines for standard error (only errors with `--quiet`).
  let messages: [UInt8]
  /// Whether the document has an error diagnostic (or, with `--strict`, a warning).
  let failed: Bool
  /// How it came out, for the closing summary (whatever `--quiet` left out of ``messages``).
  let outcome: DocumentOutcome

  /// Converts a document and encodes its record with `emitter`.
  init(
    converting bytes: [UInt8], path: String, converter: GeneDocumentConverter, emitter: any RecordEmitter,
    strict: Bool, quiet: Bool
  ) {
    let result = converter.convert(bytes, path: path)
    record = result.record.map(emitter.encode)
    failed = result.hasFailures(strict: strict)
    outcome = DocumentOutcome(result.diagnostics)
    var messages: [UInt8] = []
    for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
      messages += diagnostic.formatted(path: path).utf8
      messages.append(UInt8(ascii: "\n"))
    }
    self.messages = messages
  }
}
