/// Turns records into the bytes of one output format. One emitter per format, all behind this protocol; emitters
/// see only records, never the parser.
///
/// Batch conversion splits the work: ``encode(_:)`` is pure and runs on worker threads, while
/// ``StreamFraming/begin()``, ``StreamFraming/separator()`` and ``StreamFraming/end()`` run on the writing thread, in
/// order. Output is `begin() + (separator() + encode(record))… + end()`; ``emit(_:)`` does the middle part for one
/// record.
public protocol RecordEmitter: StreamFraming {
  /// The bytes of one record on its own. Pure: safe to call from any thread, in any order.
  func encode(_ record: GeneRecord) -> [UInt8]
}

extension RecordEmitter {
  /// The bytes of one record in its place: its separator, then its encoding.
  public mutating func emit(_ record: GeneRecord) -> [UInt8] {
    separator() + encode(record)
  }
}
