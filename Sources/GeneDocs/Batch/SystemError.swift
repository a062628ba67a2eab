#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text for POSIX error numbers.
enum SystemError {
  /// `strerror` of an error number.
  static func message(_ number: Int32) -> String { String(cString: strerror(number)) }

  /// `strerror` of the current `errno`.
  static var current: String { message(errno) }
}
