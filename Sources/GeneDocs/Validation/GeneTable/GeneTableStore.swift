/// The genes of a gene table in a few flat arrays: bytes (those of the table file, where its fields are as written,
/// and after them any field that is not), and for each gene where its fields and list items lie in them. A
/// ``GeneTableEntry`` (strings) is made only for a gene a run asks about: making the strings of NCBI's 77,000 genes
/// and their 120,000 synonyms, and freeing them at exit, was most of the 720 million instructions of loading
/// `gene_info` (callgrind).
struct GeneTableStore: Sendable {
  /// A field of one value.
  enum Field: Int, CaseIterable {
    case symbol, name, hgncID, ncbiGeneID, ensemblID, pharmgkbID
  }

  /// A field of several values.
  enum List: Int, CaseIterable {
    case previousSymbols, aliasSymbols, previousNames
  }

  /// The largest text a store is made over: offsets are 32-bit, and fields not as written (a prefix added, quotes
  /// removed) are added after the text, at most about twice its size again.
  static let maxTextBytes = Int(Int32.max) / 4

  private static let fieldCount = Field.allCases.count
  private static let listCount = List.allCases.count
  /// Per gene: each field's start and end in ``bytes`` (start -1 for none), then its first list item and the end
  /// of each list's items (a list's items start where the one before ends).
  private static let stride = fieldCount * 2 + 1 + listCount

  private var bytes: [UInt8]
  private var spans: [Int32] = []
  /// A gene's fields before they are set.
  private let noFields = [Int32](repeating: -1, count: GeneTableStore.fieldCount * 2)
  /// Per list item, its start and end in ``bytes``.
  private var items: [Int32] = []
  /// The number of items of each list over all genes.
  private(set) var itemCounts = [Int](repeating: 0, count: List.allCases.count)

  /// The number of genes.
  var count: Int { spans.count / Self.stride }

  /// A store over `bytes` (a table's text: fields given as ranges are in them), with room for about `genes` genes.
  init(bytes: [UInt8] = [], genes: Int = 0) {
    self.bytes = bytes
    spans.reserveCapacity(genes * Self.stride)
  }

  // MARK: - Writing

  /// Starts a gene: its fields none, its lists empty. Its fields and lists are set after, the items of each list
  /// one after another and the lists in ``List`` order.
  mutating func beginGene() {
    spans.append(contentsOf: noFields)
    let itemEnd = Int32(items.count / 2)
    for _ in 0...Self.listCount { spans.append(itemEnd) }
  }

  /// Sets a field of the last gene begun to bytes of the store's text.
  mutating func set(_ field: Field, range: Range<Int>) {
    let slot = spans.count - Self.stride + field.rawValue * 2
    spans[slot] = Int32(range.lowerBound)
    spans[slot + 1] = Int32(range.upperBound)
  }

  /// Sets a field of the last gene begun: `prefix` (when given) and then `value`, added after the text.
  mutating func set(_ field: Field, _ value: UnsafeBufferPointer<UInt8>, prefix: StaticString? = nil) {
    let start = bytes.count
    if let prefix { prefix.withUTF8Buffer { bytes.append(contentsOf: $0) } }
    bytes.append(contentsOf: value)
    set(field, range: start..<bytes.count)
  }

  /// Sets a field of the last gene begun to a string.
  mutating func set(_ field: Field, _ value: String) {
    var value = value
    value.withUTF8 { set(field, $0) }
  }

  /// Adds an item, bytes of the store's text, to a list of the last gene begun.
  mutating func append(_ list: List, range: Range<Int>) {
    items.append(Int32(range.lowerBound))
    items.append(Int32(range.upperBound))
    // This list ends after the item, and so do the (still empty) lists after it.
    let ends = spans.count - Self.listCount
    for slot in (ends + list.rawValue)..<spans.count { spans[slot] = Int32(items.count / 2) }
    itemCounts[list.rawValue] += 1
  }

  /// Adds an item to a list of the last gene begun, after the text.
  mutating func append(_ list: List, _ item: UnsafeBufferPointer<UInt8>) {
    let start = bytes.count
    bytes.append(contentsOf: item)
    append(list, range: start..<bytes.count)
  }

  /// Adds a string to a list of the last gene begun.
  mutating func append(_ list: List, _ item: String) {
    var item = item
    item.withUTF8 { append(list, $0) }
  }

  /// Adds a gene from its entry.
  mutating func append(_ entry: GeneTableEntry) {
    beginGene()
    set(.symbol, entry.symbol)
    set(.name, entry.name)
    let ids: [(Field, String?)] = [
      (.hgncID, entry.hgncID), (.ncbiGeneID, entry.ncbiGeneID), (.ensemblID, entry.ensemblID),
      (.pharmgkbID, entry.pharmgkbID),
    ]
    for (field, value) in ids { if let value { set(field, value) } }
    for item in entry.previousSymbols { append(.previousSymbols, item) }
    for item in entry.aliasSymbols { append(.aliasSymbols, item) }
    for item in entry.previousNames { append(.previousNames, item) }
  }

  /// Adds gene `gene` of another store, as it is.
  mutating func append(gene: Int, of other: GeneTableStore) {
    beginGene()
    for field in Field.allCases {
      other.withBytes(gene, field) { value in if let value { set(field, value) } }
    }
    for list in List.allCases {
      other.forEachItem(gene, list) { append(list, $0) }
    }
  }

  // MARK: - Reading

  /// Calls `body` with a field's bytes, nil when the gene has none.
  func withBytes<Result>(_ gene: Int, _ field: Field, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
    let slot = gene * Self.stride + field.rawValue * 2
    let start = Int(spans[slot])
    guard start >= 0 else { return body(nil) }
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(spans[slot + 1])])) }
  }

  /// Calls `body` with each item of a list, in order.
  func forEachItem(_ gene: Int, _ list: List, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let slot = gene * Self.stride + Self.fieldCount * 2 + list.rawValue
    bytes.withUnsafeBufferPointer { bytes in
      for item in Int(spans[slot])..<Int(spans[slot + 1]) {
        body(UnsafeBufferPointer(rebasing: bytes[Int(items[item * 2])..<Int(items[item * 2 + 1])]))
      }
    }
  }

  /// A field's text, nil when the gene has none.
  func string(_ gene: Int, _ field: Field) -> String? {
    withBytes(gene, field) { $0.map { String(decoding: $0, as: UTF8.self) } }
  }

  /// A list's items.
  func strings(_ gene: Int, _ list: List) -> [String] {
    var strings: [String] = []
    forEachItem(gene, list) { strings.append(String(decoding: $0, as: UTF8.self)) }
    return strings
  }

  /// Whether the gene's approved symbol is exactly these bytes.
  func symbol(of gene: Int, equals text: UnsafeBufferPointer<UInt8>) -> Bool {
    withBytes(gene, .symbol) { $0?.elementsEqual(text) ?? false }
  }

  /// The gene as an entry.
  func entry(_ gene: Int) -> GeneTableEntry {
    GeneTableEntry(
      symbol: string(gene, .symbol) ?? "", name: string(gene, .name) ?? "",
      previousSymbols: strings(gene, .previousSymbols), aliasSymbols: strings(gene, .aliasSymbols),
      previousNames: strings(gene, .previousNames), hgncID: string(gene, .hgncID),
      ncbiGeneID: string(gene, .ncbiGeneID), ensemblID: string(gene, .ensemblID),
      pharmgkbID: string(gene, .pharmgkbID))
  }
}
