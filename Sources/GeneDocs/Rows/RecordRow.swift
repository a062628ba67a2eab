/// A flat row made from a record (``SectionRow``, ``MentionRow``): fixed columns whose types do not change with the
/// data, for tables, data frames and databases. ``RowEmitter`` writes rows as JSON, JSON Lines, CSV or TSV.
public protocol RecordRow: Sendable {
  /// The column names in order: the JSON keys and the CSV/TSV header.
  static var columns: [String] { get }
  /// The values, one a column, in column order.
  var values: [RowValue] { get }
}

extension RecordRow {
  /// The indexes of the columns a comma-separated list names (`symbol, text`), in its order.
  public static func columnIndexes(list: String) throws(UnknownColumnError) -> [Int] {
    var indexes: [Int] = []
    for name in RecordColumn.names(inList: list) {
      guard let index = columns.firstIndex(of: name) else { throw UnknownColumnError(name: name, known: columns) }
      indexes.append(index)
    }
    return indexes
  }
}
