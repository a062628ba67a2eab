/// The names of a run's vocabularies and gene table in one ``NameAutomaton``, each with its targets in the order
/// they are tried: genes first (their symbols match only as written, so a symbol that is also a vocabulary's
/// abbreviation is the gene), then the vocabularies in the order given, each one's preferred names before its
/// synonyms. Built once a run and shared by every thread.
struct MentionMatcher: Sendable {
  let automaton: NameAutomaton
  /// Per name, where its targets start in ``targets`` (one more entry than names).
  private let targetStarts: [Int32]
  private let targets: [NameTarget]

  init(vocabularies: [Vocabulary], geneTable: GeneTable?) {
    // Every (name, target) in the order targets are tried; then sorted by name (stably, so that order holds among
    // a name's targets) and grouped: sorting was cheaper than a dictionary keyed by the names' symbols.
    var names = NameList()
    var targets: [NameTarget] = []
    func add(_ name: String, _ target: @autoclosure () -> NameTarget) {
      if names.append(name: name) { targets.append(target()) }
    }
    if let geneTable {
      for index in geneTable.entries.indices where geneTable.entries[index].symbol.utf8.count >= 2 {
        add(
          geneTable.entries[index].symbol,
          NameTarget(gene: geneTable.entries[index], vocabulary: geneTable.source(ofEntryAt: index)))
      }
    }
    for vocabulary in vocabularies {
      for entry in vocabulary.entries where NameTarget.isMatchable(entry.name, preferred: true) {
        add(entry.name, NameTarget(entry: entry, name: entry.name, vocabulary: vocabulary.name))
      }
      for entry in vocabulary.entries {
        for synonym in entry.synonyms where synonym != entry.name && NameTarget.isMatchable(synonym, preferred: false) {
          add(synonym, NameTarget(entry: entry, name: synonym, vocabulary: vocabulary.name))
        }
        for trade in entry.tradeNames where trade != entry.name && NameTarget.isMatchable(trade, preferred: false) {
          add(trade, NameTarget(entry: entry, name: trade, vocabulary: vocabulary.name, isTradeName: true))
        }
      }
    }
    let order = (0..<names.count).sorted { left, right in
      let order = names.compare(left, right)
      return order != 0 ? order < 0 : left < right
    }
    var distinct = NameList()
    var starts: [Int32] = []
    var grouped: [NameTarget] = []
    grouped.reserveCapacity(order.count)
    var previous: Int?
    for index in order {
      if previous.map({ names.compare($0, index) != 0 }) ?? true {
        distinct.append(index, of: names)
        starts.append(Int32(grouped.count))
      }
      previous = index
      grouped.append(targets[index])
    }
    starts.append(Int32(grouped.count))
    automaton = NameAutomaton(names: distinct)
    targetStarts = starts
    self.targets = grouped
  }

  /// Whether there are names to look for.
  var isEmpty: Bool { targets.isEmpty }

  /// The targets of name `number`, in the order they are tried.
  func targets(ofName number: Int) -> ArraySlice<NameTarget> {
    targets[Int(targetStarts[number])..<Int(targetStarts[number + 1])]
  }
}
