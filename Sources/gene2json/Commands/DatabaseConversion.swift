import ArgumentParser
import GeneDocs
import GeneDocsSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `convert --format sqlite` (SPEC §8): the batch written into one SQLite database, in one transaction.
///
/// A new database is written to a named temporary file beside `--output` (SQLite opens files by name), removed on
/// failure or interrupt and renamed over the path once committed. With `--update` and an existing database, it is
/// changed in place: a document whose path and SHA-256 are those stored is not converted again (its stored
/// diagnostics are reported as a fresh run would report them), a changed one is replaced under its id, a new one
/// added, and with `--prune` those no longer among the inputs are deleted. A database written with other options
/// or by another version of gene2json has every document converted again.
struct DatabaseConversion {
  /// The run's options.
  let plan: ConvertRun

  /// What a worker makes of a document: its conversion, or the stored document it is unchanged from.
  private enum Work: Sendable {
    case converted(ConvertedDocument)
    case unchanged(StoredDocument)
  }

  func run() throws {
    guard let target = plan.outputFile else { throw ValidationError("--format sqlite needs --output FILE") }
    let updating = plan.update && Self.exists(target)
    let file: OutputFile?
    let database: RecordDatabase
    do {
      if updating {
        file = nil
        InterruptCleanup.unblock()
        database = try RecordDatabase.update(at: target)
      } else {
        let created = try OutputFile(path: target, named: true)
        guard let temporaryPath = created.temporaryPath else {
          created.discard()
          throw OutputError.failed("cannot write a database to '\(target)': it is not a regular file")
        }
        file = created
        do {
          database = try RecordDatabase.create(at: temporaryPath)
        } catch {
          created.discard()
          throw error
        }
      }
    } catch {
      try ConvertRun.fail(error)
    }

    let (operands, filesFrom, walk) = (plan.operands, plan.filesFrom, plan.walkOptions)
    var console = BatchConsole(
      settings: plan.console, outputToTerminal: false, total: InputOptions.knownCount(operands, filesFrom: filesFrom),
      count: { InputCount(operands: operands, filesFrom: filesFrom, walk: walk) })
    let converter = GeneDocumentConverter(options: plan.conversion)
    let (strict, quiet, prune) = (plan.strict, plan.console.quiet, plan.prune)
    let meta = metaValues
    var failed = false
    do {
      try database.transaction { tables in
        let stored = updating ? try tables.storedDocuments() : [:]
        let storedMeta = updating ? try tables.meta() : [:]
        let reusable = storedMeta == meta ? stored : [:]
        if updating && storedMeta != meta && !stored.isEmpty && !quiet {
          console.diagnostics(
            Array(
              ("gene2json: \(target) was written with other options or another gene2json; every document is "
                + "converted again\n").utf8))
        }
        // The stored documents this run has seen (read, or unreadable): with --prune the others are deleted.
        var seen: Set<Int64> = []
        try forEachInput(
          operands: operands, filesFrom: filesFrom, walk: walk, jobs: plan.jobs,
          work: { path, bytes in
            if let known = reusable[path], known.sha256 == RecordSource.sha256(of: bytes) {
              return Work.unchanged(known)
            }
            return CrashReport.converting(path) {
              Work.converted(
                ConvertedDocument(converting: bytes, path: path, converter: converter, strict: strict, quiet: quiet))
            }
          },
          emit: { event in
            let known = stored[event.path]
            if let known { seen.insert(known.id) }
            switch event {
            case .result(let path, .unchanged(let known)):
              let diagnostics = known.diagnosticCount > 0 ? try tables.diagnostics(of: known.id) : []
              Self.report(
                ConvertedDocument(stored: diagnostics, path: path, strict: strict, quiet: quiet), to: &console,
                failed: &failed)
            case .result(_, .converted(let document)):
              if let result = document.result { try tables.insert(result, replacing: known?.id) }
              Self.report(document, to: &console, failed: &failed)
            case .inputFailure(let path, let diagnostic):
              console.diagnostics(Array((diagnostic.formatted(path: path) + "\n").utf8))
              failed = true
              console.finished(.unreadable)
            }
          }, maxBytes: plan.conversion.maxBytes)
        if prune {
          for document in stored.values where !seen.contains(document.id) { try tables.delete(document: document.id) }
        }
        try tables.setMeta(meta)
      }
      try database.close()
      try file?.commit()
    } catch {
      try? database.close()
      file?.discard()
      console.abandon()
      try ConvertRun.fail(error)
    }
    console.finish(done: "converted")
    if failed { throw ExitCode(1) }
  }

  private static func report(_ document: ConvertedDocument, to console: inout BatchConsole, failed: inout Bool) {
    console.diagnostics(document.messages)
    failed = failed || document.failed
    console.finished(document.outcome)
  }

  /// The `meta` table: the schema and tool versions and the options records are made with. An update whose values
  /// differ converts every document again.
  private var metaValues: [String: String] {
    let conversion = plan.conversion
    var writer = JSONWriter(pretty: false)
    writer.beginObject()
    writer.value(.bool(conversion.markdown), key: "markdown")
    writer.value(.bool(conversion.fixEncoding), key: "fix_encoding")
    writer.int(conversion.maxBytes, key: "max_bytes")
    writer.value(.array(plan.tables.geneTables.map(Self.describe)), key: "gene_tables")
    writer.value(.array(plan.tables.vocabularies.map(Self.describe)), key: "vocabularies")
    writer.value(plan.tables.annotations.map(Self.describe) ?? .null, key: "annotations")
    writer.endObject()
    return [
      "schema_version": String(DatabaseSchema.version), "tool_version": GeneDocsVersion.current,
      "generator": "gene2json", "options": String(decoding: writer.bytes, as: UTF8.self),
    ]
  }

  /// A table as `{path, bytes, mtime}`: a table rewritten since the database was written counts as another option.
  private static func describe(_ path: String) -> JSONValue {
    var status = stat()
    guard stat(path, &status) == 0 else {
      return .object([JSONMember("path", .string(path)), JSONMember("bytes", .null), JSONMember("mtime", .null)])
    }
    let nanoseconds = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
    return .object([
      JSONMember("path", .string(path)), JSONMember("bytes", .int(Int(status.st_size))),
      JSONMember("mtime", .int(nanoseconds)),
    ])
  }

  private static func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0
  }
}
