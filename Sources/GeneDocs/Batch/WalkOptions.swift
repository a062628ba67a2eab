/// What a directory walk leaves out, beside names that start with `.`: files and folders that `.gitignore` and
/// `.ignore` files exclude, and those that exclude patterns match. Files and folders named as operands or listed in
/// `--files-from` are never left out; only what a walk finds is.
public struct WalkOptions: Sendable, Equatable {
  /// Whether `.gitignore` and `.ignore` files are honoured (`--no-ignore` turns this off): those in every walked
  /// folder, those in the folders above it up to the root of its git repository, and that repository's
  /// `.git/info/exclude`. As in ripgrep, a `.ignore` match outranks a `.gitignore` one, and a deeper file outranks
  /// a shallower one; `.gitignore` files count whether or not the folder is in a git repository.
  public var readsIgnoreFiles: Bool
  /// Exclude patterns, the first ones outranking the later ones and every ignore file.
  public var excludes: [ExcludePatterns]

  /// Creates options; the defaults honour ignore files and exclude nothing else.
  public init(readsIgnoreFiles: Bool = true, excludes: [ExcludePatterns] = []) {
    self.readsIgnoreFiles = readsIgnoreFiles
    self.excludes = excludes
  }
}

/// Gitignore-style patterns (`drafts/`, `README.md`, `/archive/**`, `!keep.md`) and the folder they are relative to.
public struct ExcludePatterns: Sendable, Equatable {
  /// The patterns, one a line as in a `.gitignore` file; a later one outranks an earlier one.
  public var patterns: [String]
  /// The folder the patterns are relative to, as for a `.gitignore` file in it (a configuration file's folder), or
  /// nil for each walked folder (`--exclude`).
  public var directory: String?

  /// Creates a set of patterns.
  public init(_ patterns: [String], relativeTo directory: String? = nil) {
    self.patterns = patterns
    self.directory = directory
  }
}
