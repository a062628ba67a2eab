/// JSON Lines: each record as one compact JSON object on its own line (`\n`-terminated, no other white space).
public struct JSONLinesEmitter: RecordEmitter {
  /// Creates an emitter.
  public init() {}

  /// Opens the output.
  public mutating func begin() -> [UInt8] { [] }

  /// The record as one compact JSON object and a newline.
  public func encode(_ record: GeneRecord) -> [UInt8] {
    var writer = JSONWriter(pretty: false)
    record.write(to: &writer)
    return writer.takeBytes(appending: UInt8(ascii: "\n"))
  }

  /// Closes the output.
  public mutating func end() -> [UInt8] { [] }
}
