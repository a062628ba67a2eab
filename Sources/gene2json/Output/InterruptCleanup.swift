#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes one temporary file when the process is interrupted (SIGINT, SIGTERM, SIGHUP), then dies of the same
/// signal, so the shell sees the usual status (130 for Ctrl-C). A signal the process was started ignoring (`nohup`)
/// stays ignored; one the process was started with blocked (some launchers pass their signal mask on) is unblocked,
/// since a user's Ctrl-C must still work.
enum InterruptCleanup {
  /// The path to remove, as a C string the handler can use without allocating (async-signal-safe).
  nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Removes `path` if a signal arrives before ``forget()``.
  static func remove(onInterrupt path: String) {
    self.path = strdup(path)
    var set = sigset_t()
    sigemptyset(&set)
    for number in signals {
      let previous = signal(number, handler)
      if isIgnored(previous) { signal(number, SIG_IGN) }
      sigaddset(&set, number)
    }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Unblocks SIGINT, SIGTERM and SIGHUP when the process was started with them blocked, keeping their actions:
  /// with an unnamed output file there is nothing to remove, but a user's Ctrl-C must still end the run.
  static func unblock() {
    var set = sigset_t()
    sigemptyset(&set)
    for number in signals { sigaddset(&set, number) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Stops watching (call once the file has been renamed or removed) and restores the default handlers.
  static func forget() {
    for number in signals {
      let previous = signal(number, SIG_DFL)
      if isIgnored(previous) { signal(number, SIG_IGN) }
    }
    free(path)
    path = nil
  }

  private static func isIgnored(_ handler: sighandler_t?) -> Bool {
    let ignore: sighandler_t? = SIG_IGN
    guard let handler, let ignore else { return false }
    return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(ignore, to: Int.self)
  }

  private static let handler: @convention(c) (Int32) -> Void = { number in
    if let path = InterruptCleanup.path { unlink(path) }
    signal(number, SIG_DFL)
    raise(number)
  }
}
