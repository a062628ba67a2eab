import GeneDocs

/// What a worker thread makes of one document for `convert`: the output already encoded (or, for a database, the
/// conversion itself), the diagnostic lines already formatted, and whether the document counts as failed. The
/// writing thread only copies bytes (or binds values).
struct ConvertedDocument: Sendable {
  /// The encoded output, or nil when the document gives none.
  let record: [UInt8]?
  /// The conversion, kept for a database (nil for text formats).
  let result: ConversionResult?
  /// `path:line:column: severity: message [CODE]` lines for standard error (only errors with `--quiet`).
  let messages: [UInt8]
  /// Whether the document has an error diagnostic (or, with `--strict`, a warning).
  let failed: Bool
  /// How it came out, for the closing summary (whatever `--quiet` left out of ``messages``).
  let outcome: DocumentOutcome

  /// Converts a document and encodes it with `encoder`.
  init(
    converting bytes: [UInt8], path: String, converter: GeneDocumentConverter, encoder: OutputEncoder,
    strict: Bool, quiet: Bool
  ) {
    let result = converter.convert(bytes, path: path)
    self.init(result, record: encoder.encode(result), keepingResult: false, strict: strict, quiet: quiet)
  }

  /// Converts a document for a database: the conversion is kept for the writing thread.
  init(converting bytes: [UInt8], path: String, converter: GeneDocumentConverter, strict: Bool, quiet: Bool) {
    self.init(converter.convert(bytes, path: path), record: nil, keepingResult: true, strict: strict, quiet: quiet)
  }

  /// A document's diagnostics as read back from a database (`--update`, unchanged documents).
  init(stored diagnostics: [Diagnostic], path: String, strict: Bool, quiet: Bool) {
    record = nil
    result = nil
    outcome = DocumentOutcome(diagnostics)
    failed = outcome == .errors || (strict && outcome == .warnings)
    messages = Self.messages(diagnostics, path: path, quiet: quiet)
  }

  private init(_ result: ConversionResult, record: [UInt8]?, keepingResult: Bool, strict: Bool, quiet: Bool) {
    self.record = record
    self.result = keepingResult ? result : nil
    failed = result.hasFailures(strict: strict)
    outcome = DocumentOutcome(result.diagnostics)
    messages = Self.messages(result.diagnostics, path: result.source.path, quiet: quiet)
  }

  /// The lines for standard error: every diagnostic, or only errors when `quiet`.
  private static func messages(_ diagnostics: [Diagnostic], path: String, quiet: Bool) -> [UInt8] {
    var messages: [UInt8] = []
    for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
      messages += diagnostic.formatted(path: path).utf8
      messages.append(UInt8(ascii: "\n"))
    }
    return messages
  }
}
