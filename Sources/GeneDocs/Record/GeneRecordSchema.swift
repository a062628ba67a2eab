/// The JSON Schema (draft 2020-12) of ``GeneRecord``'s JSON form; `Schemas/gene-record.schema.json` holds the same
/// text, and a test keeps the two identical.
public enum GeneRecordSchema {
  /// The schema's text.
  public static let json = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://gene2json.dev/schemas/gene-record.schema.json",
      "title": "GeneRecord",
      "description": "What one gene-summary Markdown document says, as data (gene2json SPEC section 2).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "symbol",
        "name",
        "aliases",
        "summary",
        "associations",
        "pharmacogenetics",
        "other_sections",
        "metadata",
        "gene",
        "mentions",
        "source",
        "diagnostics"
      ],
      "properties": {
        "symbol": {
          "description": "The official gene symbol the document is about; null only when none can be found (then a GD201 error).",
          "type": ["string", "null"],
          "minLength": 1
        },
        "name": {
          "description": "The full gene name as the document states it, without surrounding quotes or markup.",
          "type": ["string", "null"],
          "minLength": 1
        },
        "aliases": {
          "description": "Other symbols or names the document gives.",
          "type": "array",
          "items": { "type": "string", "minLength": 1 }
        },
        "summary": {
          "description": "Plain text (or, with --markdown, Markdown source) of the Gene Summary section.",
          "type": ["string", "null"]
        },
        "associations": {
          "description": "Plain text (or Markdown source) of the Gene Drugs, Diseases, Phenotypes, and Pathways section.",
          "type": ["string", "null"]
        },
        "pharmacogenetics": {
          "description": "Plain text (or Markdown source) of the Pharmacogenetics section.",
          "type": ["string", "null"]
        },
        "other_sections": {
          "description": "Every other section in document order; text before the first heading has heading null.",
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["heading", "text"],
            "properties": {
              "heading": { "type": ["string", "null"] },
              "text": { "type": "string" }
            }
          }
        },
        "metadata": {
          "description": "Front-matter keys other than symbol, name and aliases, values as given.",
          "type": "object"
        },
        "gene": {
          "description": "Identifiers of the document's gene from the gene tables (--gene-table); null when no table is given or none knows the gene.",
          "type": ["object", "null"],
          "additionalProperties": false,
          "required": ["approved_symbol", "approved_name", "hgnc_id", "ncbi_gene_id", "ensembl_id", "pharmgkb_id"],
          "properties": {
            "approved_symbol": { "type": ["string", "null"], "minLength": 1 },
            "approved_name": { "type": ["string", "null"], "minLength": 1 },
            "hgnc_id": { "type": ["string", "null"], "minLength": 1 },
            "ncbi_gene_id": { "type": ["string", "null"], "minLength": 1 },
            "ensembl_id": { "type": ["string", "null"], "minLength": 1 },
            "pharmgkb_id": { "type": ["string", "null"], "minLength": 1 }
          }
        },
        "mentions": {
          "description": "Drugs, drug classes, metabolites, diseases, variants and other genes the text names, in document order (SPEC section 7).",
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["kind", "text", "id", "vocabulary", "section", "line", "column"],
            "properties": {
              "kind": { "enum": ["drug", "drug_class", "metabolite", "disease", "variant", "gene"] },
              "text": { "description": "The span exactly as written.", "type": "string", "minLength": 1 },
              "id": { "description": "The vocabulary's accession; an rsID is its own id; null for other variants.", "type": ["string", "null"] },
              "vocabulary": { "description": "The file name of the vocabulary or gene table; null for variants.", "type": ["string", "null"] },
              "section": { "enum": ["summary", "associations", "pharmacogenetics", "other"] },
              "line": { "type": "integer", "minimum": 1 },
              "column": { "description": "1-based, in UTF-8 bytes of the input.", "type": "integer", "minimum": 1 },
              "supported": { "description": "Drugs, with --annotations: whether PharmGKB's clinical annotations pair this drug with the gene.", "type": "boolean" }
            }
          }
        },
        "source": {
          "description": "Where the record came from.",
          "type": "object",
          "additionalProperties": false,
          "required": ["path", "sha256", "bytes"],
          "properties": {
            "path": { "description": "The input path as given; - for standard input.", "type": "string", "minLength": 1 },
            "sha256": { "description": "SHA-256 of the input bytes, lower-case hex.", "type": "string", "pattern": "^[0-9a-f]{64}$" },
            "bytes": { "description": "The number of input bytes.", "type": "integer", "minimum": 0 }
          }
        },
        "diagnostics": {
          "description": "What was wrong or repaired.",
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["severity", "code", "message", "line", "column"],
            "properties": {
              "severity": { "enum": ["error", "warning"] },
              "code": {
                "enum": [
                  "GD101", "GD102", "GD103", "GD104", "GD105", "GD106", "GD107",
                  "GD201", "GD202", "GD203", "GD204", "GD205", "GD206", "GD207",
                  "GD301", "GD302", "GD303"
                ]
              },
              "message": { "type": "string", "minLength": 1 },
              "line": { "type": "integer", "minimum": 1 },
              "column": { "type": "integer", "minimum": 1 }
            }
          }
        }
      }
    }
    """#
}
