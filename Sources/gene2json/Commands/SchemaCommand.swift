import ArgumentParser
import GeneDocs

/// `gene2json schema`: prints the record's JSON Schema.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema (draft 2020-12) that every JSON and JSON Lines record validates against."
  )

  func run() throws {
    StandardStreams.writeOut(Array((GeneRecordSchema.json + "\n").utf8))
  }
}
