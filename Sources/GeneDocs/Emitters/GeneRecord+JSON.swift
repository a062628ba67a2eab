extension GeneRecord {
  /// Writes the record as a JSON object with SPEC §2's keys in order.
  public func write(to writer: inout JSONWriter) {
    writer.beginObject()
    writer.string(symbol, key: "symbol")
    writer.string(name, key: "name")
    writer.beginArray(key: "aliases")
    for alias in aliases { writer.string(alias) }
    writer.endArray()
    writer.string(summary, key: "summary")
    writer.string(associations, key: "associations")
    writer.string(pharmacogenetics, key: "pharmacogenetics")
    Self.write(otherSections, key: "other_sections", to: &writer)
    writer.value(.object(metadata), key: "metadata")
    writer.beginObject(key: "source")
    writer.string(source.path, key: "path")
    writer.string(source.sha256, key: "sha256")
    writer.int(source.bytes, key: "bytes")
    writer.endObject()
    Self.write(diagnostics, key: "diagnostics", to: &writer)
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
    for section in sections {
      writer.beginObject()
      writer.string(section.heading, key: "heading")
      writer.string(section.text, key: "text")
      writer.endObject()
    }
    writer.endArray()
  }

  /// Writes `diagnostics`: an array of `{severity, code, message, line, column}`.
  static func write(_ diagnostics: [Diagnostic], key: String?, to writer: inout JSONWriter) {
    writer.beginArray(key: key)
    for diagnostic in diagnostics {
      writer.beginObject()
      writer.string(diagnostic.severity.rawValue, key: "severity")
      writer.string(diagnostic.code.rawValue, key: "code")
      writer.string(diagnostic.message, key: "message")
      writer.int(diagnostic.line, key: "line")
      writer.int(diagnostic.column, key: "column")
      writer.endObject()
    }
    writer.endArray()
  }
}
