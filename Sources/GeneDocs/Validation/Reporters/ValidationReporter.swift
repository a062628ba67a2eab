/// Writes a validation run in one output format. Reporters return bytes and never print; the caller writes them
/// in order: ``report(_:)`` once per document, in input order, then ``finish(_:)`` once.
public protocol ValidationReporter {
  /// The output for one document's findings (possibly nothing).
  mutating func report(_ document: ValidatedDocument) -> [UInt8]
  /// The output that closes the run.
  mutating func finish(_ summary: ValidationSummary) -> [UInt8]
}
