/// The names of a run's vocabularies in one ``NameTrie``, each with its targets in the order they are tried:
/// the vocabularies in the order given, each one's preferred names before its synonyms and trade names. Built once a
/// run and shared by every thread. (Gene symbols are looked up word by word in the gene table instead: 77,000 NCBI
/// symbols in the matcher were 45 ms of start-up.)
struct MentionMatcher: Sendable {
  let trie: NameTrie
  /// Per name, where its targets start in ``targets`` (one more entry than names).
  private let targetStarts: [Int32]
  private let targets: [NameTarget]

  init(vocabularies: [Vocabulary]) {
    // Every (name, target) in the order targets are tried; then sorted by name (stably, so that order holds among
    // a name's targets) and grouped: sorting was cheaper than a dictionary keyed by the names' symbols.
    var names = NameList()
    var targets: [NameTarget] = []
    func add(_ name: String, _ target: @autoclosure () -> NameTarget) {
      if names.append(name: name) { targets.append(target()) }
    }
    for vocabulary in vocabularies {
      for entry in vocabulary.entries where NameTarget.isMatchable(entry.name, preferred: true) {
        add(entry.name, NameTarget(entry: entry, name: entry.name, vocabulary: vocabulary.name))
      }
      for entry in vocabulary.entries {
        for synonym in entry.synonyms where synonym != entry.name && NameTarget.isMatchable(synonym, preferred: false) {
          add(synonym, NameTarget(entry: entry, name: synonym, vocabulary: vocabulary.name))
        }
        // A trade name that is a common English word (`Eleven`, `Today`, `Equal`) is not looked for: written with its
        // capital it starts sentences and names genes ("Ten-Eleven Translocation") far more often than the brand.
        for trade in entry.tradeNames
        where trade != entry.name && NameTarget.isMatchable(trade, preferred: false) && !CommonWords.contains(trade) {
          add(trade, NameTarget(entry: entry, name: trade, vocabulary: vocabulary.name, isTradeName: true))
        }
      }
    }
    let order = names.sortedIndices()
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
    trie = NameTrie(names: distinct)
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
