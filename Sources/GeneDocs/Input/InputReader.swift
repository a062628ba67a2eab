#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files and standard input with POSIX calls, at most a limit plus one byte (so an oversized document
/// is known to be oversized without reading all of it).
///
/// A regular file is read with one `read` call into a buffer sized from `fstat`, as it was when opened (bytes it
/// gains after that are not read); a pipe, or a file whose size `fstat` gives as 0 (`/proc`), into a buffer that
/// doubles as needed until the end.
package enum InputReader {
  /// Why a file could not be read.
  package struct Failure: Error, Sendable, Equatable {
    /// What went wrong, for people (from `strerror`).
    package let message: String
  }

  /// The first buffer for input whose size is not known in advance (pipes, terminals).
  static let streamChunk = 64 * 1024

  /// Reads a file, or standard input for `-`; at most `limit + 1` bytes.
  package static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
    read(path: path, in: nil, limit: limit)
  }

  /// Reads a batch input: relative to its open directory when a walk found it.
  static func read(_ input: BatchInput, limit: Int) -> Result<[UInt8], Failure> {
    guard let location = input.location else { return read(path: input.path, limit: limit) }
    return read(path: location.name, in: location.directory, limit: limit)
  }

  private static func read(path: String, in directory: DirectoryHandle?, limit: Int) -> Result<[UInt8], Failure> {
    if path == "-" && directory == nil { return readAll(descriptor: 0, limit: limit, expected: nil) }
    let descriptor = openat(directory?.descriptor ?? AT_FDCWD, path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(Failure(message: String(cString: strerror(errno)))) }
    defer { close(descriptor) }
    var status = stat()
    var expected: Int?
    if fstat(descriptor, &status) == 0 {
      if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(Failure(message: "is a directory")) }
      if (status.st_mode & S_IFMT) == S_IFREG { expected = Int(status.st_size) }
    }
    return readAll(descriptor: descriptor, limit: limit, expected: expected)
  }

  private static func readAll(descriptor: Int32, limit: Int, expected: Int?) -> Result<[UInt8], Failure> {
    if let expected, expected > 0, expected <= limit { return readKnown(descriptor: descriptor, size: expected) }
    let cap = min(limit, Int.max - 1) + 1
    var bytes = [UInt8](repeating: 0, count: min(cap, streamChunk))
    var count = 0
    while count < cap {
      if count == bytes.count {
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, cap - bytes.count)))
      }
      var got: Int
      repeat {
        got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, $0.count - count) }
      } while got < 0 && errno == EINTR
      if got < 0 { return .failure(Failure(message: String(cString: strerror(errno)))) }
      if got == 0 { break }
      count += got
    }
    bytes.removeLast(bytes.count - count)
    return .success(bytes)
  }

  /// Reads a regular file of a known size (fewer bytes if it shrank).
  private static func readKnown(descriptor: Int32, size: Int) -> Result<[UInt8], Failure> {
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      while count < size {
        let got = systemRead(descriptor, buffer.baseAddress! + count, size - count)
        if got < 0 && errno == EINTR { continue }
        if got < 0 { failure = errno }
        if got <= 0 { return }
        count += got
      }
    }
    if failure != 0 { return .failure(Failure(message: String(cString: strerror(failure)))) }
    return .success(bytes)
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
