/// The outcome of converting one document.
public struct ConversionResult: Sendable {
  /// The record, or nil when the input gave none (GD303).
  public let record: GeneRecord?
  /// Every diagnostic, in line order (the same as the record's when there is a record).
  public let diagnostics: [Diagnostic]
  /// Where the input came from.
  public let source: RecordSource
  /// Where the record's sections are in the document, in document order (empty when there is no record).
  public let sections: [SectionSpan]

  /// What the record was read from, for `fix`; nil when the input gave no record.
  let parsed: ParsedDocument?

  /// Creates a result.
  public init(record: GeneRecord?, diagnostics: [Diagnostic], source: RecordSource, sections: [SectionSpan] = []) {
    self.init(record: record, diagnostics: diagnostics, source: source, sections: sections, parsed: nil)
  }

  /// Creates a result that keeps the parsed document.
  init(
    record: GeneRecord?, diagnostics: [Diagnostic], source: RecordSource, sections: [SectionSpan],
    parsed: ParsedDocument?
  ) {
    self.record = record
    self.diagnostics = diagnostics
    self.source = source
    self.sections = sections
    self.parsed = parsed
  }

  /// True when any diagnostic is an error, or, with `strict`, a warning.
  public func hasFailures(strict: Bool) -> Bool {
    diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
  }
}
