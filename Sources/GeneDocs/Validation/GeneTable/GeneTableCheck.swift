/// Checks a record's symbol and name against a gene table: GD203 (symbol not approved) and GD204 (name differs
/// from the approved name, case, hyphens, punctuation and spacing aside).
public struct GeneTableCheck: Sendable {
  /// The table checked against.
  public let table: GeneTable

  /// Creates a check.
  public init(table: GeneTable) {
    self.table = table
  }

  /// The diagnostics for a record; `source` is the document's bytes, to place them where the symbol or name is.
  public func diagnostics(for record: GeneRecord, source: [UInt8]) -> [Diagnostic] {
    guard let symbol = record.symbol, let finding = finding(symbol: symbol, name: record.name) else { return [] }
    let locator = TextLocator(source)
    let symbolLocation = locator.firstWord(symbol) ?? .start
    var location = symbolLocation
    if finding.code == .nameDiffersFromGeneTable, let name = record.name {
      location = locator.first(name) ?? symbolLocation
    }
    return [Diagnostic(finding.code, finding.message, at: location)]
  }

  // MARK: - Helpers

  /// What is wrong with a symbol and name, if anything.
  private func finding(symbol: String, name: String?) -> (code: DiagnosticCode, message: String)? {
    let notApproved = "symbol '\(symbol)' is not an approved symbol in the gene table"
    switch table.lookup(symbol) {
    case .approved(let entry):
      guard let name, !entry.name.isEmpty, Self.comparable(name) != Self.comparable(entry.name) else { return nil }
      var message = "name '\(name)' differs from the gene table's approved name '\(entry.name)' for \(entry.symbol)"
      if entry.previousNames.contains(where: { Self.comparable($0) == Self.comparable(name) }) {
        message += " (it is a previous name)"
      }
      return (.nameDiffersFromGeneTable, message)
    case .otherCase(let entry):
      return (.symbolNotInGeneTable, "\(notApproved): the approved symbol is '\(entry.symbol)' (the case differs)")
    case .previous(let entries):
      return (.symbolNotInGeneTable, "\(notApproved): it is a previous symbol of \(Self.listed(entries))")
    case .alias(let entries):
      return (.symbolNotInGeneTable, "\(notApproved): it is \(table.layout.aliasWording) of \(Self.listed(entries))")
    case .unknown:
      return (.symbolNotInGeneTable, "symbol '\(symbol)' is not in the gene table")
    }
  }

  /// `'A'`, `'A' or 'B'`, `'A', 'B' or 'C'`.
  private static func listed(_ entries: [GeneTableEntry]) -> String {
    let quoted = entries.map { "'\($0.symbol)'" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
  }

  /// A name's letters and digits, lower case: `Cyclin-Dependent Kinase 4` and `cyclin dependent kinase 4` agree.
  static func comparable(_ name: String) -> String {
    String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
