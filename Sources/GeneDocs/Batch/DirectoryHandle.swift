#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open directory that the files found in it are opened relative to (`openat`), so each open looks up one
/// name instead of walking the whole path again. Closed when the walk and every input found in it are done with it.
final class DirectoryHandle: Sendable {
  /// The directory's descriptor.
  let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Opens a directory by path, or by name inside a parent; nil (with `errno` set) when it cannot be opened.
  static func open(_ name: String, in parent: DirectoryHandle?) -> DirectoryHandle? {
    let descriptor = openat(parent?.descriptor ?? AT_FDCWD, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    return descriptor >= 0 ? DirectoryHandle(descriptor: descriptor) : nil
  }
}
