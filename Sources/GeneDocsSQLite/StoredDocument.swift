/// What a database holds about one document, for `--update`: its row, the SHA-256 it was converted from, and how
/// many diagnostics it has (they are read back only when there are some).
package struct StoredDocument: Sendable, Equatable {
  /// The `documents.document_id`.
  package let id: Int64
  /// Lower-case hex SHA-256 of the bytes it was converted from.
  package let sha256: String
  /// The number of its `diagnostics` rows.
  package let diagnosticCount: Int

  /// Creates a value.
  package init(id: Int64, sha256: String, diagnosticCount: Int) {
    self.id = id
    self.sha256 = sha256
    self.diagnosticCount = diagnosticCount
  }
}
