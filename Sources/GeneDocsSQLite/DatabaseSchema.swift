import GeneDocs

/// The tables of a gene2json database (SPEC §8), as SQL: `gene2json schema --sql` prints ``sql``.
///
/// - `documents`: one row an input read (`converted` 0 when it was turned away before parsing, GD303, and gave no
///   record): path, SHA-256 and size, symbol and name, front-matter metadata as JSON text, and the `gene`
///   identifiers (all null when the record's `gene` is null).
/// - `aliases`, `sections`, `mentions`, `diagnostics`: a document's list items, keyed by document and position.
///   `sections` holds every section of the record (the three fields and `other_sections`), as `--records section`.
/// - `meta`: the schema version, the version of gene2json, and the options the records were made with.
/// - The views `section_rows` and `mention_rows` have the columns of `--records section` and `--records mention`.
package enum DatabaseSchema {
  /// The schema version, in `meta` and in `PRAGMA user_version`; a database of another version is never altered.
  package static let version = 1
  /// `PRAGMA application_id`: "g2js".
  package static let applicationID: Int32 = 0x6732_6A73

  /// The statements that create the tables.
  static let tables = [
    """
    CREATE TABLE meta (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE documents (
      document_id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      sha256 TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      converted INTEGER NOT NULL CHECK (converted = 0 OR converted = 1),
      symbol TEXT,
      name TEXT,
      metadata TEXT,
      approved_symbol TEXT,
      approved_name TEXT,
      hgnc_id TEXT,
      ncbi_gene_id TEXT,
      ensembl_id TEXT,
      pharmgkb_id TEXT
    )
    """,
    """
    CREATE TABLE aliases (
      document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      alias TEXT NOT NULL,
      PRIMARY KEY (document_id, position)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE sections (
      document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      section TEXT NOT NULL CHECK \(oneOf("section", Mention.Section.allCases.map(\.rawValue))),
      heading TEXT,
      text TEXT NOT NULL,
      line_start INTEGER NOT NULL,
      line_end INTEGER NOT NULL,
      PRIMARY KEY (document_id, position)
    )
    """,
    """
    CREATE TABLE mentions (
      document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK \(oneOf("kind", Mention.Kind.allCases.map(\.rawValue))),
      text TEXT NOT NULL,
      id TEXT,
      vocabulary TEXT,
      section TEXT NOT NULL CHECK \(oneOf("section", Mention.Section.allCases.map(\.rawValue))),
      line INTEGER NOT NULL,
      "column" INTEGER NOT NULL,
      supported INTEGER CHECK (supported = 0 OR supported = 1),
      PRIMARY KEY (document_id, position)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE diagnostics (
      document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      severity TEXT NOT NULL CHECK (severity = 'error' OR severity = 'warning'),
      code TEXT NOT NULL,
      message TEXT NOT NULL,
      line INTEGER NOT NULL,
      "column" INTEGER NOT NULL,
      PRIMARY KEY (document_id, position)
    ) WITHOUT ROWID
    """,
  ]

  /// `(column = 'a' OR column = 'b' …)`. Not `column IN ('a', 'b', …)`: SQLite builds an ephemeral table for such
  /// a list each time it checks a row, which made the CHECK constraints of `mentions` and `sections` 0.55 s and
  /// 0.6 s of a 50,000-document build (88,000 and 150,000 rows; an OR chain costs nothing measurable).
  private static func oneOf(_ column: String, _ values: [String]) -> String {
    "(" + values.map { "\(column) = '\($0)'" }.joined(separator: " OR ") + ")"
  }

  /// The indexes for joins and look-ups: symbols, gene ids, aliases, mention ids, diagnostic codes. A new database
  /// gets them after its rows (one sort each instead of an update a row).
  static let indexes = [
    "CREATE INDEX documents_symbol ON documents (symbol)",
    "CREATE INDEX documents_approved_symbol ON documents (approved_symbol)",
    "CREATE INDEX documents_hgnc_id ON documents (hgnc_id)",
    "CREATE INDEX documents_ncbi_gene_id ON documents (ncbi_gene_id)",
    "CREATE INDEX documents_ensembl_id ON documents (ensembl_id)",
    "CREATE INDEX documents_pharmgkb_id ON documents (pharmgkb_id)",
    "CREATE INDEX aliases_alias ON aliases (alias)",
    "CREATE INDEX mentions_id ON mentions (id)",
    "CREATE INDEX diagnostics_code ON diagnostics (code)",
  ]

  /// The views with the columns of `--records section` and `--records mention`, in the same order.
  static let views = [
    """
    CREATE VIEW section_rows AS
    SELECT d.symbol, d.approved_symbol, d.hgnc_id, d.ncbi_gene_id, d.ensembl_id, d.pharmgkb_id,
      s.section, s.heading, s.text, s.line_start, s.line_end, d.path AS source_path, d.sha256 AS source_sha256
    FROM sections AS s JOIN documents AS d ON d.document_id = s.document_id
    ORDER BY s.document_id, s.position
    """,
    """
    CREATE VIEW mention_rows AS
    SELECT d.symbol, m.kind, m.text, m.id, m.vocabulary, m.section, m.line, m."column", m.supported,
      d.path AS source_path, d.sha256 AS source_sha256
    FROM mentions AS m JOIN documents AS d ON d.document_id = m.document_id
    ORDER BY m.document_id, m.position
    """,
  ]

  /// The whole schema as an SQL script: the pragmas, tables, indexes and views, each statement ended by `;`.
  package static var sql: String {
    let pragmas = ["PRAGMA application_id = \(applicationID)", "PRAGMA user_version = \(version)"]
    return (pragmas + tables + indexes + views).map { $0 + ";\n" }.joined()
  }
}
