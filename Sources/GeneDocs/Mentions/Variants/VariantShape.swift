/// One shape of variant name (SPEC §7), as data: the elements it is made of, in order, and examples it must match
/// (`VariantShapeTests` checks every example against its shape and against no other shape's start).
struct VariantShape: Sendable {
  /// A part of a shape. (Not `indirect`: the nested parts are arrays already, and a boxed case cost a retain and a
  /// release more at each element tried.)
  enum Element: Sendable {
    /// These bytes exactly.
    case literal(String)
    /// One of these strings, tried in order (longer ones first where one is a prefix of another).
    case anyOf([String])
    /// Between `count.lowerBound` and `count.upperBound` bytes from `set`.
    case bytes(ByteSet, ClosedRange<Int>)
    /// ASCII digits.
    case digits(ClosedRange<Int>)
    /// The elements, or nothing.
    case optional([Element])
    /// The elements repeated, `count` times.
    case repeated([Element], ClosedRange<Int>)
    /// One of the sequences.
    case choice([[Element]])
    /// A gene symbol as star alleles are written after: an upper-case letter, then upper-case letters and digits,
    /// and at most one `-` part (`CYP2D6`, `HLA-B`, `HLA-DRB1`).
    case geneSymbol
  }

  /// What the shape is, for people and tests.
  let name: String
  /// Names the shape must match, whole.
  let examples: [String]
  /// The elements.
  let elements: [Element]
  /// Whether the mention's id is its own text (rsIDs).
  var isOwnID = false
  /// Whether it counts only after a gene named earlier in the same sentence (`TPMT*3A and *3C`).
  var needsGeneBefore = false

  // MARK: - The shapes

  static let oneLetterAminoAcids = "ACDEFGHIKLMNPQRSTVWY"
  static let threeLetterAminoAcids = [
    "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro", "Ser",
    "Thr", "Trp", "Tyr", "Val", "Sec", "Pyl",
  ]
  static let nucleotides = "ACGT"

  // The shapes and their parts are built where they are used (a scanner keeps its copy), not kept in globals: when
  // `Element` was `indirect`, its boxes held by a global were reported as leaks by LeakSanitizer.

  /// A protein change's new residue: one letter (or `*`, `X` for a stop), or a frameshift, deletion or duplication.
  private static var oneLetterChange: Element {
    .anyOf(["fs", "del", "dup", "*", "X"] + oneLetterAminoAcids.map { String($0) })
  }
  private static var threeLetterChange: Element { .anyOf(threeLetterAminoAcids + ["Ter", "fs", "del", "dup", "*"]) }

  /// A DNA position: `123`, `-1639`, `*45`, `1905+1`, `100_102`.
  private static var position: [Element] {
    [
      .optional([.bytes("-*", 1...1)]), .digits(1...9), .optional([.bytes("+-", 1...1), .digits(1...6)]),
      .optional([
        .literal("_"), .optional([.bytes("-*", 1...1)]), .digits(1...9),
        .optional([.bytes("+-", 1...1), .digits(1...6)]),
      ]),
    ]
  }

  /// A DNA change: `G>A`, `delG`, `dupAT`, `insTT`, `delinsCA`, `del`.
  private static var dnaChange: Element {
    .choice([
      [.bytes(ByteSet(nucleotides), 1...3), .literal(">"), .bytes(ByteSet(nucleotides), 1...3)],
      [.literal("delins"), .bytes(ByteSet(nucleotides), 1...60)],
      [.literal("ins"), .bytes(ByteSet(nucleotides), 1...60)],
      [.anyOf(["del", "dup"]), .optional([.bytes(ByteSet(nucleotides), 1...60)])],
    ])
  }

