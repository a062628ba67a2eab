extension GeneRecord {
  /// Writes the record as a JSON object with SPEC §2's keys in order.
  public func write(to writer: inout JSONWriter) {
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
