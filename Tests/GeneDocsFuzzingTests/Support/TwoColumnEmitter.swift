import GeneDocs

/// A minimal CSV emitter (symbol and path), to test the delimited-output check before the real emitters land;
/// `ragged` writes a third field in record rows. It has both `encode` and `emit`, so it fits `RecordEmitter` as it
/// is now and as the batch branch changes it.
struct TwoColumnEmitter: RecordEmitter {
  let ragged: Bool

  mutating func begin() -> [UInt8] { Array("symbol,source_path\r\n".utf8) }

  func encode(_ record: GeneRecord) -> [UInt8] {
    Array("\(record.symbol ?? ""),\(record.source.path)\(ragged ? ",extra" : "")\r\n".utf8)
  }

  mutating func emit(_ record: GeneRecord) -> [UInt8] { encode(record) }

  mutating func end() -> [UInt8] { [] }
}
