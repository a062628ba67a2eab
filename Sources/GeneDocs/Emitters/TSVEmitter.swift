/// Tab-separated values: a header row of column names, then one row a record; fields separated by a tab, rows ended
/// by LF. Inside a field a tab, LF, CR and backslash are written `\t`, `\n`, `\r` and `\\` (no other escapes), so
/// every row is one line; a reader splits on tabs and then turns those four pairs back. A null value is an empty
/// field.
public struct TSVEmitter: RecordEmitter {
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

  private let rows = DelimitedRows.tsv

  private func row(_ fields: [String?]) -> [UInt8] {
    rows.row(fields)
  }

  /// Appends one field with tab, LF, CR and backslash escaped.
  static func appendField(_ field: String, to bytes: inout [UInt8]) {
    for byte in field.utf8 {
      switch byte {
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      default: bytes.append(byte)
      }
    }
  }
}
