PRAGMA application_id = 1731357299;
PRAGMA user_version = 1;
CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;
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
);
CREATE TABLE aliases (
  document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE TABLE sections (
  document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  section TEXT NOT NULL CHECK (section = 'summary' OR section = 'associations' OR section = 'pharmacogenetics' OR section = 'other'),
  heading TEXT,
  text TEXT NOT NULL,
  line_start INTEGER NOT NULL,
  line_end INTEGER NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE TABLE mentions (
  document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'drug' OR kind = 'drug_class' OR kind = 'metabolite' OR kind = 'disease' OR kind = 'variant' OR kind = 'gene'),
  text TEXT NOT NULL,
  id TEXT,
  vocabulary TEXT,
  section TEXT NOT NULL CHECK (section = 'summary' OR section = 'associations' OR section = 'pharmacogenetics' OR section = 'other'),
  line INTEGER NOT NULL,
  "column" INTEGER NOT NULL,
  supported INTEGER CHECK (supported = 0 OR supported = 1),
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE TABLE diagnostics (
  document_id INTEGER NOT NULL REFERENCES documents (document_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  severity TEXT NOT NULL CHECK (severity = 'error' OR severity = 'warning'),
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  line INTEGER NOT NULL,
  "column" INTEGER NOT NULL,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE INDEX documents_symbol ON documents (symbol);
CREATE INDEX documents_approved_symbol ON documents (approved_symbol);
CREATE INDEX documents_hgnc_id ON documents (hgnc_id);
CREATE INDEX documents_ncbi_gene_id ON documents (ncbi_gene_id);
CREATE INDEX documents_ensembl_id ON documents (ensembl_id);
CREATE INDEX documents_pharmgkb_id ON documents (pharmgkb_id);
CREATE INDEX aliases_alias ON aliases (alias);
CREATE INDEX mentions_id ON mentions (id);
CREATE INDEX diagnostics_code ON diagnostics (code);
CREATE VIEW section_rows AS
SELECT d.symbol, d.approved_symbol, d.hgnc_id, d.ncbi_gene_id, d.ensembl_id, d.pharmgkb_id,
  s.section, s.heading, s.text, s.line_start, s.line_end, d.path AS source_path, d.sha256 AS source_sha256
FROM sections AS s JOIN documents AS d ON d.document_id = s.document_id
ORDER BY s.document_id, s.position;
CREATE VIEW mention_rows AS
SELECT d.symbol, m.kind, m.text, m.id, m.vocabulary, m.section, m.line, m."column", m.supported,
  d.path AS source_path, d.sha256 AS source_sha256
FROM mentions AS m JOIN documents AS d ON d.document_id = m.document_id
ORDER BY m.document_id, m.position;
