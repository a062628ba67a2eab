/// The names of a run's vocabularies in ``NameNormalizer`` symbols, as a trie, and the scan that finds them in a
/// text as whole words.
///
/// Every name starts with the word-start symbol, so a name can only start where a word starts, and not where a word
/// goes on a longer hyphenated name (``continuesCompound(_:_:)``). At each word start the scan first looks the word
/// up in a filter of the words names start with (a bit a word, ``WordKey``): when no name starts with it — most words
/// of prose — the word is skipped in that one look-up. Otherwise the trie is walked
/// from there, a symbol at a time, until no name goes on; every name it passes that ends where a word ends is an
/// occurrence. Names are at most ``NameNormalizer/maxSymbols`` long, so no walk goes further than that: the scan is
/// linear in the text, and it finds what an Aho–Corasick automaton over the same names finds as whole words
/// (`NameMatchingTests` checks it against a naive search), without its failure links.
///
/// Written here because Swift has no well-kept Aho–Corasick or trie package. Nodes are numbered breadth-first, a
/// node's children consecutive and in symbol order (found by a short linear scan, or in a 256-entry table for nodes
/// with many children).
///
/// Figures (callgrind, release build, the first 2,000 benchmark documents with PharmGKB's chemicals): the
/// Aho–Corasick automaton this replaces, fed every symbol of each word whose first four letters began some name
/// (more than half of them), spent 359 million instructions scanning; this scan spends 86 million, 64 of them in the
/// C word scan (600,000 words) and 21 in its 42,000 walks. See Benchmarks/README.md.
struct NameTrie: Sendable {
  /// Per node, ``stride`` values: its first child (or, for a dense node, its table's number) and its name (or -1).
  private let nodes: [Int32]
  /// Per node, its number of children, ``denseFlag`` set when they are found in a dense table.
  private let counts: [UInt16]
  /// Per node, the symbol on the edge into it.
  private let symbols: [UInt8]
  /// 256 entries a dense node: the child for each symbol, 0 for none (the root is no one's child).
  private let dense: [Int32]
  /// A filter of the words names start with (``WordKey``): for each name, the bit of its first word (its ASCII
  /// letters and digits up to the first other symbol), and that of the first word and the next word's first letter or
  /// digit when a space lies between (`in 111 …`, `protein kinase …`), else of the first word and "anything else".
  /// So `in the` and `protein folding` are skipped although names start with `in` and `protein`. A name whose first
  /// word goes on with a non-ASCII symbol (`café`) is left out: the scan walks every word whose ASCII letters are
  /// followed by a non-ASCII byte.
  private let firstWords: [UInt64]

  private static let stride = 2
  private static let denseThreshold = 12
  private static let denseFlag: UInt16 = 0x8000

  /// The number of nodes.
  var nodeCount: Int { symbols.count }

