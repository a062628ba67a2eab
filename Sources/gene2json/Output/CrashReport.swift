import CCrashReport

/// Names the documents being converted when the process dies of a fatal signal (SIGSEGV, SIGBUS, SIGILL, SIGTRAP,
/// SIGABRT, SIGFPE): `gene2json: internal error while converting PATH` for each, then it dies of the same signal
/// (the handler is C, `Sources/CCrashReport`, for async-signal safety). No input should get here; if one does, the
/// user learns which document to set aside instead of losing a whole batch without a clue.
enum CrashReport {
  /// Installs the handlers (once).
  static func install() {
    gd_crash_report_install("gene2json")
  }

  /// Runs `body` with `path` recorded as in flight on this thread.
  static func converting<Result>(_ path: String, _ body: () -> Result) -> Result {
    var path = path
    let slot = path.withUTF8 { utf8 in
      utf8.withMemoryRebound(to: CChar.self) { gd_crash_report_begin($0.baseAddress, $0.count) }
    }
    defer { gd_crash_report_end(slot) }
    return body()
  }
}
