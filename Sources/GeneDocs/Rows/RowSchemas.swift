/// The JSON Schemas (draft 2020-12) of ``SectionRow`` and ``MentionRow`` in JSON; `Schemas/section-row.schema.json`
/// and `Schemas/mention-row.schema.json` hold the same texts, and a test keeps them identical.
enum RowSchemas {
  /// One section row.
  static let section = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://gene2json.dev/schemas/section-row.schema.json",
      "title": "SectionRow",
      "description": "One section of a gene-summary document, for embedding and retrieval pipelines (gene2json --records section; SPEC section 8). A record gives one row for each section field that is not null and one for each entry of other_sections, in document order.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "symbol",
        "approved_symbol",
        "hgnc_id",
        "ncbi_gene_id",
        "ensembl_id",
        "pharmgkb_id",
        "section",
        "heading",
        "text",
        "line_start",
        "line_end",
        "source_path",
        "source_sha256"
      ],
      "properties": {
        "symbol": {
          "description": "The document's gene symbol (the record's symbol).",
          "type": ["string", "null"],
          "minLength": 1
        },
        "approved_symbol": { "description": "The record's gene.approved_symbol.", "type": ["string", "null"], "minLength": 1 },
        "hgnc_id": { "description": "The record's gene.hgnc_id.", "type": ["string", "null"], "minLength": 1 },
        "ncbi_gene_id": { "description": "The record's gene.ncbi_gene_id.", "type": ["string", "null"], "minLength": 1 },
        "ensembl_id": { "description": "The record's gene.ensembl_id.", "type": ["string", "null"], "minLength": 1 },
        "pharmgkb_id": { "description": "The record's gene.pharmgkb_id.", "type": ["string", "null"], "minLength": 1 },
        "section": {
          "description": "The part of the record the section fills: one of the three fields (its first section), or other (other_sections).",
          "enum": ["summary", "associations", "pharmacogenetics", "other"]
        },
        "heading": {
          "description": "The heading's plain text as the document writes it; null for text before the first heading.",
          "type": ["string", "null"]
        },
        "text": {
          "description": "The section's text as in the record: plain text, or with --markdown its Markdown source.",
          "type": "string"
        },
        "line_start": { "description": "The heading's line (1-based), or the first line of text before the first heading.", "type": "integer", "minimum": 1 },
        "line_end": { "description": "The last line of the section's last block.", "type": "integer", "minimum": 1 },
        "source_path": { "description": "The record's source.path.", "type": "string", "minLength": 1 },
        "source_sha256": { "description": "The record's source.sha256.", "type": "string", "pattern": "^[0-9a-f]{64}$" }
      }
    }
    """#

  /// One mention row.
  static let mention = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://gene2json.dev/schemas/mention-row.schema.json",
      "title": "MentionRow",
      "description": "One mention of a gene-summary document with the document's symbol and source, for joins (gene2json --records mention; SPEC sections 7 and 8). A record gives one row a mention, in document order.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "symbol",
        "kind",
        "text",
        "id",
        "vocabulary",
        "section",
        "line",
        "column",
        "supported",
        "source_path",
        "source_sha256"
      ],
      "properties": {
        "symbol": {
          "description": "The document's gene symbol (the record's symbol).",
          "type": ["string", "null"],
          "minLength": 1
        },
        "kind": { "enum": ["drug", "drug_class", "metabolite", "disease", "variant", "gene"] },
        "text": { "description": "The span exactly as written.", "type": "string", "minLength": 1 },
        "id": { "description": "The vocabulary's accession; an rsID is its own id; null for other variants.", "type": ["string", "null"] },
        "vocabulary": { "description": "The file name of the vocabulary or gene table; null for variants.", "type": ["string", "null"] },
        "section": { "enum": ["summary", "associations", "pharmacogenetics", "other"] },
        "line": { "type": "integer", "minimum": 1 },
        "column": { "description": "1-based, in UTF-8 bytes of the input.", "type": "integer", "minimum": 1 },
        "supported": {
          "description": "Drugs, with --annotations: whether PharmGKB's clinical annotations pair this drug with the gene; null otherwise.",
          "type": ["boolean", "null"]
        },
        "source_path": { "description": "The record's source.path.", "type": "string", "minLength": 1 },
        "source_sha256": { "description": "The record's source.sha256.", "type": "string", "pattern": "^[0-9a-f]{64}$" }
      }
    }
    """#
}
