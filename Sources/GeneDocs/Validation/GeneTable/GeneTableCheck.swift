/// Finds a document's gene in a gene table and checks its symbol and name (SPEC §7): by approved symbol, then by
/// previous or alias symbol (GD206, the approved gene then in `gene`), then by the file name's accession; GD203
/// when the symbol is not approved (or maps to several genes), GD204 when the name differs from the approved name,
/// case, hyphens, punctuation and spacing aside.
package struct GeneTableCheck: Sendable {
  /// The table checked against.
  package let table: GeneTable

  /// Creates a check.
  package init(table: GeneTable) {
    self.table = table
  }

  /// The gene found for a document and the diagnostics about it.
  struct Resolution {
    /// The gene, or nil when the table has none for the document.
    var entry: GeneTableEntry?
    var diagnostics: [Diagnostic] = []
  }

  /// The diagnostics for a record; `source` is the document's bytes, to place them where the symbol or name is.
  package func diagnostics(for record: GeneRecord, source: [UInt8]) -> [Diagnostic] {
    resolve(symbol: record.symbol, name: record.name, accession: nil, source: source).diagnostics
  }

  /// Finds the gene of a document whose symbol, name and file-name accession (a gene the table knows by the file
  /// name's accession) are given.
  func resolve(symbol: String?, name: String?, accession: GeneTableEntry?, source: [UInt8]) -> Resolution {
    guard let symbol else { return Resolution(entry: accession) }
    var resolution = Resolution(entry: accession)
    var finding: (code: DiagnosticCode, message: String)?
    switch table.lookup(symbol) {
    case .approved(let entry):
      resolution.entry = entry
    case .otherCase(let entry):
      resolution.entry = entry
      let notApproved = "symbol '\(symbol)' is not an approved symbol in the gene table"
      finding = (.symbolNotInGeneTable, "\(notApproved): the approved symbol is '\(entry.symbol)' (the case differs)")
    case .previous(let entries):
      finding = mapped(symbol, entries, "a previous symbol", accession: accession, into: &resolution)
    case .alias(let entries):
      finding = mapped(symbol, entries, table.layout.aliasWording, accession: accession, into: &resolution)
    case .unknown:
      finding = (.symbolNotInGeneTable, "symbol '\(symbol)' is not in the gene table")
    }
    // Indexed only when there is something to say: most documents have an approved symbol and its name.
    lazy var locator = TextLocator(source)
    if let finding {
      resolution.diagnostics.append(Diagnostic(finding.code, finding.message, at: locator.firstWord(symbol) ?? .start))
    }
    if let entry = resolution.entry, finding?.code != .symbolNotInGeneTable, let name,
      let message = nameFinding(name, entry)
    {
      resolution.diagnostics.append(
        Diagnostic(
          .nameDiffersFromGeneTable, message, at: locator.first(name) ?? locator.firstWord(symbol) ?? .start))
    }
    return resolution
  }

  // MARK: - Helpers

  /// GD206 for a previous or alias symbol of one gene (or of several, one of which the file name's accession
  /// names), which then is the document's gene; GD203 when it stays ambiguous.
  private func mapped(
    _ symbol: String, _ entries: [GeneTableEntry], _ wording: String, accession: GeneTableEntry?,
    into resolution: inout Resolution
  ) -> (code: DiagnosticCode, message: String) {
    guard let chosen = entries.count == 1 ? entries.first : entries.first(where: { $0 == accession }) else {
      return (
        .symbolNotInGeneTable,
        "symbol '\(symbol)' is not an approved symbol in the gene table: it is \(wording) of \(Self.listed(entries))"
      )
    }
    resolution.entry = chosen
    return (
      .symbolIsPreviousOrAlias,
      "symbol '\(symbol)' is \(wording) of '\(chosen.symbol)' in the gene table (gene holds the approved symbol)"
    )
  }

  /// What is wrong with a name, if anything.
  private func nameFinding(_ name: String, _ entry: GeneTableEntry) -> String? {
    guard !entry.name.isEmpty, Self.comparable(name) != Self.comparable(entry.name) else { return nil }
    var message = "name '\(name)' differs from the gene table's approved name '\(entry.name)' for \(entry.symbol)"
    if entry.previousNames.contains(where: { Self.comparable($0) == Self.comparable(name) }) {
      message += " (it is a previous name)"
    }
    return message
  }

  /// `'A'`, `'A' or 'B'`, `'A', 'B' or 'C'`.
  private static func listed(_ entries: [GeneTableEntry]) -> String {
    let quoted = entries.map { "'\($0.symbol)'" }
    guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " or " + last
  }

  /// A name's letters and digits, lower case: `Cyclin-Dependent Kinase 4` and `cyclin dependent kinase 4` agree.
  static func comparable(_ name: String) -> String {
    String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
