import GRDB
import GeneDocs

/// A gene2json SQLite database (``DatabaseSchema``), written in one transaction through ``transaction(_:)``.
///
/// ``create(at:)`` starts a new database in a file that should be empty (the caller's temporary file, renamed into
/// place once the transaction is committed): no rollback journal, no `fsync`, rows first and indexes after them.
/// ``update(at:)`` opens an existing one for `--update`: it is changed in place, inside one transaction that SQLite
/// rolls back if the process dies, and only after its `application_id` and schema version have been checked (a
/// database of another version is refused, never altered).
package final class RecordDatabase {
  /// The path the database was opened at.
  package let path: String
  /// Whether the database is being created (rather than updated).
  package let isNew: Bool
  private let queue: DatabaseQueue

  private init(path: String, isNew: Bool) throws(RecordDatabaseError) {
    self.path = path
    self.isNew = isNew
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(10)
    configuration.label = "gene2json"
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw .notADatabase(path: path)
    } catch {
      throw .sqlite(path: path, message: Self.message(error))
    }
  }

  /// Starts a new database at `path` (an empty file, or none).
  package static func create(at path: String) throws(RecordDatabaseError) -> RecordDatabase {
    let database = try RecordDatabase(path: path, isNew: true)
    try database.run { db in
      // 16 KiB pages: a sixth less CPU than SQLite's 4 KiB for rows of a few hundred bytes to a few KiB, and a
      // smaller file (a 50,000-document build: 126 MB instead of 134 MB).
      try db.execute(sql: "PRAGMA page_size = 16384")
      // A new database is a temporary file until it is renamed: a journal and syncs would only slow it down.
      try db.execute(sql: "PRAGMA journal_mode = OFF")
      try db.execute(sql: "PRAGMA synchronous = OFF")
      try db.execute(sql: "PRAGMA application_id = \(DatabaseSchema.applicationID)")
      try db.execute(sql: "PRAGMA user_version = \(DatabaseSchema.version)")
    }
    return database
  }

  /// Opens the existing database at `path` for `--update`; it is checked inside ``transaction(_:)``.
  package static func update(at path: String) throws(RecordDatabaseError) -> RecordDatabase {
    try RecordDatabase(path: path, isNew: false)
  }

  /// Runs `body` inside one transaction, committed when it returns and rolled back when it throws. A new database
  /// gets its tables before `body` and its indexes and views after it; an existing one is checked first
  /// (``RecordDatabaseError/notGene2JSON(path:)``, ``RecordDatabaseError/otherSchemaVersion(path:found:)``).
  /// SQLite's own failures are thrown as ``RecordDatabaseError/sqlite(path:message:)``; what `body` throws is
  /// rethrown as it is.
  package func transaction(_ body: (inout RecordTables) throws -> Void) throws {
    let isNew = isNew
    let path = path
    do {
      try queue.inTransaction(.immediate) { db in
        if isNew {
          for statement in DatabaseSchema.tables { try db.execute(sql: statement) }
        } else {
          try Self.check(db, path: path)
        }
        var tables = try RecordTables(db)
        try body(&tables)
        if isNew {
          for statement in DatabaseSchema.indexes + DatabaseSchema.views { try db.execute(sql: statement) }
        }
        return .commit
      }
    } catch let error as DatabaseError {
      throw RecordDatabaseError.sqlite(path: path, message: Self.message(error))
    }
  }

  /// Closes the connection.
  package func close() throws(RecordDatabaseError) {
    do {
      try queue.close()
    } catch {
      throw .sqlite(path: path, message: Self.message(error))
    }
  }

  private func run(_ body: (Database) throws -> Void) throws(RecordDatabaseError) {
    do {
      try queue.writeWithoutTransaction(body)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw .notADatabase(path: path)
    } catch {
      throw .sqlite(path: path, message: Self.message(error))
    }
  }

  /// Refuses a database that is not gene2json's, or of another schema version.
  private static func check(_ db: Database, path: String) throws {
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    guard applicationID == DatabaseSchema.applicationID else { throw RecordDatabaseError.notGene2JSON(path: path) }
    let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    guard found == DatabaseSchema.version else {
      throw RecordDatabaseError.otherSchemaVersion(path: path, found: found)
    }
  }

  private static func message(_ error: any Error) -> String {
    guard let error = error as? DatabaseError else { return "\(error)" }
    return error.message ?? "SQLite error \(error.resultCode.rawValue)"
  }
}
