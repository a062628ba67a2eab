/// What a text output has around its items, written on the writing thread in order: what opens it, what goes
/// before each item, and what closes it. Output is `begin() + (separator() + item)… + end()`.
public protocol StreamFraming: Sendable {
  /// The bytes that open the output, before any item (a header row, an array's bracket).
  mutating func begin() -> [UInt8]
  /// The bytes that go before the next item (between array elements, say); called once an item, in order.
  mutating func separator() -> [UInt8]
  /// The bytes that close the output.
  mutating func end() -> [UInt8]
}

extension StreamFraming {
  /// Outputs whose items simply follow one another have no separator.
  public mutating func separator() -> [UInt8] { [] }
}
