import GRDB
import GeneDocs

/// The tables of a ``RecordDatabase`` inside its transaction, with the prepared statements that write them.
public struct RecordTables {
  private let db: Database
  private let insertDocument: Statement
  private let insertAlias: Statement
  private let insertSection: Statement
  private let insertMention: Statement
  private let insertDiagnostic: Statement
  private let deleteDocument: Statement
  private let selectDiagnostics: Statement

  init(_ db: Database) throws {
    self.db = db
    insertDocument = try db.makeStatement(
      sql: """
        INSERT INTO documents (document_id, path, sha256, bytes, converted, symbol, name, metadata, approved_symbol,
          approved_name, hgnc_id, ncbi_gene_id, ensembl_id, pharmgkb_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertAlias = try db.makeStatement(sql: "INSERT INTO aliases (document_id, position, alias) VALUES (?, ?, ?)")
    insertSection = try db.makeStatement(
      sql: """
        INSERT INTO sections (document_id, position, section, heading, text, line_start, line_end)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    insertMention = try db.makeStatement(
      sql: """
        INSERT INTO mentions (document_id, position, kind, text, id, vocabulary, section, line, "column", supported)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertDiagnostic = try db.makeStatement(
      sql: """
        INSERT INTO diagnostics (document_id, position, severity, code, message, line, "column")
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    deleteDocument = try db.makeStatement(sql: "DELETE FROM documents WHERE document_id = ?")
    selectDiagnostics = try db.makeStatement(
      sql: """
        SELECT severity, code, message, line, "column" FROM diagnostics WHERE document_id = ? ORDER BY position
        """)
  }

  // MARK: - Reading

  /// Every document the database holds, by path.
  public func storedDocuments() throws -> [String: StoredDocument] {
    var stored: [String: StoredDocument] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT d.path, d.document_id, d.sha256,
          (SELECT count(*) FROM diagnostics AS g WHERE g.document_id = d.document_id)
        FROM documents AS d
        """)
    while let row = try rows.next() {
      stored[row[0]] = StoredDocument(id: row[1], sha256: row[2], diagnosticCount: row[3])
    }
    return stored
  }

  /// The `meta` table's keys and values.
  public func meta() throws -> [String: String] {
    var values: [String: String] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { values[row[0]] = row[1] }
    return values
  }

  /// A document's diagnostics, in order; one whose code or severity this gene2json does not know is left out.
  public func diagnostics(of id: Int64) throws -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let rows = try Row.fetchCursor(selectDiagnostics, arguments: [id])
    while let row = try rows.next() {
      guard let severity = Severity(rawValue: row[0]), let code = DiagnosticCode(rawValue: row[1]) else { continue }
      diagnostics.append(
        Diagnostic(code, row[2], at: SourceLocation(line: row[3], column: row[4]), severity: severity))
    }
    return diagnostics
  }

  // MARK: - Writing

  /// Writes the `meta` table: these keys and values, replacing what was there.
  public func setMeta(_ values: [String: String]) throws {
    try db.execute(sql: "DELETE FROM meta")
    for key in values.keys.sorted() {
      try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, values[key]])
    }
  }

  /// Writes a converted document (a record, or only its source and diagnostics when it gave none) and returns its
  /// `document_id`: `id` when given (a document replaced keeps its id), else a new one.
  @discardableResult
  public func insert(_ result: ConversionResult, id: Int64? = nil) throws -> Int64 {
    let source = result.source
    let record = result.record
    let gene = record?.gene
    try insertDocument.execute(arguments: [
      id, source.path, source.sha256, source.bytes, record == nil ? 0 : 1, record?.symbol, record?.name,
      record.map { record in Self.json { $0.value(.object(record.metadata)) } }, gene?.approvedSymbol,
      gene?.approvedName, gene?.hgncID, gene?.ncbiGeneID, gene?.ensemblID, gene?.pharmgkbID,
    ])
    let documentID = db.lastInsertedRowID
    if let record {
      for (position, alias) in record.aliases.enumerated() {
        try insertAlias.execute(arguments: [documentID, position, alias])
      }
      for (position, row) in SectionRow.rows(of: result).enumerated() {
        try insertSection.execute(arguments: [
          documentID, position, row.section.rawValue, row.heading, row.text, row.lineStart, row.lineEnd,
        ])
      }
      for (position, mention) in record.mentions.enumerated() {
        try insertMention.execute(arguments: [
          documentID, position, mention.kind.rawValue, mention.text, mention.id, mention.vocabulary,
          mention.section.rawValue, mention.line, mention.column, mention.supported,
        ])
      }
    }
    for (position, diagnostic) in result.diagnostics.enumerated() {
      try insertDiagnostic.execute(arguments: [
        documentID, position, diagnostic.severity.rawValue, diagnostic.code.rawValue, diagnostic.message,
        diagnostic.line, diagnostic.column,
      ])
    }
    return documentID
  }

  /// Deletes a document and, through the foreign keys, its aliases, sections, mentions and diagnostics.
  public func delete(document id: Int64) throws {
    try deleteDocument.execute(arguments: [id])
  }

  private static func json(_ body: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter(pretty: false, reservingCapacity: 256)
    body(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}
