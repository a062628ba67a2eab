/// CSV as RFC 4180 describes it: a header row of column names, then one row a record; fields separated by `,`,
/// rows ended by CRLF; a field holding `,`, `"`, CR or LF is quoted, with `"` doubled inside. Text is UTF-8 with no
/// byte-order mark; newlines inside a field are kept as they are. A null value is an empty field.
public struct CSVEmitter: RecordEmitter {
  /// The columns, in order.
  public let columns: [RecordColumn]

  /// Creates an emitter for the columns given (by default SPEC §3's).
  public init(columns: [RecordColumn] = RecordColumn.defaults) {
    self.columns = columns
  }

  /// The header row.
  public mutating func begin() -> [UInt8] {
    row(columns.map(\.rawValue))
  }

  /// The record as one row.
  public func encode(_ record: GeneRecord) -> [UInt8] {
    row(columns.map { $0.text(of: record) })
  }

  /// Closes the output.
  public mutating func end() -> [UInt8] { [] }

  // MARK: - Fields

  private let rows = DelimitedRows.csv

  private func row(_ fields: [String?]) -> [UInt8] {
    rows.row(fields)
  }

  /// Appends one field, quoted when it holds `,`, `"`, CR or LF.
  static func appendField(_ field: String, to bytes: inout [UInt8]) {
    let utf8 = field.utf8
    let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
    guard needsQuotes else { return bytes.append(contentsOf: utf8) }
    bytes.append(UInt8(ascii: "\""))
    for byte in utf8 {
      bytes.append(byte)
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
