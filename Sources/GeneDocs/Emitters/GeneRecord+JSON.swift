extension GeneRecord {
  /// Writes the record as a JSON object with SPEC §2's keys in order.
  package func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.string(symbol, literalKey: "symbol")
    writer.string(name, literalKey: "name")
    writer.beginArray(literalKey: "aliases")
    for alias in aliases { writer.string(alias) }
    writer.endArray()
    writer.string(summary, literalKey: "summary")
    writer.string(associations, literalKey: "associations")
    writer.string(pharmacogenetics, literalKey: "pharmacogenetics")
    writer.beginArray(literalKey: "other_sections")
    Self.writeItems(otherSections, to: &writer)
    writer.beginObject(literalKey: "metadata")
    for member in metadata { writer.value(member.value, key: member.key) }
    writer.endObject()
    Self.write(gene, to: &writer)
    writer.beginArray(literalKey: "mentions")
    Self.writeItems(mentions, to: &writer)
    writer.beginObject(literalKey: "source")
    writer.string(source.path, literalKey: "path")
    writer.string(source.sha256, literalKey: "sha256")
    writer.int(source.bytes, literalKey: "bytes")
    writer.endObject()
    writer.beginArray(literalKey: "diagnostics")
    Self.writeItems(diagnostics, to: &writer)
    writer.endObject()
  }

  /// The record as JSON text: pretty (two-space indentation) or on one line.
  public func jsonBytes(pretty: Bool) -> [UInt8] {
    var writer = JSONWriter(pretty: pretty)
    write(to: &writer)
    return writer.bytes
  }

  // MARK: - Parts

  /// Writes `other_sections`: an array of `{heading, text}`.
  static func write(_ sections: [OtherSection], key: String?, to writer: inout JSONWriter) {
    writer.beginArray(key: key)
    writeItems(sections, to: &writer)
  }

  /// Writes the items of an opened `other_sections` array, and closes it.
  private static func writeItems(_ sections: [OtherSection], to writer: inout JSONWriter) {
    for section in sections {
      writer.beginObject()
      writer.string(section.heading, literalKey: "heading")
      writer.string(section.text, literalKey: "text")
      writer.endObject()
    }
    writer.endArray()
  }

  /// Writes `gene`: `{approved_symbol, approved_name, hgnc_id, ncbi_gene_id, ensembl_id, pharmgkb_id}` or null.
  private static func write(_ gene: GeneIdentifiers?, to writer: inout JSONWriter) {
    guard let gene else {
      writer.null(literalKey: "gene")
      return
    }
    writer.beginObject(literalKey: "gene")
    writeMembers(of: gene, to: &writer)
  }

  /// Writes a `gene` object under `key` (nil for a value on its own).
  static func write(_ gene: GeneIdentifiers, key: String?, to writer: inout JSONWriter) {
    writer.beginObject(key: key)
    writeMembers(of: gene, to: &writer)
  }

  /// Writes the members of an opened `gene` object, and closes it.
  private static func writeMembers(of gene: GeneIdentifiers, to writer: inout JSONWriter) {
    writer.string(gene.approvedSymbol, literalKey: "approved_symbol")
    writer.string(gene.approvedName, literalKey: "approved_name")
    writer.string(gene.hgncID, literalKey: "hgnc_id")
    writer.string(gene.ncbiGeneID, literalKey: "ncbi_gene_id")
    writer.string(gene.ensemblID, literalKey: "ensembl_id")
    writer.string(gene.pharmgkbID, literalKey: "pharmgkb_id")
    writer.endObject()
  }

  /// Writes `mentions`: an array of `{kind, text, id, vocabulary, section, line, column[, supported]}`.
  static func write(_ mentions: [Mention], key: String?, to writer: inout JSONWriter) {
    writer.beginArray(key: key)
    writeItems(mentions, to: &writer)
  }

  /// Writes the items of an opened `mentions` array, and closes it.
  private static func writeItems(_ mentions: [Mention], to writer: inout JSONWriter) {
    for mention in mentions {
      writer.beginObject()
      writer.string(mention.kind.rawValue, literalKey: "kind")
      writer.string(mention.text, literalKey: "text")
      writer.string(mention.id, literalKey: "id")
      writer.string(mention.vocabulary, literalKey: "vocabulary")
      writer.string(mention.section.rawValue, literalKey: "section")
      writer.int(mention.line, literalKey: "line")
      writer.int(mention.column, literalKey: "column")
      if let supported = mention.supported { writer.bool(supported, literalKey: "supported") }
      writer.endObject()
    }
    writer.endArray()
  }

  /// Writes `diagnostics`: an array of `{severity, code, message, line, column}`.
  static func write(_ diagnostics: [Diagnostic], key: String?, to writer: inout JSONWriter) {
    writer.beginArray(key: key)
    writeItems(diagnostics, to: &writer)
  }

  /// Writes the items of an opened `diagnostics` array, and closes it.
  private static func writeItems(_ diagnostics: [Diagnostic], to writer: inout JSONWriter) {
    for diagnostic in diagnostics {
      writer.beginObject()
      writer.string(diagnostic.severity.rawValue, literalKey: "severity")
      writer.string(diagnostic.code.rawValue, literalKey: "code")
      writer.string(diagnostic.message, literalKey: "message")
      writer.int(diagnostic.line, literalKey: "line")
      writer.int(diagnostic.column, literalKey: "column")
      writer.endObject()
    }
    writer.endArray()
  }
}
