/// Reads CSV (RFC 4180) and TSV (SPEC §3's escaping) back strictly, to check that every row has as many fields as
/// the header.
package enum DelimitedTableCheck {
  /// The two delimited formats of SPEC §3.
  package enum Dialect: Sendable {
    /// RFC 4180: `,` between fields, CRLF after each row, fields with `,` `"` CR or LF quoted, `"` doubled inside.
    case csv
    /// A tab between fields, LF after each row; inside a field only `\t` `\n` `\r` `\\` escapes, no raw CR.
    case tsv
  }

  /// The number of fields in each row (the header first). Throws when the text is not well-formed in the dialect.
  package static func rowWidths(_ bytes: [UInt8], dialect: Dialect) throws(InvariantViolation) -> [Int] {
    switch dialect {
    case .csv: return try csvRowWidths(bytes)
    case .tsv: return try tsvRowWidths(bytes)
    }
  }

  /// Checks that the text is well-formed, has a header row, and that every row is as wide as the header.
  package static func checkRectangular(_ bytes: [UInt8], dialect: Dialect) throws(InvariantViolation) {
    let widths = try rowWidths(bytes, dialect: dialect)
    guard let header = widths.first else { throw InvariantViolation("\(dialect): no header row") }
    if let row = widths.firstIndex(where: { $0 != header }) {
      throw InvariantViolation("\(dialect): row \(row + 1) has \(widths[row]) fields, the header \(header)")
    }
  }

  // MARK: - CSV

  private static func csvRowWidths(_ bytes: [UInt8]) throws(InvariantViolation) -> [Int] {
    var widths: [Int] = []
    var fields = 1
    var index = 0
    let quote = UInt8(ascii: "\"")
    while index < bytes.count {
      // One field, starting at `index`.
      if bytes[index] == quote {
        index += 1
        while true {
          guard index < bytes.count else { throw InvariantViolation("csv: unterminated quoted field") }
          if bytes[index] == quote {
            if index + 1 < bytes.count && bytes[index + 1] == quote {
              index += 2
              continue
            }
            index += 1
            break
          }
          index += 1
        }
      } else {
        while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0D, bytes[index] != 0x0A {
          if bytes[index] == quote { throw InvariantViolation("csv: '\"' inside an unquoted field at byte \(index)") }
          index += 1
        }
      }
      // What ends the field: a comma, CRLF, or the end of the text.
      guard index < bytes.count else { throw InvariantViolation("csv: the last row has no CRLF") }
      switch bytes[index] {
      case UInt8(ascii: ","):
        fields += 1
        index += 1
      case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A:
        widths.append(fields)
        fields = 1
        index += 2
      default:
        throw InvariantViolation("csv: unquoted CR or LF, or text after a quoted field, at byte \(index)")
      }
    }
    return widths
  }

  // MARK: - TSV

  private static func tsvRowWidths(_ bytes: [UInt8]) throws(InvariantViolation) -> [Int] {
    guard bytes.isEmpty || bytes.last == 0x0A else { throw InvariantViolation("tsv: the last row has no LF") }
    var widths: [Int] = []
    var fields = 1
    var index = 0
    while index < bytes.count {
      switch bytes[index] {
      case 0x09:
        fields += 1
      case 0x0A:
        widths.append(fields)
        fields = 1
      case 0x0D:
        throw InvariantViolation("tsv: raw CR at byte \(index)")
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count,
          [UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "\\")]
            .contains(bytes[index])
        else { throw InvariantViolation("tsv: backslash not followed by t, n, r or \\ at byte \(index - 1)") }
      default:
        break
      }
      index += 1
    }
    return widths
  }
}
