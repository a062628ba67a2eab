/// Up to eight token indices held inline: what a pattern captures as aliases. A pattern's captures are copied at
/// every optional part it tries; as an array they were retained and released at each copy.
struct TokenList: Sequence {
  static let capacity = 8
  private var slots: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0, 0, 0, 0)
  private(set) var count = 0

  var isEmpty: Bool { count == 0 }
  var first: Int? { element(0) }

  /// Adds an index; past ``capacity`` it is not kept (no sentence names that many other symbols at once).
  mutating func append(_ index: Int) {
    // Token indices fit in 16 bits: a text is at most ``IdentityTextStorage/window`` bytes.
    guard count >= 0, count < Self.capacity, let value = UInt16(exactly: index) else { return }
    let offset = count * MemoryLayout<UInt16>.stride
    withUnsafeMutableBytes(of: &slots) { $0.storeBytes(of: value, toByteOffset: offset, as: UInt16.self) }
    count += 1
  }

  mutating func append(contentsOf other: TokenList) {
    for index in other { append(index) }
  }

  /// The index at `position`, or nil past the end.
  func element(_ position: Int) -> Int? {
    guard position >= 0, position < count else { return nil }
    return Int(
      withUnsafeBytes(of: slots) { $0.load(fromByteOffset: position * MemoryLayout<UInt16>.stride, as: UInt16.self) })
  }

  struct Iterator: IteratorProtocol {
    let list: TokenList
    var position = 0

    mutating func next() -> Int? {
      defer { position += 1 }
      return list.element(position)
    }
  }

  func makeIterator() -> Iterator { Iterator(list: self) }
}
