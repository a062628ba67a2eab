/// Why a gene2json database cannot be written or updated.
package enum RecordDatabaseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is not an SQLite database.
  case notADatabase(path: String)
  /// An SQLite database that gene2json did not write (its `application_id` is another).
  case notGene2JSON(path: String)
  /// A gene2json database of another schema version.
  case otherSchemaVersion(path: String, found: Int)
  /// SQLite failed (the disk is full, the file is locked by another writer, …).
  case sqlite(path: String, message: String)

  /// The message, for people.
  package var description: String {
    switch self {
    case .notADatabase(let path):
      return "cannot update '\(path)': it is not an SQLite database (left as it is)"
    case .notGene2JSON(let path):
      return "cannot update '\(path)': it is an SQLite database that gene2json did not write (left as it is)"
    case .otherSchemaVersion(let path, let found):
      return "cannot update '\(path)': its schema version is \(found), this gene2json writes version "
        + "\(DatabaseSchema.version); it is left as it is (convert without --update to write a new database)"
    case .sqlite(let path, let message):
      return "cannot write '\(path)': \(message)"
    }
  }
}
