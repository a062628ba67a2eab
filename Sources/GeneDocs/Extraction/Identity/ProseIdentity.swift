/// The symbol, name and aliases a document's first sentence states.
struct ProseIdentity: Sendable, Equatable {
  var symbol: String?
  var name: String?
  var aliases: [String] = []
}
