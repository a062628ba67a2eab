import GRDB
import GeneDocs

/// The tables of a ``RecordDatabase`` inside its transaction, with the prepared statements that write them.
package struct RecordTables {
  private let db: Database
  private let insertDocument: RowInsert
  private let insertAlias: RowInsert
  private let insertSection: RowInsert
  private let insertMention: RowInsert
  private let insertDiagnostic: RowInsert
  private let deleteDocument: Statement
  private let selectDiagnostics: Statement

  init(_ db: Database) throws {
    self.db = db
    insertDocument = try RowInsert(
      db,
      sql: """
        INSERT INTO documents (document_id, path, sha256, bytes, converted, symbol, name, metadata, approved_symbol,
          approved_name, hgnc_id, ncbi_gene_id, ensembl_id, pharmgkb_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertAlias = try RowInsert(db, sql: "INSERT INTO aliases (document_id, position, alias) VALUES (?, ?, ?)")
    insertSection = try RowInsert(
      db,
      sql: """
        INSERT INTO sections (document_id, position, section, heading, text, line_start, line_end)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    insertMention = try RowInsert(
      db,
      sql: """
        INSERT INTO mentions (document_id, position, kind, text, id, vocabulary, section, line, "column", supported)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertDiagnostic = try RowInsert(
      db,
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
  package func storedDocuments() throws -> [String: StoredDocument] {
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
  package func meta() throws -> [String: String] {
    var values: [String: String] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { values[row[0]] = row[1] }
    return values
  }

  /// A document's diagnostics, in order; one whose code or severity this gene2json does not know is left out.
  package func diagnostics(of id: Int64) throws -> [Diagnostic] {
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
  package func setMeta(_ values: [String: String]) throws {
    try db.execute(sql: "DELETE FROM meta")
    for key in values.keys.sorted() {
      try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, values[key]])
    }
  }

  /// Writes a converted document (a record, or only its source and diagnostics when it gave none) and returns its
  /// `document_id`. `replacing` is the id of the document it replaces (deleted first; the new one keeps its id); a
  /// path already written without one (the same input twice in a run) is replaced the same way.
  @discardableResult
  package func insert(_ result: ConversionResult, replacing id: Int64? = nil) throws -> Int64 {
    if let id { try delete(document: id) }
    do {
      try insertDocumentRow(result, id: id)
    } catch let error as DatabaseError where id == nil && error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
      guard
        let existing = try Int64.fetchOne(
          db, sql: "SELECT document_id FROM documents WHERE path = ?", arguments: [result.source.path])
      else { throw error }
      try delete(document: existing)
      try insertDocumentRow(result, id: existing)
    }
    let documentID = db.lastInsertedRowID
    try insertItems(of: result, documentID: documentID)
    return documentID
  }

  private func insertDocumentRow(_ result: ConversionResult, id: Int64?) throws {
    let source = result.source
    let record = result.record
    let gene = record?.gene
    let metadata = record.map { record in Self.json { $0.value(.object(record.metadata)) } }
    try insertDocument.run { row in
      row.bind(id)
      row.bind(source.path)
      row.bind(source.sha256)
      row.bind(source.bytes)
      row.bind(record == nil ? 0 : 1)
      row.bind(record?.symbol)
      row.bind(record?.name)
      row.bind(metadata)
      row.bind(gene?.approvedSymbol)
      row.bind(gene?.approvedName)
      row.bind(gene?.hgncID)
      row.bind(gene?.ncbiGeneID)
      row.bind(gene?.ensemblID)
      row.bind(gene?.pharmgkbID)
    }
  }

  private func insertItems(of result: ConversionResult, documentID: Int64) throws {
    if let record = result.record {
      for (position, alias) in record.aliases.enumerated() {
        try insertAlias.run { row in
          row.bind(documentID)
          row.bind(position)
          row.bind(alias)
        }
      }
      for (position, section) in SectionRow.rows(of: result).enumerated() {
        try insertSection.run { row in
          row.bind(documentID)
          row.bind(position)
          row.bind(section.section.rawValue)
          row.bind(section.heading)
          row.bind(section.text)
          row.bind(section.lineStart)
          row.bind(section.lineEnd)
        }
      }
      for (position, mention) in record.mentions.enumerated() {
        try insertMention.run { row in
          row.bind(documentID)
          row.bind(position)
          row.bind(mention.kind.rawValue)
          row.bind(mention.text)
          row.bind(mention.id)
          row.bind(mention.vocabulary)
          row.bind(mention.section.rawValue)
          row.bind(mention.line)
          row.bind(mention.column)
          row.bind(mention.supported)
        }
      }
    }
    for (position, diagnostic) in result.diagnostics.enumerated() {
      try insertDiagnostic.run { row in
        row.bind(documentID)
        row.bind(position)
        row.bind(diagnostic.severity.rawValue)
        row.bind(diagnostic.code.rawValue)
        row.bind(diagnostic.message)
        row.bind(diagnostic.line)
        row.bind(diagnostic.column)
      }
    }
  }

  /// Deletes a document and, through the foreign keys, its aliases, sections, mentions and diagnostics.
  package func delete(document id: Int64) throws {
    try deleteDocument.execute(arguments: [id])
  }

  private static func json(_ body: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter(pretty: false, reservingCapacity: 256)
    body(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}
