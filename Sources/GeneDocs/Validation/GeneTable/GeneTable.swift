/// A table of approved gene symbols and names (HGNC, NCBI or PharmGKB, or several merged), indexed for look-ups
/// by symbol, case aside, and by accession.
public struct GeneTable: Sendable {
  /// The layout the table was read from (the first table's, when merged).
  public let layout: GeneTableLayout
  /// Every gene, in table order.
  public let entries: [GeneTableEntry]
  /// The table's file name, for mentions (the first table's, when merged).
  public let name: String
  /// For each entry, the file name of the table it was first found in.
  private let sources: [String]
  private let approved: SymbolIndex
  private let previous: SymbolIndex
  private let aliases: SymbolIndex
  private let accessions: SymbolIndex

  /// Creates a table from its entries.
  public init(layout: GeneTableLayout, entries: [GeneTableEntry], name: String = "gene table") {
    self.init(layout: layout, entries: entries, name: name, sources: Array(repeating: name, count: entries.count))
  }

  private init(layout: GeneTableLayout, entries: [GeneTableEntry], name: String, sources: [String]) {
    self.layout = layout
    self.entries = entries
    self.name = name
    self.sources = sources
    // Sized from the counts, so that no table grows (each is a random access a symbol: their size is the cost).
    var counts = (previous: 0, aliases: 0, accessions: 0)
    for index in entries.indices {
      counts.previous += entries[index].previousSymbols.count
      counts.aliases += entries[index].aliasSymbols.count
      counts.accessions += entries[index].pharmgkbID == nil ? 0 : 1
      counts.accessions += entries[index].hgncID == nil ? 0 : 1
      counts.accessions += entries[index].ensemblID == nil ? 0 : 1
    }
    var approved = SymbolIndex(capacity: entries.count)
    var previous = SymbolIndex(capacity: counts.previous)
    var aliases = SymbolIndex(capacity: counts.aliases)
    var accessions = SymbolIndex(capacity: counts.accessions)
    for index in entries.indices {
      approved.add(index, for: entries[index].symbol)
      for symbol in entries[index].previousSymbols { previous.add(index, for: symbol) }
      for symbol in entries[index].aliasSymbols { aliases.add(index, for: symbol) }
      for accession in [entries[index].pharmgkbID, entries[index].hgncID, entries[index].ensemblID] {
        if let accession { accessions.add(index, for: accession) }
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
    var entries: [GeneTableEntry] = []
    var sources: [String] = []
    var bySymbol = SymbolIndex(capacity: tables.reduce(0) { $0 + $1.entries.count })
    for table in tables {
      for index in table.entries.indices {
        let entry = table.entries[index]
        if let existing = bySymbol.indexes(of: entry.symbol).first {
          entries[existing] = entries[existing].merged(with: entry)
        } else {
          bySymbol.add(entries.count, for: entry.symbol)
          entries.append(entry)
          sources.append(table.sources[index])
        }
      }
    }
    self.init(layout: first.layout, entries: entries, name: first.name, sources: sources)
  }

  /// What the table says about a symbol: approved (exactly, or in other case), previous, alias, or unknown. Case is
  /// compared for ASCII letters only.
  public func lookup(_ symbol: String) -> GeneTableMatch {
    let exact = approved.indexes(of: symbol)
    if !exact.isEmpty {
      if let index = exact.first(where: { entries[$0].symbol == symbol }) { return .approved(entries[index]) }
      return .otherCase(entries[exact[0]])
    }
    let previousOnes = previous.indexes(of: symbol)
    if !previousOnes.isEmpty { return .previous(previousOnes.map { entries[$0] }) }
    let aliasOnes = aliases.indexes(of: symbol)
    if !aliasOnes.isEmpty { return .alias(aliasOnes.map { entries[$0] }) }
    return .unknown
  }

  /// The index of the entry whose approved symbol is exactly these bytes (case included), for mentions of genes.
  func approvedIndex(exactly symbol: UnsafeBufferPointer<UInt8>) -> Int? {
    for index in approved.indexes(of: symbol) where entries[index].symbol.utf8.elementsEqual(symbol) { return index }
    return nil
  }

  /// The gene an accession names (`PA128`, `HGNC:2625`, `ENSG00000100197`), case aside.
  public func entry(forAccession accession: String) -> GeneTableEntry? {
    accessions.indexes(of: accession).first.map { entries[$0] }
  }

  /// The file name of the table an entry came from.
  func source(ofEntryAt index: Int) -> String { sources[index] }

}

/// Entry indexes by symbol, ASCII case aside: an open-addressing table over an FNV-1a hash of the upper-case bytes.
/// Most symbols name one entry, held in place; the few that name more keep their list aside. (A `[String: [Int]]`
/// keyed by `uppercased()` was 60 ms of the 80 ms it took to index NCBI's 77,000 genes and 200,000 synonyms.)
private struct SymbolIndex: Sendable {
  /// Per slot, 0 for empty, else the hash's high 32 bits and one more than the key number in the low 32.
  private var slots: [UInt64]
  /// Per key: its upper-case bytes' range in `keyBytes`, and an entry index or -1 - n for `shared[n]`.
  private var keyStarts: [Int32] = [0]
  private var keyBytes: [UInt8] = []
  private var values: [Int32] = []
  private var shared: [[Int]] = []

  init(capacity: Int) {
    var size = 16
    while size * 2 < capacity * 3 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    keyBytes.reserveCapacity(capacity * 8)
    keyStarts.reserveCapacity(capacity + 1)
    values.reserveCapacity(capacity)
  }

  /// Adds an entry's index under a symbol, once.
  mutating func add(_ index: Int, for symbol: String) {
    var symbol = symbol
    symbol.withUTF8 { utf8 in
      let hash = Self.hash(utf8)
      switch find(utf8, hash) {
      case .found(let key):
        let existing = values[key]
        if existing >= 0 {
          guard Int(existing) != index else { return }
          values[key] = Int32(-1 - shared.count)
          shared.append([Int(existing), index])
        } else if shared[Int(-1 - existing)].last != index {
          shared[Int(-1 - existing)].append(index)
        }
      case .empty(let slot):
        let key = values.count
        for byte in utf8 { keyBytes.append(Self.upper(byte)) }
        keyStarts.append(Int32(keyBytes.count))
        values.append(Int32(index))
        slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(key + 1)
        if values.count * 3 > slots.count * 2 { grow() }
      }
    }
  }

  /// The entries under a symbol (case aside), in table order.
  func indexes(of symbol: String) -> [Int] {
    var symbol = symbol
    return symbol.withUTF8 { indexes(of: $0) }
  }

  /// The entries under a symbol's bytes (case aside), in table order.
  func indexes(of utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
    guard case .found(let key) = find(utf8, Self.hash(utf8)) else { return [] }
    let value = values[key]
    return value >= 0 ? [Int(value)] : shared[Int(-1 - value)]
  }

  // MARK: - Table

  private enum Probe {
    case found(Int)
    case empty(Int)
  }

  private func find(_ utf8: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Probe {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return .empty(slot) }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let key = Int(entry & 0xFFFF_FFFF) - 1
        if equals(key, utf8) { return .found(key) }
      }
      slot = (slot + 1) & mask
    }
  }

  private func equals(_ key: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(keyStarts[key])
    guard Int(keyStarts[key + 1]) - start == utf8.count else { return false }
    for offset in 0..<utf8.count where keyBytes[start + offset] != Self.upper(utf8[offset]) { return false }
    return true
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry != 0 {
      // The slot comes from the hash's low bits, which the tag does not keep: hash the key's bytes again.
      let key = Int(entry & 0xFFFF_FFFF) - 1
      let hash = keyBytes.withUnsafeBufferPointer {
        Self.hash(UnsafeBufferPointer(rebasing: $0[Int(keyStarts[key])..<Int(keyStarts[key + 1])]))
      }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  @inline(__always)
  private static func upper(_ byte: UInt8) -> UInt8 { (byte >= 0x61 && byte <= 0x7A) ? byte - 0x20 : byte }

  /// FNV-1a over the upper-case bytes, its high bits folded into the low ones (which pick the slot).
  private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in utf8 { hash = (hash ^ UInt64(upper(byte))) &* 0x100_0000_01b3 }
    return hash ^ (hash >> 32) ^ (hash >> 17)
  }
}
