import ArgumentParser
import GeneDocs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The inputs of a batch command (`convert`, `validate`, any command that walks): `INPUT...`, `--files-from FILE|-`,
/// `--jobs N`, `--exclude GLOB`, `--no-ignore`.
///
/// Hand ``resolvedOperands()``, ``filesFrom``, ``walkOptions(configuration:)`` and ``resolvedJobs`` to
/// `forEachInput` (GeneDocs).
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files (any extension), directories (searched recursively for *.md and *.markdown), or - for standard input.",
      valueName: "input"))
  var operands: [String] = []

  /// The operands as given (with the runs ``OperandCompaction`` folded put back).
  var inputs: [String] { OperandCompaction.expand(operands) }

  @Option(
    help: ArgumentHelp("Also read the paths listed in FILE, one a line (- for standard input).", valueName: "file"))
  var filesFrom: String?

  @Option(help: ArgumentHelp("Documents processed at once (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Option(
    help: ArgumentHelp(
      "Leave out of directory walks what this gitignore-style pattern matches, relative to each walked folder "
        + "(repeatable; outranks the configuration's exclude:). Operands and listed paths are never left out.",
      valueName: "glob"))
  var exclude: [String] = []

  @Flag(help: "Do not read .gitignore and .ignore files during directory walks.")
  var noIgnore = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    let stdinReaders = inputs.count { $0 == "-" } + (filesFrom == "-" ? 1 : 0)
    if stdinReaders > 1 { throw ValidationError("standard input can be read only once (- and --files-from -)") }
  }

  // MARK: - Resolved values

  /// The operands to walk: the inputs as given; with none and no `--files-from`, `-` when standard input is not a
  /// terminal. Throws a usage error when there is nothing to read.
  func resolvedOperands() throws -> [String] {
    let inputs = inputs
    guard inputs.isEmpty && filesFrom == nil else { return inputs }
    guard isatty(0) != 1 else { throw ValidationError("no INPUT given and standard input is a terminal") }
    return ["-"]
  }

  /// `--jobs`, or the number of cores online.
  var resolvedJobs: Int { Self.resolvedJobs(jobs) }

  /// What directory walks leave out: `--exclude` (outranking) and the configuration's `exclude:`, and what ignore
  /// files exclude unless `--no-ignore`.
  func walkOptions(configuration: ValidationConfiguration) -> WalkOptions {
    Self.walkOptions(exclude: exclude, readsIgnoreFiles: !noIgnore, configuration: configuration)
  }

  /// ``walkOptions(configuration:)`` from plain values.
  static func walkOptions(exclude: [String], readsIgnoreFiles: Bool, configuration: ValidationConfiguration)
    -> WalkOptions
  {
    var excludes: [ExcludePatterns] = []
    if !exclude.isEmpty { excludes.append(ExcludePatterns(exclude)) }
    if let configured = configuration.excludePatterns { excludes.append(configured) }
    return WalkOptions(readsIgnoreFiles: readsIgnoreFiles, excludes: excludes)
  }

  /// `jobs`, or the number of cores online, kept between 1 and 256.
  static func resolvedJobs(_ jobs: Int?) -> Int {
    // More workers than 256 never helps, and a huge value would overflow the in-flight window (jobs × 16).
    min(max(jobs ?? coreCount, 1), 256)
  }

  /// The number of cores online (at least 1).
  static var coreCount: Int {
    max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
  }

  /// Whether the batch is exactly one document: one operand that is `-` or not a directory, and no list.
  static func isSingleDocument(_ operands: [String], filesFrom: String?) -> Bool {
    guard filesFrom == nil, operands.count == 1, let operand = operands.first else { return false }
    return operand == "-" || !Self.isDirectory(operand)
  }

  /// The number of documents, when known before the walk: no list and no directory operand.
  static func knownCount(_ operands: [String], filesFrom: String?) -> Int? {
    guard filesFrom == nil, !operands.contains(where: Self.isDirectory) else { return nil }
    return operands.count
  }

  static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return path != "-" && stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }
}
