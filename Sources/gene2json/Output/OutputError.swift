/// Why records could not be written.
enum OutputError: Error {
  /// Standard output is a pipe whose reader has gone (`gene2json dir | head`): end quietly.
  case readerGone
  /// The output cannot be created or written: exit status 2 with this message.
  case failed(String)
  /// The path exists and was not to be replaced (`render` without `--force`).
  case exists(String)
}
