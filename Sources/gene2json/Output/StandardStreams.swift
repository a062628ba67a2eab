#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unbuffered writes to standard output and standard error with POSIX calls.
///
/// A closed pipe on standard output (`gene2json dir | head`) ends the process quietly with status 0: the reader
/// has all it asked for.
enum StandardStreams {
  /// Writes all bytes to standard output; exits quietly when the reader has gone.
  static func writeOut(_ bytes: [UInt8]) {
    if !writeAll(bytes, to: 1) {
      if errno == EPIPE { exit(0) }
      writeErr("gene2json: cannot write standard output: \(String(cString: strerror(errno)))\n")
      exit(2)
    }
  }

  /// Writes text to standard error, ignoring failures.
  static func writeErr(_ text: String) {
    _ = writeAll(Array(text.utf8), to: 2)
  }

  /// Whether a descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Makes writes to a closed pipe fail with EPIPE instead of killing the process.
  static func ignoreBrokenPipeSignal() { signal(SIGPIPE, SIG_IGN) }

  /// Writes all bytes to a descriptor, retrying short writes and EINTR.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }
}
