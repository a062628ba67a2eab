#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An Aho–Corasick automaton over names in ``NameNormalizer`` symbols: it reports every occurrence of every name in
/// a text in one pass, linear in the text (plus the occurrences).
///
/// Written here because Swift has no well-kept Aho–Corasick package. Every name starts with the word-start
/// symbol, which the text has only where a word starts, so while the automaton is in its root state the scan
/// skips to the next word start a byte at a time without feeding it. Nodes are numbered breadth-first, a node's
/// children consecutive and in symbol order (found by a short linear scan, or in a 256-entry table for nodes with
/// many children); one flat `Int32` array holds each node's first child (or dense table), failure link, name and
/// next output, a `UInt16` array its child count.
///
/// Figures (release build, this 2-core machine): 8,600 PharmGKB chemical names and synonyms plus 3,600 diseases
/// (about 120,000 names with the NCBI table's 60,000 approved symbols) build in about 60 ms into 1.1 million nodes
/// (27 MB); scanning the 50,000-document benchmark corpus (100 MB) costs about 0.12 s of CPU. See
/// Benchmarks/README.md.
struct NameAutomaton: Sendable {
  /// Per node, ``stride`` values: first child (or, for a dense node, its table), failure link, name (or -1), the
  /// next node on the failure chain that ends a name (or -1).
  private let nodes: [Int32]
  /// Per node, its number of children, ``denseFlag`` set when they are found in a dense table.
  private let counts: [UInt16]
  /// Per node, the symbol on the edge into it.
  private let symbols: [UInt8]
  /// 256 entries a dense node: the child for each symbol, 0 for none (the root is no one's child).
  private let dense: [Int32]
  /// Per name, its length in symbols.
  let nameLengths: [UInt8]
  /// A filter of the words names start with: bit ``WordKey`` set for each name's first word (its first four ASCII
  /// letters and digits, lower case, or all of a shorter word and its end). A word of text whose bit is clear starts
  /// no name and is skipped in one look-up: walking the automaton from each word start cost a cache miss a letter in
  /// its 19-byte-a-node arrays (two thirds of a scan with PharmGKB's chemicals).
  private let firstWords: [UInt64]

  private static let stride = 4
  private static let denseThreshold = 12
  private static let denseFlag: UInt16 = 0x8000

  /// The number of nodes.
  var nodeCount: Int { symbols.count }

