#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files and standard input with POSIX calls, at most a limit plus one byte (so an oversized document
/// is known to be oversized without reading all of it).
public enum InputReader {
  /// Why a file could not be read.
  public struct Failure: Error, Sendable, Equatable {
    /// What went wrong, for people (from `strerror`).
    public let message: String
  }

  /// Reads a file, or standard input for `-`; at most `limit + 1` bytes.
  public static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
    if path == "-" { return readAll(descriptor: 0, limit: limit) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(Failure(message: String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      return .failure(Failure(message: "is a directory"))
    }
    return readAll(descriptor: descriptor, limit: limit)
  }

  private static func readAll(descriptor: Int32, limit: Int) -> Result<[UInt8], Failure> {
    var bytes: [UInt8] = []
    var chunk = 64 * 1024
    while bytes.count <= limit {
      let before = bytes.count
      let want = min(chunk, limit + 1 - before)
      var failure: Int32 = 0
      let got = [UInt8](unsafeUninitializedCapacity: want) { buffer, count in
        var result: Int
        repeat {
          result = systemRead(descriptor, buffer.baseAddress, want)
        } while result < 0 && errno == EINTR
        if result < 0 { failure = errno }
        count = max(result, 0)
      }
      if failure != 0 { return .failure(Failure(message: String(cString: strerror(failure)))) }
      if got.isEmpty { break }
      bytes += got
      chunk = min(chunk * 2, 4 << 20)
    }
    return .success(bytes)
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