  /// Builds the trie for distinct names (each at most ``NameNormalizer/maxSymbols`` symbols); a name's number is
  /// its index.
  init(names: NameList) {
    let order = names.isSorted ? Array(0..<names.count) : names.sortedIndices()
    var firstChild: [Int32] = [0]
    var childCount: [Int32] = [0]
    var symbols: [UInt8] = [0]
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
      nodes[base + 1] = nameAt[node]
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
    self.nodes = nodes
    self.counts = counts
    self.symbols = symbols
    self.dense = dense
    var firstWords = [UInt64](repeating: 0, count: WordKey.bits / 64)
    for name in 0..<names.count {
      // Symbols after the word start: ASCII letters and digits up to the first other symbol.
      let length = names.length(name)
      var position = 1
      while position < length {
        let symbol = names.symbol(name, position)
        guard symbol < 0x80, NameNormalizer.isWordByte(symbol) else { break }
        position += 1
      }
      if position < length, names.symbol(name, position) >= 0x80 { continue }
      let key = names.withSymbols(name, 1..<position, WordKey.key)
      // The next word's first letter or digit when a space is all that lies between, else "anything else".
      var next: UInt8 = 0
      if position + 2 < length, names.symbol(name, position) == NameNormalizer.space,
        names.symbol(name, position + 1) == NameNormalizer.wordStart
      {
        let symbol = names.symbol(name, position + 2)
        if symbol < 0x80, NameNormalizer.isWordByte(symbol) { next = symbol }
      }
      for bit in [WordKey.bit(key), WordKey.bit(key, then: next)] {
        firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    self.firstWords = firstWords
  }

  /// The number of the name that `text`, put in the normal form (``NameNormalizer``), is exactly, or nil. An ASCII
  /// text is walked through the trie symbol by symbol as the stream makes them, stopping where no name goes on (most
  /// gene names stop within their first word), others are normalised first.
  func name(spelled text: String) -> Int? {
    guard symbols.count > 1 else { return nil }
    var utf8Text = text
    return utf8Text.withUTF8 { utf8 in
      let plain = utf8.allSatisfy { $0 < 0x80 && $0 != 0 && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
      guard plain else {
        guard let normal = NameNormalizer.symbols(of: text) else { return nil }
        return walk { step in normal.allSatisfy(step) }
      }
      return walk { step in
        var stream = SymbolStream()
        // A space is walked only when a symbol follows it: names end in no space.
        var space = false
        for byte in utf8 {
          let (packed, count) = stream.symbols(ascii: byte)
          for position in 0..<count {
            let symbol = UInt8(truncatingIfNeeded: packed >> (8 * UInt16(position)))
            if symbol == NameNormalizer.space {
              space = true
              continue
            }
            if space, !step(NameNormalizer.space) { return false }
            space = false
            if !step(symbol) { return false }
          }
        }
        return true
      }
    }
  }

  /// The name at the node that the symbols `feed` passes to its step reach from the root (each step false when no
  /// name goes on; `feed` false when it stopped), or nil.
  private func walk(_ feed: (_ step: (UInt8) -> Bool) -> Bool) -> Int? {
    nodes.withUnsafeBufferPointer { nodes in
      counts.withUnsafeBufferPointer { counts in
        symbols.withUnsafeBufferPointer { edges in
          dense.withUnsafeBufferPointer { dense in
            var node: Int32 = 0
            let complete = feed { symbol in
              node = Self.child(of: node, symbol, nodes: nodes, counts: counts, symbols: edges, dense: dense)
              return node != 0
            }
            guard complete, node != 0 else { return nil }
            let name = nodes[Int(node) * Self.stride + 1]
            return name >= 0 ? Int(name) : nil
          }
        }
      }
    }
  }

  // MARK: - Scanning

  /// One occurrence of a name: its number, and the source offsets where its first character starts and its last
  /// character ends.
  struct Occurrence: Equatable {
    let name: Int
    let start: Int
    let end: Int
  }

  /// Every occurrence of a name as whole words in `text[range]` (``MentionText`` bytes), overlapping ones included,
  /// appended to `found` in order of their starts (then of their ends). A name starts where a word starts and, when
  /// its last character is a letter or digit, ends where a word ends; an occurrence that ends inside a character (a
  /// prefix of a spelled Greek letter) is none.
  func scan(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into found: inout [Occurrence]) {
    guard symbols.count > 1, range.upperBound <= text.count else { return }
    nodes.withUnsafeBufferPointer { nodes in
      counts.withUnsafeBufferPointer { counts in
        symbols.withUnsafeBufferPointer { symbols in
          dense.withUnsafeBufferPointer { dense in
            firstWords.withUnsafeBufferPointer { filter in
              var walker = Walker(
                nodes: nodes, counts: counts, symbols: symbols, dense: dense, text: text, limit: range.upperBound)
              swap(&walker.found, &found)
              defer { swap(&walker.found, &found) }
              var index = range.lowerBound
              let end = range.upperBound
              var previousWasWord = false
              while index < end {
                // The next ASCII word start whose word may start a name (or that goes on past ASCII), or the next
                // non-ASCII character: the words between are skipped in C (`gd_next_name_start`).
                let (next, wordEnd) = WordKey.nextNameStart(
                  text, from: index, end: end, inWord: previousWasWord, filter: filter)
                guard next < end else { break }
                if let wordEnd {
                  if !Self.continuesCompound(text, next) { Self.walk(&walker, from: next) }
                  index = wordEnd
                  previousWasWord = true
                  continue
                }
                // The bytes skipped before it are ASCII: the last of them tells whether a word goes on.
                if next > index { previousWasWord = NameNormalizer.isWordByte(text[next - 1]) }
                let info = NameNormalizer.character(text, at: next)
                switch info.kind {
                case .word:
                  if !previousWasWord, !Self.continuesCompound(text, next) { Self.walk(&walker, from: next) }
                  previousWasWord = true
                case .ignorable:
                  break
                default:
                  previousWasWord = false
                }
                index = next + info.length
              }
            }
          }
        }
      }
    }
  }

  /// Feeds the characters from `start` (a word start) to the walker until no name goes on: ASCII characters but CR
  /// (which may begin CR LF) through ``SymbolStream/symbols(ascii:)``, the rest through
  /// ``SymbolStream/feed(_:at:into:)``.
  private static func walk(_ walker: inout Walker, from start: Int) {
    walker.begin(at: start)
    var stream = SymbolStream()
    var index = start
    let text = walker.text
    let limit = walker.limit
    while index < limit {
      let byte = text[index]
      if byte < 0x80, byte != UInt8(ascii: "\r") {
        let (packed, count) = stream.symbols(ascii: byte)
        if count == 2 {
          walker.put(UInt8(truncatingIfNeeded: packed), characterStart: index, characterEnd: index + 1, last: false)
        }
        if count > 0 {
          walker.put(
            UInt8(truncatingIfNeeded: packed >> (8 * UInt16(count - 1))), characterStart: index,
            characterEnd: index + 1, last: true)
        }
        index += 1
      } else {
        let info = NameNormalizer.character(text, at: index)
        stream.feed(info, at: index, into: &walker)
        index += info.length
      }
      guard walker.isWalking else { return }
    }
  }

  @inline(__always)
  private static func child(
    of node: Int32, _ symbol: UInt8, nodes: UnsafeBufferPointer<Int32>, counts: UnsafeBufferPointer<UInt16>,
    symbols: UnsafeBufferPointer<UInt8>, dense: UnsafeBufferPointer<Int32>
  ) -> Int32 {
    let count = counts[Int(node)]
    let first = Int(nodes[Int(node) * stride])
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

  /// Walks the trie from a word start, symbol by symbol, and notes the names that end at a word end on the way.
  private struct Walker: SymbolSink {
    let nodes: UnsafeBufferPointer<Int32>
    let counts: UnsafeBufferPointer<UInt16>
    let symbols: UnsafeBufferPointer<UInt8>
    let dense: UnsafeBufferPointer<Int32>
    let text: UnsafeBufferPointer<UInt8>
    let limit: Int
    var found: [Occurrence] = []
    private var node: Int32 = 0
    private var start = 0

    init(
      nodes: UnsafeBufferPointer<Int32>, counts: UnsafeBufferPointer<UInt16>, symbols: UnsafeBufferPointer<UInt8>,
      dense: UnsafeBufferPointer<Int32>, text: UnsafeBufferPointer<UInt8>, limit: Int
    ) {
      self.nodes = nodes
      self.counts = counts
      self.symbols = symbols
      self.dense = dense
      self.text = text
      self.limit = limit
    }

    /// Starts a walk at the root for a name starting at `start`.
    mutating func begin(at start: Int) {
      self.start = start
      node = 0
    }

    /// Whether some name goes on from the symbols fed since ``begin(at:)``.
    var isWalking: Bool { node >= 0 }

    @inline(__always)
    mutating func put(_ symbol: UInt8, characterStart: Int, characterEnd: Int, last: Bool) {
      guard node >= 0 else { return }
      let next = NameTrie.child(of: node, symbol, nodes: nodes, counts: counts, symbols: symbols, dense: dense)
      guard next != 0 else {
        node = -1
        return
      }
      node = next
      guard last else { return }
      let name = nodes[Int(next) * NameTrie.stride + 1]
      if name >= 0, NameTrie.endsWord(text, characterEnd, limit: limit) {
        found.append(Occurrence(name: Int(name), start: start, end: characterEnd))
      }
    }
  }

  /// Whether a word starting at `start` goes on a longer name joined by a hyphen (ASCII, U+2010 or U+2011) that
  /// follows a letter or digit: `17-hydroxyprogesterone` holds no `hydroxyprogesterone`,
  /// `N-acetyl-L-aspartyl-L-glutamate` no `L-glutamate`, `Ten-Eleven` no `Eleven`; no name starts there. Dashes (`–`,
  /// `—`) join words, not names.
  static func continuesCompound(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    var hyphen = start - 1
    guard hyphen >= 1 else { return false }
    if text[hyphen] != UInt8(ascii: "-") {
      guard start >= 4, text[start - 3] == 0xE2, text[start - 2] == 0x80,
        text[start - 1] == 0x90 || text[start - 1] == 0x91
      else { return false }
      hyphen = start - 3
    }
    var last = hyphen - 1
    guard last >= 0 else { return false }
    while last > 0, text[last] & 0xC0 == 0x80 { last -= 1 }
    return NameNormalizer.character(text, at: last).kind == .word
  }

  /// Whether a match ending at `end` ends a word: its last character is no letter or digit, or the next one is not.
  private static func endsWord(_ text: UnsafeBufferPointer<UInt8>, _ end: Int, limit: Int) -> Bool {
    guard end < limit, end > 0 else { return true }
    var last = end - 1
    while last > 0, text[last] & 0xC0 == 0x80 { last -= 1 }
    guard NameNormalizer.character(text, at: last).kind == .word else { return true }
    return NameNormalizer.character(text, at: end).kind != .word
  }
}
