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
    guard let symbol = record.symbol else { return [] }
    let locator = TextLocator(source)
    let symbolLocation = locator.firstWord(symbol) ?? .start
    switch table.lookup(symbol) {
    case .approved(let entry):
      guard let name = record.name, !entry.name.isEmpty, Self.comparable(name) != Self.comparable(entry.name) else {
        return []
      }
      var message = "name '\(name)' differs from the gene table's approved name '\(entry.name)' for \(entry.symbol)"
      if entry.previousNames.contains(where: { Self.comparable($0) == Self.comparable(name) }) {
        message += " (it is a previous name)"
      }
      return [Diagnostic(.nameDiffersFromGeneTable, message, at: locator.first(name) ?? symbolLocation)]
    case .otherCase(let entry):
      return [
        notApproved(symbol, at: symbolLocation, "the approved symbol is '\(entry.symbol)' (the case differs)")
      ]
    case .previous(let entries):
      return [notApproved(symbol, at: symbolLocation, "it is a previous symbol of \(Self.listed(entries))")]
    case .alias(let entries):
      return [
        notApproved(symbol, at: symbolLocation, "it is \(table.layout.aliasWording) of \(Self.listed(entries))")
      ]
    case .unknown:
      return [Diagnostic(.symbolNotInGeneTable, "symbol '\(symbol)' is not in the gene table", at: symbolLocation)]
    }
  }

  // MARK: - Helpers

  private func notApproved(_ symbol: String, at location: SourceLocation, _ reason: String) -> Diagnostic {
    Diagnostic(
      .symbolNotInGeneTable, "symbol '\(symbol)' is not an approved symbol in the gene table: \(reason)",
      at: location)
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
