import GeneDocs

/// How one document of a batch came out, for the closing summary.
enum DocumentOutcome {
  /// No diagnostic.
  case clean
  /// Warnings, no error.
  case warnings
  /// At least one error.
  case errors
  /// It could not be read (or walked).
  case unreadable

  /// The outcome of a document with these diagnostics.
  init(_ diagnostics: some Sequence<Diagnostic>) {
    var outcome = DocumentOutcome.clean
    for diagnostic in diagnostics {
      if diagnostic.severity == .error {
        self = .errors
        return
      }
      outcome = .warnings
    }
    self = outcome
  }
}

/// The counts of a batch's outcomes, and the closing summary they make:
/// `50,000 documents in 1.4 s: 49,998 converted (310 with warnings), 2 with errors`.
struct BatchTally {
  private(set) var documents = 0
  private(set) var warnings = 0
  private(set) var errors = 0
  private(set) var unreadable = 0

  /// Counts a document.
  mutating func add(_ outcome: DocumentOutcome) {
    documents += 1
    switch outcome {
    case .clean: break
    case .warnings: warnings += 1
    case .errors: errors += 1
    case .unreadable: unreadable += 1
    }
  }

  /// The summary line; `done` names the documents without errors (`converted`, `valid`).
  func summary(elapsed: Double, done: String) -> String {
    var line = Count.of(documents, "document") + " in " + Count.duration(elapsed)
    guard documents > 0 else { return line }
    line += ": " + Count.grouped(documents - errors - unreadable) + " " + done
    if warnings > 0 { line += " (" + Count.grouped(warnings) + " with warnings)" }
    if errors > 0 { line += ", " + Count.grouped(errors) + " with errors" }
    if unreadable > 0 { line += ", " + Count.grouped(unreadable) + " unreadable" }
    return line
  }
}
