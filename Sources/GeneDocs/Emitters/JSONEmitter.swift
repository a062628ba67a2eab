/// Pretty JSON: one object for a single document, or an array of objects.
public struct JSONEmitter: RecordEmitter {
  private let asArray: Bool
  private var count = 0

  /// Creates an emitter; `asArray` writes an array (several inputs), otherwise the one record as an object.
  public init(asArray: Bool) {
    self.asArray = asArray
  }

  /// Opens the output.
  public mutating func begin() -> [UInt8] {
    asArray ? [UInt8(ascii: "[")] : []
  }

  /// The record as pretty JSON (indented as an array element when writing an array).
  public func encode(_ record: GeneRecord) -> [UInt8] {
    guard asArray else { return record.jsonBytes(pretty: true) + [UInt8(ascii: "\n")] }
    var writer = JSONWriter(pretty: true, indentLevel: 1)
    record.write(to: &writer)
    return writer.bytes
  }

  /// `,` and a newline between array elements.
  public mutating func separator() -> [UInt8] {
    defer { count += 1 }
    guard asArray else { return [] }
    return Array((count == 0 ? "\n  " : ",\n  ").utf8)
  }

  /// Closes the output.
  public mutating func end() -> [UInt8] {
    guard asArray else { return [] }
    return Array((count == 0 ? "]\n" : "\n]\n").utf8)
  }
}
