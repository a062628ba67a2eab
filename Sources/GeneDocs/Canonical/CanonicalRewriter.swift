/// Rewrites gene-summary documents into the canonical form of SPEC §9: the three sections in canonical order under
/// their canonical ATX level-2 headings, other sections after them in their order, one blank line between blocks,
/// no trailing white space, LF line ends unless the file used CRLF throughout, UTF-8 without a byte-order mark and
/// mojibake repaired. Section bodies are otherwise kept byte for byte. Never prints; never throws.
///
/// A document with an error (as ``DocumentValidator`` reports it with the same configuration), a duplicated
/// section, invalid UTF-8 or NUL bytes is not rewritten. A rewritten document converts to the same record (but
/// source and diagnostics), which is checked by converting it again whenever a rewrite could have changed it.
///
/// ```swift
/// let rewrite = CanonicalRewriter().rewrite(bytes, path: "docs/CDK4.md")
/// if case .rewritten(let canonical) = rewrite.outcome { print(rewrite.reasons.map(\.rawValue)) }
/// ```
public struct CanonicalRewriter: Sendable {
  private let validator: DocumentValidator
  private let maxBytes: Int

  /// Diagnostics that `fix` repairs, so they are not left over after a rewrite.
  static let repairedCodes: Set<DiagnosticCode> = [.headingLevel, .sectionOrder, .mojibake]
  /// Problems that stop a rewrite whatever the configuration says: rewriting would lose bytes or pick one copy of a
  /// section.
  static let blockingCodes: Set<DiagnosticCode> = [.duplicateSection, .invalidUTF8, .notText]

  /// Creates a rewriter that reads documents as `validate` does with `configuration` (its extra headings and rule
  /// severities).
  public init(
    configuration: ValidationConfiguration = ValidationConfiguration(),
    maxBytes: Int = ConversionOptions.defaultMaxBytes
  ) {
    validator = DocumentValidator(
      configuration: configuration, reference: nil, maxBytes: maxBytes, fixEncoding: true, forFix: true)
    self.maxBytes = maxBytes
  }

  /// Rewrites the raw bytes of a document read from `path`.
  public func rewrite(_ raw: [UInt8], path: String) -> CanonicalRewrite {
    rewrite(raw, path: path, alwaysCheck: false)
  }

  /// ``rewrite(_:path:)``; `alwaysCheck` converts every rewritten document again, not only risky ones (for tests).
  func rewrite(_ raw: [UInt8], path: String, alwaysCheck: Bool) -> CanonicalRewrite {
    let (result, validated) = validator.check(raw, path: path)
    let blocked =
      result.diagnostics.contains { Self.blockingCodes.contains($0.code) }
      || validated.findings.contains { $0.diagnostic.severity == .error }
    guard !blocked, let parsed = result.parsed, let record = result.record else {
      return CanonicalRewrite(outcome: .unfixable, changes: [], findings: validated)
    }
    var built = CanonicalBuilder.build(parsed, mode: .full)
    var checked: ConversionResult?
    if built.bytes != raw && (built.needsCheck || alwaysCheck) {
      checked = sameContent(built.bytes, as: record, path: path)
      if checked == nil {
        built = CanonicalBuilder.build(parsed, mode: .conservative)
        checked = built.bytes == raw ? nil : sameContent(built.bytes, as: record, path: path)
        if checked == nil && built.bytes != raw {
          let reason =
            built.movedOpenBlock
            ? "the code or HTML block at the end of the document is not closed, and would take in the sections "
              + "that canonical order puts after it; close it first"
            : "rewriting it would change what it says (Markdown that fix cannot rewrite safely)"
          return CanonicalRewrite(outcome: .unsafe(reason), changes: [], findings: validated)
        }
      }
    }
    let left = validated.findings.filter { !Self.repairedCodes.contains($0.diagnostic.code) }
    guard built.bytes != raw else {
      return CanonicalRewrite(outcome: .canonical, changes: [], findings: ValidatedDocument(path: path, findings: left))
    }
    var changes = encodingChanges(raw, result.diagnostics) + built.changes
    changes.sort { $0.line < $1.line }
    // What is left is reported where it is in the output.
    var findings = ValidatedDocument(path: path, findings: [])
    if !left.isEmpty {
      let output = checked ?? validator.check(built.bytes, path: path).result
      findings = validator.findings(of: output, bytes: built.bytes, path: path)
    }
    return CanonicalRewrite(outcome: .rewritten(built.bytes), changes: changes, findings: findings)
  }

  /// The byte-order mark and mojibake, which the decoder has already dropped and repaired.
  private func encodingChanges(_ raw: [UInt8], _ diagnostics: [Diagnostic]) -> [CanonicalChange] {
    var changes: [CanonicalChange] = []
    if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
      changes.append(CanonicalChange(.byteOrderMark, line: 1, "byte-order mark removed"))
    }
    for diagnostic in diagnostics where diagnostic.code == .mojibake {
      changes.append(CanonicalChange(.mojibake, line: diagnostic.line, diagnostic.message))
    }
    return changes
  }

  /// The conversion of `candidate` when it says exactly what `record` says (symbol, name, aliases, sections,
  /// metadata) and brings no diagnostic the original did not have, nor any of those `fix` repairs; else nil.
  private func sameContent(_ candidate: [UInt8], as record: GeneRecord, path: String) -> ConversionResult? {
    let (result, _) = validator.check(candidate, path: path)
    guard let again = result.record, Self.sameContent(again, record) else { return nil }
    let before = Set(record.diagnostics.map(\.code))
    let after = Set(again.diagnostics.map(\.code))
    guard after.isSubset(of: before), after.isDisjoint(with: Self.repairedCodes) else { return nil }
    return result
  }

  /// Whether two records say the same: everything but source and diagnostics.
  static func sameContent(_ left: GeneRecord, _ right: GeneRecord) -> Bool {
    left.symbol == right.symbol && left.name == right.name && left.aliases == right.aliases
      && left.summary == right.summary && left.associations == right.associations
      && left.pharmacogenetics == right.pharmacogenetics && left.otherSections == right.otherSections
      && left.metadata == right.metadata
  }
}