  /// Builds the automaton for distinct names (each at most ``NameNormalizer/maxSymbols`` symbols); a name's
  /// number is its index.
  init(names: NameList) {
    let order = names.isSorted ? Array(0..<names.count) : names.sortedIndices()
    var firstChild: [Int32] = [0]
    var childCount: [Int32] = [0]
    var symbols: [UInt8] = [0]
    var parents: [Int32] = [0]
    var nameAt: [Int32] = [-1]
    // Breadth-first, a level at a time: a node stands for the names order[lower..<upper], which share its prefix.
    var level: [(node: Int32, lower: Int, upper: Int)] = [(0, 0, order.count)]
    var depth = 0
    while !level.isEmpty {
      var next: [(node: Int32, lower: Int, upper: Int)] = []
      for (node, lower, upper) in level {
        var index = lower
        if index < upper, names.length(order[index]) == depth {
          nameAt[Int(node)] = Int32(order[index])
          index += 1
        }
        firstChild[Int(node)] = Int32(symbols.count)
        while index < upper {
          let symbol = names.symbol(order[index], depth)
          var end = index + 1
          while end < upper, names.symbol(order[end], depth) == symbol { end += 1 }
          let child = Int32(symbols.count)
          symbols.append(symbol)
          parents.append(node)
          firstChild.append(0)
          childCount.append(0)
          nameAt.append(-1)
          next.append((child, index, end))
          index = end
        }
        childCount[Int(node)] = Int32(symbols.count) - firstChild[Int(node)]
      }
      level = next
      depth += 1
    }

    let count = symbols.count
    var nodes = [Int32](repeating: -1, count: count * Self.stride)
    var counts = [UInt16](repeating: 0, count: count)
    var dense: [Int32] = []
    for node in 0..<count {
      let base = node * Self.stride
      nodes[base] = firstChild[node]
      nodes[base + 2] = nameAt[node]
      counts[node] = UInt16(childCount[node])
      if childCount[node] > Self.denseThreshold {
        nodes[base] = Int32(dense.count / 256)
        counts[node] |= Self.denseFlag
        let table = dense.count
        dense.append(contentsOf: repeatElement(0, count: 256))
        for child in Int(firstChild[node])..<Int(firstChild[node] + childCount[node]) {
          dense[table + Int(symbols[child])] = Int32(child)
        }
      }
    }
    // Failure links in breadth-first order: a node's parent, and so every shorter node, already has its link.
    nodes[1] = 0
    for node in 1..<max(count, 1) {
      let parent = Int(parents[node])
      var failure: Int32 = 0
      if parent != 0 {
        var state = nodes[parent * Self.stride + 1]
        while true {
          let child = Self.child(of: state, symbols[node], nodes: nodes, counts: counts, symbols: symbols, dense: dense)
          if child != 0 {
            failure = child
            break
          }
          if state == 0 { break }
          state = nodes[Int(state) * Self.stride + 1]
        }
      }
      let base = node * Self.stride
      nodes[base + 1] = failure
      let failureBase = Int(failure) * Self.stride
      nodes[base + 3] = nodes[failureBase + 2] >= 0 ? failure : nodes[failureBase + 3]
    }
    self.nodes = nodes
    self.counts = counts
    self.symbols = symbols
    self.dense = dense
    self.nameLengths = (0..<names.count).map { UInt8(min(names.length($0), 255)) }
    var firstWords = [UInt64](repeating: 0, count: WordKey.bits / 64)
    for name in 0..<names.count {
      // Symbols after the word start: letters and digits up to the first other symbol.
      var key = WordKey()
      var position = 1
      while position < names.length(name), key.length < 4 {
        let symbol = names.symbol(name, position)
        guard symbol < 0x80, NameNormalizer.isWordByte(symbol) else { break }
        key.append(symbol)
        position += 1
      }
      if key.length < 4 { key.end() }
      let bit = key.bit
      firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.firstWords = firstWords
  }

  @inline(__always)
  private static func child<
    Nodes: RandomAccessCollection<Int32>, Counts: RandomAccessCollection<UInt16>,
    Symbols: RandomAccessCollection<UInt8>, Dense: RandomAccessCollection<Int32>
  >(of state: Int32, _ symbol: UInt8, nodes: Nodes, counts: Counts, symbols: Symbols, dense: Dense) -> Int32
  where Nodes.Index == Int, Counts.Index == Int, Symbols.Index == Int, Dense.Index == Int {
    let count = counts[Int(state)]
    let first = Int(nodes[Int(state) * stride])
    if count & denseFlag != 0 { return dense[first * 256 + Int(symbol)] }
    var index = first
    let end = index + Int(count)
    while index < end {
      let candidate = symbols[index]
      if candidate == symbol { return Int32(index) }
      if candidate > symbol { return 0 }
      index += 1
    }
    return 0
  }

  // MARK: - Scanning

  /// When no name starts with the ASCII word at `start` (its ``WordKey`` bit is clear), the end of its ASCII letters
  /// and digits; nil when the word must be fed to the automaton.
  @inline(__always)
  private static func wordStartsNoName(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, filter: UnsafeBufferPointer<UInt64>
  ) -> Int? {
    var key = WordKey()
    var index = start
    while index < end, key.length < 4 {
      let byte = text[index]
      guard byte < 0x80, NameNormalizer.isWordByte(byte) else { break }
      key.append(ByteClass.lowercased(byte))
      index += 1
    }
    // A word that goes on past ASCII (`caféine`) is fed a character at a time.
    if index < end, key.length < 4, text[index] >= 0x80 { return nil }
    if key.length < 4 { key.end() }
    let bit = key.bit
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 else { return nil }
    while index < end, text[index] < 0x80, NameNormalizer.isWordByte(text[index]) { index += 1 }
    return index
  }

  /// One occurrence of a name: its number, and the source offsets where its first character starts and its last
  /// character ends.
  struct Occurrence: Equatable {
    let name: Int
    let start: Int
    let end: Int
  }

  /// Every occurrence of a name in `text[range]` (``MentionText`` bytes), appended to `found` in the order the
  /// occurrences end. An occurrence that ends inside a character (a prefix of a spelled Greek letter) is not one.
  func scan(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into found: inout [Occurrence]) {
    guard symbols.count > 1 else { return }
    nodes.withUnsafeBufferPointer { nodes in
      counts.withUnsafeBufferPointer { counts in
        symbols.withUnsafeBufferPointer { symbols in
          dense.withUnsafeBufferPointer { dense in
            nameLengths.withUnsafeBufferPointer { lengths in
              firstWords.withUnsafeBufferPointer { filter in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { ring in
                  var sink = Stepper(
                    nodes: nodes, counts: counts, symbols: symbols, dense: dense, lengths: lengths, ring: ring,
                    found: found)
                  defer { found = sink.found }
                  var stream = SymbolStream()
                  var index = range.lowerBound
                  let end = range.upperBound
                  while index < end {
                    if sink.state == 0 {
                      // In the root state only a word start can move the automaton: skip ASCII bytes to the next one.
                      while index < end {
                        let byte = text[index]
                        if byte >= 0x80 { break }
                        let isWord = NameNormalizer.isWordByte(byte)
                        if isWord && !stream.previousWasWord { break }
                        stream.previousWasWord = isWord
                        index += 1
                      }
                      guard index < end else { break }
                      // At an ASCII word start, look the word up in the filter of names' first words: when no name
                      // starts with it (most words of prose), the whole word is skipped without feeding it a
                      // character at a time.
                      if text[index] < 0x80, !stream.previousWasWord,
                        let wordEnd = Self.wordStartsNoName(text, from: index, end: end, filter: filter)
                      {
                        index = wordEnd
                        stream.previousWasWord = true
                        continue
                      }
                    }
                    let info = NameNormalizer.character(text, at: index)
                    stream.feed(info, at: index, into: &sink)
                    index += info.length
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Feeds symbols to the automaton and reports the names that end at each.
  private struct Stepper: SymbolSink {
    let nodes: UnsafeBufferPointer<Int32>
    let counts: UnsafeBufferPointer<UInt16>
    let symbols: UnsafeBufferPointer<UInt8>
    let dense: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<UInt8>
    /// The source offset of the character of each of the last 256 symbols fed.
    let ring: UnsafeMutableBufferPointer<Int>
    var found: [Occurrence]
    var state: Int32 = 0
    var fed = 0

    @inline(__always)
    mutating func put(_ symbol: UInt8, characterStart: Int, characterEnd: Int, last: Bool) {
      ring[fed & 255] = characterStart
      fed += 1
      if symbol == NameNormalizer.hard {
        state = 0
        return
      }
      while true {
        let child = NameAutomaton.child(
          of: state, symbol, nodes: nodes, counts: counts, symbols: symbols, dense: dense)
        if child != 0 {
          state = child
          break
        }
        if state == 0 { return }
        state = nodes[Int(state) * NameAutomaton.stride + 1]
      }
      guard last else { return }
      let base = Int(state) * NameAutomaton.stride
      var output = nodes[base + 2] >= 0 ? state : nodes[base + 3]
      while output >= 0 {
        let outputBase = Int(output) * NameAutomaton.stride
        let name = Int(nodes[outputBase + 2])
        let length = Int(lengths[name])
        found.append(Occurrence(name: name, start: ring[(fed - length) & 255], end: characterEnd))
        output = nodes[outputBase + 3]
      }
    }
  }
}

/// Names in symbols, one after another in one buffer (a `[UInt8]` each was 140,000 allocations for NCBI's symbols
/// and PharmGKB's chemicals).
struct NameList {
  private(set) var symbols: [UInt8] = []
  private(set) var starts: [Int32] = [0]
  /// Whether the names were appended in ascending order, none twice.
  private(set) var isSorted = true

  /// The number of names.
  var count: Int { starts.count - 1 }

  /// Appends a name's symbols (``NameNormalizer/append(_:to:)``); false when the name cannot be matched.
  mutating func append(name: String) -> Bool {
    guard NameNormalizer.append(name, to: &symbols) else { return false }
    starts.append(Int32(symbols.count))
    if count > 1, isSorted, compare(count - 2, count - 1) >= 0 { isSorted = false }
    return true
  }

  /// Appends name `index` of another list.
  mutating func append(_ index: Int, of other: NameList) {
    symbols += other.symbols[Int(other.starts[index])..<Int(other.starts[index + 1])]
    starts.append(Int32(symbols.count))
    if count > 1, isSorted, compare(count - 2, count - 1) >= 0 { isSorted = false }
  }

  /// The length of name `index`.
  func length(_ index: Int) -> Int { Int(starts[index + 1] - starts[index]) }

  /// Symbol `position` of name `index`.
  func symbol(_ index: Int, _ position: Int) -> UInt8 { symbols[Int(starts[index]) + position] }

  /// The names' numbers in byte order of their symbols (equal names in number order). Sorted by their first eight
  /// symbols as one integer, then `memcmp` for ties: comparing with `memcmp` alone took 40 ms for 60,000 names.
  func sortedIndices() -> [Int] {
    var keyed: [(key: UInt64, index: Int)] = []
    keyed.reserveCapacity(count)
    symbols.withUnsafeBufferPointer { bytes in
      for index in 0..<count {
        let start = Int(starts[index])
        let end = Int(starts[index + 1])
        var key: UInt64 = 0
        for offset in 0..<8 { key = key << 8 | UInt64(start + offset < end ? bytes[start + offset] : 0) }
        keyed.append((key, index))
      }
    }
    keyed.sort { left, right in
      if left.key != right.key { return left.key < right.key }
      let order = compare(left.index, right.index)
      return order != 0 ? order < 0 : left.index < right.index
    }
    return keyed.map(\.index)
  }

  /// Orders two names as bytes (a prefix first), with `memcmp`.
  func compare(_ left: Int, _ right: Int) -> Int {
    compare(left, in: self, right)
  }

  /// Orders name `left` of this list and name `right` of `other`.
  func compare(_ left: Int, in other: NameList, _ right: Int) -> Int {
    let leftLength = length(left)
    let rightLength = other.length(right)
    let common = min(leftLength, rightLength)
    let order: Int32 = symbols.withUnsafeBufferPointer { mine in
      other.symbols.withUnsafeBufferPointer { theirs in
        guard common > 0, let mine = mine.baseAddress, let theirs = theirs.baseAddress else { return 0 }
        return memcmp(mine + Int(starts[left]), theirs + Int(other.starts[right]), common)
      }
    }
    return order != 0 ? Int(order) : leftLength - rightLength
  }
}

/// The first word of a name or of text, as a bit of ``NameAutomaton``'s filter: up to four ASCII letters and digits
/// (lower case), then an end mark when the word is shorter, hashed into 2^20 bits. (A word of text with a non-ASCII
/// character within its first four is never filtered: it goes to the automaton.)
struct WordKey {
  static let bits = 1 << 20
  private var hash: UInt32 = 2_166_136_261
  private(set) var length = 0

  mutating func append(_ symbol: UInt8) {
    hash = (hash ^ UInt32(symbol)) &* 16_777_619
    length += 1
  }

  /// Marks the word as shorter than four: the key of `st` (then a space) differs from that of `stop`.
  mutating func end() {
    hash = (hash ^ 0xFF) &* 16_777_619
  }

  var bit: Int {
    Int((hash ^ (hash >> 15)) & UInt32(Self.bits - 1))
  }
}
