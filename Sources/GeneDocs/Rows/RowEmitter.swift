/// Writes ``RecordRow``s in a text format, with each format's own dialect: `json` an array of objects (always an
/// array, whatever the number of documents), `jsonl` one compact object a line, `csv` and `tsv` a header row of the
/// chosen columns and one row a row, escaped as ``CSVEmitter`` and ``TSVEmitter`` do.
///
/// As with ``RecordEmitter``: ``encode(_:)`` is pure and runs on worker threads (one document's rows at a time);
/// ``begin()``, ``separator()`` (once for each document that has rows) and ``end()`` run in order on the writing
/// thread.
public struct RowEmitter<Row: RecordRow>: StreamFraming {
  /// The format written.
  public let format: OutputFormat
  /// The indexes (into `Row.columns`) of the columns written, in order; every column for JSON.
  public let columns: [Int]
  private var arrayFraming = JSONEmitter(asArray: true)

  /// Creates an emitter; `columns` (indexes into `Row.columns`, for CSV and TSV) defaults to all of them.
  public init(format: OutputFormat, columns: [Int]? = nil) {
    self.format = format
    self.columns = format.hasColumns ? columns ?? Array(Row.columns.indices) : Array(Row.columns.indices)
  }

  /// What opens the output: `[` for JSON, the header row for CSV and TSV.
  public mutating func begin() -> [UInt8] {
    switch format {
    case .json: return arrayFraming.begin()
    case .jsonl: return []
    case .csv: return DelimitedRows.csv.row(columns.map { Row.columns[$0] })
    case .tsv: return DelimitedRows.tsv.row(columns.map { Row.columns[$0] })
    }
  }

  /// One document's rows, one after another (for JSON, separated as array elements).
  public func encode(_ rows: [Row]) -> [UInt8] {
    switch format {
    case .json:
      var writer = JSONWriter(pretty: true, indentLevel: 1)
      for row in rows { write(row, to: &writer) }
      return writer.takeBytes()
    case .jsonl:
      var bytes: [UInt8] = []
      for row in rows {
        var writer = JSONWriter(pretty: false, reservingCapacity: 512)
        write(row, to: &writer)
        bytes += writer.takeBytes(appending: UInt8(ascii: "\n"))
      }
      return bytes
    case .csv: return delimited(rows, DelimitedRows.csv)
    case .tsv: return delimited(rows, DelimitedRows.tsv)
    }
  }

  /// What goes before a document's rows: for JSON, what separates array elements.
  public mutating func separator() -> [UInt8] {
    format == .json ? arrayFraming.separator() : []
  }

  /// What closes the output.
  public mutating func end() -> [UInt8] {
    format == .json ? arrayFraming.end() : []
  }

  private func write(_ row: Row, to writer: inout JSONWriter) {
    let values = row.values
    writer.beginObject()
    for index in columns {
      let key = Row.columns[index]
      switch values[index] {
      case .null: writer.value(.null, key: key)
      case .string(let text): writer.string(text, key: key)
      case .int(let number): writer.int(number, key: key)
      case .bool(let flag): writer.value(.bool(flag), key: key)
      }
    }
    writer.endObject()
  }

  private func delimited(_ rows: [Row], _ dialect: DelimitedRows) -> [UInt8] {
    var bytes: [UInt8] = []
    for row in rows {
      let values = row.values
      bytes += dialect.row(columns.map { values[$0].text })
    }
    return bytes
  }
}
