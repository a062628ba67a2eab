/// Writes rows of fields with a separator and a row end, each field through a format's escaping; shared by
/// ``CSVEmitter`` and ``TSVEmitter``, which differ only in those three things.
struct DelimitedRows: Sendable {
  /// The byte between fields.
  let separator: UInt8
  /// The bytes after each row.
  let rowEnd: [UInt8]
  /// Appends one non-null field, escaped for the format.
  let appendField: @Sendable (String, inout [UInt8]) -> Void

  /// One row; a null field is empty.
  func row(_ fields: [String?]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(separator) }
      if let field { appendField(field, &bytes) }
    }
    bytes.append(contentsOf: rowEnd)
    return bytes
  }
}

extension DelimitedRows {
  /// RFC 4180 CSV: `,` between fields, CRLF after each row, fields quoted as ``CSVEmitter`` says.
  static let csv = DelimitedRows(
    separator: UInt8(ascii: ","), rowEnd: [0x0D, 0x0A], appendField: CSVEmitter.appendField)
  /// TSV: a tab between fields, LF after each row, escapes as ``TSVEmitter`` says.
  static let tsv = DelimitedRows(separator: 0x09, rowEnd: [0x0A], appendField: TSVEmitter.appendField)
}
