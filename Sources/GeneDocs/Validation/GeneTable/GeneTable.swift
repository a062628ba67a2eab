/// A table of approved gene symbols and names (HGNC, NCBI or PharmGKB, or several merged), indexed for look-ups
/// by symbol, case aside, and by accession. The genes are held in flat storage (`GeneTableStore`); an entry is made
/// when one is asked for.
public struct GeneTable: Sendable {
  /// The layout the table was read from (the first table's, when merged).
  public let layout: GeneTableLayout
  /// The table's file name, for mentions (the first table's, when merged).
  public let name: String
  /// Every gene, in table order (made on each use: look genes up rather than walk them).
  public var entries: [GeneTableEntry] { (0..<store.count).map(store.entry) }
  private let store: GeneTableStore
  /// The file names of the tables merged, and for each gene the one it was first found in (empty: the first).
  private let sourceNames: [String]
  private let sources: [Int]
  private let approved: GeneSymbolIndex
  private let previous: GeneSymbolIndex
  private let aliases: GeneSymbolIndex
  private let accessions: GeneSymbolIndex

  /// Creates a table from its entries.
  public init(layout: GeneTableLayout, entries: [GeneTableEntry], name: String = "gene table") {
    var store = GeneTableStore()
    for entry in entries { store.append(entry) }
    self.init(layout: layout, store: store, name: name)
  }

  /// A table of the genes in `store`; `sources`, when merged, the index in `sourceNames` of each gene's table.
  init(
    layout: GeneTableLayout, store: GeneTableStore, name: String, sourceNames: [String]? = nil,
    sources: [Int] = []
  ) {
    self.layout = layout
    self.store = store
    self.name = name
    self.sourceNames = sourceNames ?? [name]
    self.sources = sources
    // Sized from the counts, so that no table grows (each is a random access a symbol: their size is the cost).
    var accessionCount = 0
    for gene in 0..<store.count {
      for field in [GeneTableStore.Field.pharmgkbID, .hgncID, .ensemblID] {
        accessionCount += store.withBytes(gene, field) { $0 == nil ? 0 : 1 }
      }
    }
    var approved = GeneSymbolIndex(capacity: store.count)
    var previous = GeneSymbolIndex(capacity: store.itemCounts[GeneTableStore.List.previousSymbols.rawValue])
    var aliases = GeneSymbolIndex(capacity: store.itemCounts[GeneTableStore.List.aliasSymbols.rawValue])
    var accessions = GeneSymbolIndex(capacity: accessionCount)
    for gene in 0..<store.count {
      store.withBytes(gene, .symbol) { if let symbol = $0 { approved.add(gene, for: symbol) } }
      store.forEachItem(gene, .previousSymbols) { previous.add(gene, for: $0) }
      store.forEachItem(gene, .aliasSymbols) { aliases.add(gene, for: $0) }
      for field in [GeneTableStore.Field.pharmgkbID, .hgncID, .ensemblID] {
        store.withBytes(gene, field) { if let accession = $0 { accessions.add(gene, for: accession) } }
      }
    }
    self.approved = approved
    self.previous = previous
    self.aliases = aliases
    self.accessions = accessions
  }

  /// One table from several (`--gene-table` given more than once): genes with the same approved symbol, case
  /// aside, are one entry, the first table's name kept and the accessions and other symbols of all of them joined.
  public init(merging tables: [GeneTable]) {
    guard let first = tables.first else {
      self.init(layout: .hgnc, entries: [], name: "gene table")
      return
    }
    guard tables.count > 1 else {
      self = first
      return
    }
    // Genes grouped by approved symbol, in the order first seen; a gene in one table only is copied as it is, the
    // others joined as entries.
    var groups: [[(table: Int, gene: Int)]] = []
    var bySymbol = GeneSymbolIndex(capacity: tables.reduce(0) { $0 + $1.store.count })
    for (number, table) in tables.enumerated() {
      for gene in 0..<table.store.count {
        table.store.withBytes(gene, .symbol) { symbol in
          let symbol = symbol ?? UnsafeBufferPointer(start: nil, count: 0)
          if let group = bySymbol.indexes(of: symbol).first {
            groups[group].append((number, gene))
          } else {
            bySymbol.add(groups.count, for: symbol)
            groups.append([(number, gene)])
          }
        }
      }
    }
    var store = GeneTableStore()
    var sources: [Int] = []
    var sourceNames: [String] = []
    for table in tables { sourceNames += table.sourceNames }
    var firstSource = [0]
    for table in tables { firstSource.append(firstSource[firstSource.count - 1] + table.sourceNames.count) }
    for group in groups {
      let (number, gene) = group[0]
      sources.append(firstSource[number] + tables[number].sourceIndex(of: gene))
      if group.count == 1 {
        store.append(gene: gene, of: tables[number].store)
      } else {
        var entry = tables[number].store.entry(gene)
        for (other, otherGene) in group.dropFirst() { entry = entry.merged(with: tables[other].store.entry(otherGene)) }
        store.append(entry)
      }
    }
    self.init(layout: first.layout, store: store, name: first.name, sourceNames: sourceNames, sources: sources)
  }

  /// What the table says about a symbol: approved (exactly, or in other case), previous, alias, or unknown. Case is
  /// compared for ASCII letters only.
  public func lookup(_ symbol: String) -> GeneTableMatch {
    let exact = approved.indexes(of: symbol)
    if !exact.isEmpty {
      var text = symbol
      let written = text.withUTF8 { utf8 in exact.first { store.symbol(of: $0, equals: utf8) } }
      if let index = written { return .approved(store.entry(index)) }
      return .otherCase(store.entry(exact[0]))
    }
    let previousOnes = previous.indexes(of: symbol)
    if !previousOnes.isEmpty { return .previous(previousOnes.map(store.entry)) }
    let aliasOnes = aliases.indexes(of: symbol)
    if !aliasOnes.isEmpty { return .alias(aliasOnes.map(store.entry)) }
    return .unknown
  }

  /// The index of the entry whose approved symbol is exactly these bytes (case included), for mentions of genes.
  func approvedIndex(exactly symbol: UnsafeBufferPointer<UInt8>) -> Int? {
    for index in approved.indexes(of: symbol) where store.symbol(of: index, equals: symbol) { return index }
    return nil
  }

  /// Whether these bytes are exactly an approved symbol.
  func isApproved(exactly symbol: UnsafeBufferPointer<UInt8>) -> Bool { approvedIndex(exactly: symbol) != nil }

  /// The entry at an index that ``approvedIndex(exactly:)`` gave.
  func entry(at index: Int) -> GeneTableEntry { store.entry(index) }

  /// The gene an accession names (`PA128`, `HGNC:2625`, `ENSG00000100197`), case aside.
  public func entry(forAccession accession: String) -> GeneTableEntry? {
    accessions.indexes(of: accession).first.map(store.entry)
  }

  /// The file name of the table an entry came from.
  func source(ofEntryAt index: Int) -> String { sourceNames[sourceIndex(of: index)] }

  private func sourceIndex(of gene: Int) -> Int { sources.isEmpty ? 0 : sources[gene] }
}
