import ArgumentParser
import Dispatch
import GeneDocs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// TODO(batch): replace with forEachInput (and InputOptions) when the batch branch lands.

/// A minimal stand-in for the batch branch's input handling: operands and `--files-from` lines expanded into
/// document paths (files as given, directories searched recursively for `*.md` and `*.markdown` in sorted path
/// order, `-` for standard input), then checked `jobs` at a time and emitted in input order.
enum ValidateInputs {
  /// An input that could not be used: the tool's failure (exit 2), not the document's.
  struct Failure: CustomStringConvertible {
    let path: String
    let message: String
    var description: String { "\(path): error: cannot read: \(message)" }
  }

  /// The number of cores.
  static var defaultJobs: Int { max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1) }

  // MARK: - Paths

  /// The document paths the operands and `--files-from` name, in order, and the inputs that could not be read.
  /// No operand and no `--files-from` reads standard input, unless it is a terminal (a usage error).
  static func paths(operands: [String], filesFrom: String?) throws -> ([String], [Failure]) {
    var named = operands
    var failures: [Failure] = []
    if let filesFrom {
      switch InputReader.read(path: filesFrom, limit: 64 << 20) {
      case .failure(let failure):
        failures.append(Failure(path: filesFrom, message: failure.message))
      case .success(let bytes):
        named += String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
          .filter { !$0.isEmpty }
      }
    } else if named.isEmpty {
      guard isatty(0) != 1 else {
        throw ValidationError("no INPUT given and standard input is a terminal")
      }
      named = ["-"]
    }
    var paths: [String] = []
    for path in named {
      guard path != "-", isDirectory(path) else {
        paths.append(path)
        continue
      }
      var found: [String] = []
      if let failure = walk(path, into: &found) { failures.append(failure) }
      paths += found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
    return (paths, failures)
  }

  private static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Collects `*.md` and `*.markdown` files under a directory; symbolic links to directories are not followed.
  private static func walk(_ directory: String, into found: inout [String]) -> Failure? {
    guard let handle = opendir(directory) else {
      return Failure(path: directory, message: String(cString: strerror(errno)))
    }
    defer { closedir(handle) }
    var failure: Failure?
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name != ".", name != ".." else { continue }
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      if (status.st_mode & S_IFMT) == S_IFDIR {
        failure = walk(path, into: &found) ?? failure
      } else if name.hasSuffix(".md") || name.hasSuffix(".markdown") {
        found.append(path)
      }
    }
    return failure
  }

  // MARK: - Running

  /// Runs `work` on every path, `jobs` at a time, and calls `emit` with the results in path order.
  static func forEach<Result>(
    _ paths: [String], jobs: Int, work: @escaping @Sendable (String) -> Result,
    emit: (String, Result) -> Void
  ) {
    // More workers than paths would idle; the bound also keeps `jobs * 8` from overflowing (`--jobs` Int.max).
    let jobs = min(max(jobs, 1), max(paths.count, 1))
    let window = jobs * 8
    var start = 0
    while start < paths.count {
      let chunk = Array(paths[start..<min(start + window, paths.count)])
      let slots = Slots<Result>(count: chunk.count)
      let workers = min(jobs, chunk.count)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for index in stride(from: worker, to: chunk.count, by: workers) { slots.store(work(chunk[index]), at: index) }
      }
      for (index, path) in chunk.enumerated() { emit(path, slots.take(index)) }
      start += window
    }
  }

  /// One result slot per path; each slot is written by exactly one worker, and read after all have finished.
  private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
      self.count = count
      storage = .allocate(capacity: count)
      storage.initialize(repeating: nil, count: count)
    }

    deinit {
      storage.deinitialize(count: count)
      storage.deallocate()
    }

    func store(_ value: Value, at index: Int) { storage[index] = value }

    func take(_ index: Int) -> Value { storage[index].take()! }
  }
}
