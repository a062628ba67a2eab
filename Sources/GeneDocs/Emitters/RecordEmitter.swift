/// Turns records into the bytes of one output format. One emitter per format, all behind this protocol; emitters
/// see only records, never the parser.
public protocol RecordEmitter {
  /// The bytes that open the output, before any record.
  mutating func begin() -> [UInt8]
  /// The bytes of one record.
  mutating func emit(_ record: GeneRecord) -> [UInt8]
  /// The bytes that close the output.
  mutating func end() -> [UInt8]
}
