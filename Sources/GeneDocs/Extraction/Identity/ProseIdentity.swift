/// The symbol, name and aliases a first paragraph or title states.
package struct ProseIdentity: Sendable, Equatable {
  package var symbol: String?
  package var name: String?
  package var aliases: [String] = []

  package init(symbol: String? = nil, name: String? = nil, aliases: [String] = []) {
    self.symbol = symbol
    self.name = name
    self.aliases = aliases
  }
}