  /// Every shape, most specific first (the longest match of all of them wins); built on each use (a scanner keeps
  /// its copy).
  static var all: [VariantShape] {
    [
      VariantShape(
        name: "rsID", examples: ["rs1800497", "rs4149056"], elements: [.literal("rs"), .digits(1...12)],
        isOwnID: true),
      VariantShape(
        name: "star allele",
        examples: [
          "CYP2D6*4", "TPMT*3A", "UGT1A1*28", "HLA-B*57:01", "HLA-DRB1*15:01:01",
          "CYP2D6*2xN", "HLA-C*06",
        ],
        elements: [
          .geneSymbol, .literal("*"), .digits(1...3), .optional([.bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1...2)]),
          .repeated([.literal(":"), .digits(2...3)], 0...3),
          .optional([.literal("x"), .choice([[.literal("N")], [.digits(1...2)]])]),
        ]),
      VariantShape(
        name: "star allele after its gene", examples: ["*17", "*3C", "*57:01"],
        elements: [
          .literal("*"), .digits(1...3), .optional([.bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1...2)]),
          .repeated([.literal(":"), .digits(2...3)], 0...3),
        ], needsGeneBefore: true),
      VariantShape(
        name: "protein change, one-letter codes", examples: ["V600E", "T790M", "F508del", "R175*", "C677T"],
        elements: [.bytes(ByteSet(oneLetterAminoAcids), 1...1), .digits(2...5), oneLetterChange]),
      VariantShape(
        name: "protein change, HGVS one-letter", examples: ["p.V600E", "p.(R175H)", "p.G12fs"],
        elements: [
          .literal("p."),
          .choice([
            [
              .literal("("), .bytes(ByteSet(oneLetterAminoAcids), 1...1), .digits(1...5), oneLetterChange,
              .literal(")"),
            ],
            [.bytes(ByteSet(oneLetterAminoAcids), 1...1), .digits(1...5), oneLetterChange],
          ]),
        ]),
      VariantShape(
        name: "protein change, three-letter codes", examples: ["Val158Met", "Arg16Gly", "Phe508del", "Gln27Ter"],
        elements: [.anyOf(threeLetterAminoAcids), .digits(1...5), threeLetterChange]),
      VariantShape(
        name: "protein change, HGVS three-letter", examples: ["p.Val600Glu", "p.(Arg16Gly)", "p.Trp24Ter"],
        elements: [
          .literal("p."),
          .choice([
            [.literal("("), .anyOf(threeLetterAminoAcids), .digits(1...5), threeLetterChange, .literal(")")],
            [.anyOf(threeLetterAminoAcids), .digits(1...5), threeLetterChange],
          ]),
        ]),
      VariantShape(
        name: "DNA change, HGVS",
        examples: [
          "c.1236G>A", "c.-1639G>A", "c.1905+1G>A", "c.35delG", "g.12345A>G",
          "m.1555A>G", "c.100_102del",
        ],
        elements: [.bytes("cgmnr", 1...1), .literal(".")] + position + [dnaChange]),
      VariantShape(
        name: "DNA change, position and bases", examples: ["-1131T>C", "3435C>T", "-1639G>A"],
        elements: [
          .optional([.literal("-")]), .digits(1...6), .bytes(ByteSet(nucleotides), 1...1), .literal(">"),
          .bytes(ByteSet(nucleotides), 1...1),
        ]),
      VariantShape(
        name: "DNA change, intron position", examples: ["IVS14+1G>A"],
        elements: [
          .literal("IVS"), .digits(1...3), .bytes("+-", 1...1), .digits(1...4), .bytes(ByteSet(nucleotides), 1...1),
          .literal(">"), .bytes(ByteSet(nucleotides), 1...1),
        ]),
    ]
  }

  // MARK: - Matching

  /// The end of the longest match of the shape at `start` that is followed by no letter or digit, or nil.
  func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Int? {
    Self.match(elements, 0, bytes, start, limit) { end in
      end == limit || !ByteClass.isAlphanumeric(bytes[end]) ? end : nil
    }
  }

  /// Matches `elements[first...]` from `position`, longest first, and calls `next` with the end of each way they
  /// match, returning the first end `next` takes. Continuations are non-escaping closures, so a match allocates
  /// nothing (building `inner + rest` arrays for optional parts was a tenth of a batch run's instructions), and the
  /// elements are passed with an index rather than as slices (each slice retained its array).
  private static func match(
    _ elements: [Element], _ first: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ limit: Int,
    _ next: (Int) -> Int?
  ) -> Int? {
    guard first >= 0, first < elements.count else { return next(position) }
    func rest(_ end: Int) -> Int? { match(elements, first + 1, bytes, end, limit, next) }
    switch elements[first] {
    case .literal(let text):
      guard let end = literal(text, bytes, position, limit) else { return nil }
      return rest(end)
    case .anyOf(let texts):
      for text in texts {
        if let end = literal(text, bytes, position, limit), let found = rest(end) { return found }
      }
      return nil
    case .bytes(let set, let count):
      return run(bytes, position, limit, count, set.contains, rest)
    case .digits(let count):
      return run(bytes, position, limit, count, ByteClass.isDigit, rest)
    case .optional(let inner):
      if let found = match(inner, 0, bytes, position, limit, rest) { return found }
      return rest(position)
    case .repeated(let inner, let count):
      return repeated(inner, count, bytes, position, limit, rest)
    case .choice(let sequences):
      for sequence in sequences {
        if let found = match(sequence, 0, bytes, position, limit, rest) { return found }
      }
      return nil
    case .geneSymbol:
      guard position < limit, ByteClass.isUppercase(bytes[position]) else { return nil }
      var end = position + 1
      var hyphens = 0
      while end < limit, end - position < 16 {
        let byte = bytes[end]
        if ByteClass.isUppercase(byte) || ByteClass.isDigit(byte) {
          end += 1
        } else if byte == UInt8(ascii: "-"), hyphens == 0, end + 1 < limit, ByteClass.isAlphanumeric(bytes[end + 1]) {
          hyphens += 1
          end += 1
        } else {
          break
        }
      }
      guard end - position >= 2 else { return nil }
      return rest(end)
    }
  }

  /// `inner` repeated `count` times, as many as possible first, then `next`.
  private static func repeated(
    _ inner: [Element], _ count: ClosedRange<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int,
    _ limit: Int, _ next: (Int) -> Int?
  ) -> Int? {
    if count.upperBound > 0 {
      let fewer = max(count.lowerBound - 1, 0)...(count.upperBound - 1)
      let found = match(inner, 0, bytes, position, limit) { end in
        end > position ? repeated(inner, fewer, bytes, end, limit, next) : nil
      }
      if let found { return found }
    }
    return count.lowerBound == 0 ? next(position) : nil
  }

  /// A run of `count` bytes that `take` accepts, longest first, then `next`.
  private static func run(
    _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ limit: Int, _ count: ClosedRange<Int>,
    _ take: (UInt8) -> Bool, _ next: (Int) -> Int?
  ) -> Int? {
    var end = position
    while end < limit, end - position < count.upperBound, take(bytes[end]) { end += 1 }
    while end - position >= count.lowerBound {
      if let found = next(end) { return found }
      if end == position { break }
      end -= 1
    }
    return nil
  }

  private static func literal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ limit: Int)
    -> Int?
  {
    var end = position
    for byte in text.utf8 {
      guard end < limit, bytes[end] == byte else { return nil }
      end += 1
    }
    return end
  }

  /// The bytes a match of the shape can start with.
  var firstBytes: Set<UInt8> {
    Self.firstBytes(elements[...])
  }

  private static func firstBytes(_ elements: ArraySlice<Element>) -> Set<UInt8> {
    guard let element = elements.first else { return [] }
    switch element {
    case .literal(let text): return text.utf8.first.map { [$0] } ?? firstBytes(elements.dropFirst())
    case .anyOf(let texts): return Set(texts.compactMap(\.utf8.first))
    case .bytes(let set, _): return Set((0..<128).map(UInt8.init).filter(set.contains))
    case .digits: return Set(UInt8(ascii: "0")...UInt8(ascii: "9"))
    case .optional(let inner): return firstBytes(inner[...]).union(firstBytes(elements.dropFirst()))
    case .repeated(let inner, let count):
      let own = firstBytes(inner[...])
      return count.lowerBound > 0 ? own : own.union(firstBytes(elements.dropFirst()))
    case .choice(let sequences): return sequences.reduce(into: []) { $0.formUnion(firstBytes($1[...])) }
    case .geneSymbol: return Set(UInt8(ascii: "A")...UInt8(ascii: "Z"))
    }
  }
}

/// A set of ASCII bytes, as two bit masks: `set.utf8.contains(byte)` on a `String` was a tenth of matching shapes.
struct ByteSet: Sendable, ExpressibleByStringLiteral {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// The set of a string's ASCII bytes.
  init(_ text: String) {
    for byte in text.utf8 where byte < 128 {
      if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }
  }

  init(stringLiteral text: String) {
    self.init(text)
  }

  /// Whether the set holds a byte.
  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    if byte < 64 { return low >> UInt64(byte) & 1 == 1 }
    if byte < 128 { return high >> UInt64(byte - 64) & 1 == 1 }
    return false
  }
}
