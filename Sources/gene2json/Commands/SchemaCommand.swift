import ArgumentParser
import GeneDocs
import GeneDocsSQLite

/// `gene2json schema`: prints the JSON Schema of a record unit, or the SQLite database's DDL.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) that every JSON and JSON Lines record validates against.",
    discussion: """
      --records section or mention prints the schema of those rows instead (Schemas/section-row.schema.json, \
      Schemas/mention-row.schema.json); --sql prints the SQL that creates a database written with --format sqlite.
      """
  )

  @Option(
    help: ArgumentHelp(
      "The unit whose rows the schema describes: document (the default), section or mention.", valueName: "unit"))
  var records: String?

  @Flag(help: "Print the SQLite database's DDL (tables, indexes, views) instead.")
  var sql = false

  func validate() throws {
    if let records, RecordUnit(rawValue: records) == nil {
      throw ValidationError(
        "unknown record unit '\(records)': use \(RecordUnit.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    if sql && records != nil { throw ValidationError("--sql and --records cannot be used together") }
  }

  func run() throws {
    if sql { return StandardStreams.writeOut(Array(DatabaseSchema.sql.utf8)) }
    let unit = records.flatMap(RecordUnit.init(rawValue:)) ?? .document
    StandardStreams.writeOut(Array((unit.jsonSchema + "\n").utf8))
  }
}
