/// Turns records into the bytes of one output format. One emitter per format, all behind this protocol; emitters
/// see only records, never the parser.
///
/// Batch conversion splits the work: ``encode(_:)`` is pure and runs on worker threads, while ``begin()``,
/// ``separator()`` and ``end()`` run on the writing thread, in order. Output is
/// `begin() + (separator() + encode(record))… + end()`; ``emit(_:)`` does the middle part for one record.
public protocol RecordEmitter: Sendable {
  /// The bytes that open the output, before any record (a header row, an array's bracket).
  mutating func begin() -> [UInt8]
  /// The bytes of one record on its own. Pure: safe to call from any thread, in any order.
  func encode(_ record: GeneRecord) -> [UInt8]
  /// The bytes that go before the next record's encoding (between array elements, say); called once a record,
  /// in order.
  mutating func separator() -> [UInt8]
  /// The bytes that close the output.
  mutating func end() -> [UInt8]
}

extension RecordEmitter {
  /// Emitters whose records simply follow one another have no separator.
  public mutating func separator() -> [UInt8] { [] }

  /// The bytes of one record in its place: its separator, then its encoding.
  public mutating func emit(_ record: GeneRecord) -> [UInt8] {
    separator() + encode(record)
  }
}
