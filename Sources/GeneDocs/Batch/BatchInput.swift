/// One document to convert: a path as the user gave it or as a directory walk built it, `-` for standard input.
package struct BatchInput: Sendable, Equatable {
  /// The path, `-` for standard input.
  package let path: String
  /// For a file found by a directory walk: the open directory it is in and its name there.
  let location: (directory: DirectoryHandle, name: String)?

  /// Creates an input.
  package init(path: String) {
    self.path = path
    self.location = nil
  }

  /// Creates an input found in an open directory.
  init(path: String, directory: DirectoryHandle, name: String) {
    self.path = path
    self.location = (directory, name)
  }

  /// Whether the input is standard input.
  package var isStandardInput: Bool { path == "-" }

  /// Inputs are equal when their paths are.
  package static func == (lhs: BatchInput, rhs: BatchInput) -> Bool { lhs.path == rhs.path }
}
