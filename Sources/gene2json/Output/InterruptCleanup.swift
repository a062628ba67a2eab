#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes one temporary file when the process is interrupted (SIGINT, SIGTERM, SIGHUP), then dies of the same
/// signal, so the shell sees the usual status (130 for Ctrl-C). A signal the process was started ignoring (`nohup`)
/// stays ignored; one the process was started with blocked (some launchers pass their signal mask on) is unblocked,
/// since a user's Ctrl-C must still work.
///
/// The handlers are installed once, on first use, and stay: with no file to remove they re-raise the signal with
/// its default action, which is what the process would have done without them. `render` writes thousands of files
/// in a run, and installing and restoring the handlers for each was seven system calls a file.
enum InterruptCleanup {
  /// The path to remove, as a C string the handler can use without allocating (async-signal-safe).
  nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var installed = false
  nonisolated(unsafe) private static var unblocked = false
  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Removes `path` if a signal arrives before ``forget()``.
  static func remove(onInterrupt path: String) {
    let previous = self.path
    self.path = strdup(path)
    free(previous)
    guard !installed else { return }
    installed = true
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
  /// with an unnamed output file there is nothing to remove, but a user's Ctrl-C must still end the run. Once a run.
  static func unblock() {
    guard !unblocked else { return }
    unblocked = true
    var set = sigset_t()
    sigemptyset(&set)
    for number in signals { sigaddset(&set, number) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Stops watching the file (call once it has been renamed or removed).
  static func forget() {
    let previous = path
    path = nil
    free(previous)
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
