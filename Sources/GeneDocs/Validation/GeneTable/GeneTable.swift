/// A table of approved gene symbols and names (HGNC or NCBI), indexed for look-ups by symbol, case aside.
public struct GeneTable: Sendable {
  /// The layout the table was read from.
  public let layout: GeneTableLayout
  /// Every gene, in table order.
  public let entries: [GeneTableEntry]
  private let approved: [String: [Int]]
  private let previous: [String: [Int]]
  private let aliases: [String: [Int]]

  /// Creates a table from its entries.
  public init(layout: GeneTableLayout, entries: [GeneTableEntry]) {
    self.layout = layout
    self.entries = entries
    var approved: [String: [Int]] = [:]
    var previous: [String: [Int]] = [:]
    var aliases: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      approved[entry.symbol.uppercased(), default: []].append(index)
      for symbol in entry.previousSymbols { Self.add(index, for: symbol, to: &previous) }
      for symbol in entry.aliasSymbols { Self.add(index, for: symbol, to: &aliases) }
    }
    self.approved = approved
    self.previous = previous
    self.aliases = aliases
  }

  /// What the table says about a symbol: approved (exactly, or in other case), previous, alias, or unknown.
  public func lookup(_ symbol: String) -> GeneTableMatch {
    let key = symbol.uppercased()
    if let indexes = approved[key] {
      if let exact = indexes.first(where: { entries[$0].symbol == symbol }) { return .approved(entries[exact]) }
      return .otherCase(entries[indexes[0]])
    }
    if let indexes = previous[key] { return .previous(indexes.map { entries[$0] }) }
    if let indexes = aliases[key] { return .alias(indexes.map { entries[$0] }) }
    return .unknown
  }

  /// Adds an entry's index under a symbol, once.
  private static func add(_ index: Int, for symbol: String, to lookup: inout [String: [Int]]) {
    let key = symbol.uppercased()
    if lookup[key]?.last != index { lookup[key, default: []].append(index) }
  }
}
