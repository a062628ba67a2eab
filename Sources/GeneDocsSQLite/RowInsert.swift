import GRDB
import GRDBSQLite

/// Runs a prepared insert with values bound through the SQLite C API (GRDB's `Statement.sqliteStatement`).
///
/// The rows of a batch are bound here rather than with GRDB's `execute(arguments:)`: building `StatementArguments`
/// (an array of existential values, converted to `DatabaseValue`s, then bound) was 15% of the CPU time of
/// `convert --format sqlite --jobs 1` over the 50,000-document benchmark corpus (perf, 328,000 rows: about 3.8 µs a
/// row of GRDB's own work, against about 1 µs here). Everything else goes through GRDB.
struct RowInsert {
  private let statement: Statement

  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
  }

  /// Binds the values `bind` gives, in order, and runs the statement once.
  func run(_ bind: (inout Binder) -> Void) throws {
    let handle = statement.sqliteStatement
    var binder = Binder(handle: handle)
    bind(&binder)
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
  }

  /// Binds a statement's parameters one after another.
  struct Binder {
    fileprivate let handle: OpaquePointer
    private var index: Int32 = 0

    fileprivate init(handle: OpaquePointer) {
      self.handle = handle
    }

    /// Binds a string (copied by SQLite), or null.
    mutating func bind(_ text: String?) {
      index += 1
      guard var text else {
        sqlite3_bind_null(handle, index)
        return
      }
      text.withUTF8 { utf8 in
        guard let base = utf8.baseAddress, !utf8.isEmpty else {
          // An empty string is text, not null: a null pointer would bind NULL.
          sqlite3_bind_text(handle, index, "", 0, Self.static)
          return
        }
        sqlite3_bind_text(handle, index, base, Int32(utf8.count), Self.transient)
      }
    }

    /// Binds an integer.
    mutating func bind(_ number: Int) {
      index += 1
      sqlite3_bind_int64(handle, index, Int64(number))
    }

    /// Binds an integer, or null.
    mutating func bind(_ number: Int64?) {
      index += 1
      guard let number else {
        sqlite3_bind_null(handle, index)
        return
      }
      sqlite3_bind_int64(handle, index, number)
    }

    /// Binds a Boolean as 0 or 1, or null.
    mutating func bind(_ flag: Bool?) {
      index += 1
      guard let flag else {
        sqlite3_bind_null(handle, index)
        return
      }
      sqlite3_bind_int64(handle, index, flag ? 1 : 0)
    }

    /// SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// The bytes outlive the statement (a literal).
    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)
  }
}
