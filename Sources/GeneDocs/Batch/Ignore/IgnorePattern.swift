/// One line of a `.gitignore`-style file, as git reads it: `#` starts a comment, `!` re-includes what an earlier
/// pattern excluded, a trailing `/` matches only folders, a `/` at the start or in the middle anchors the pattern
/// to the file's folder (otherwise it matches a name at any depth), trailing spaces are dropped unless escaped with
/// `\`, and the glob is ``Wildmatch``'s.
struct IgnorePattern: Sendable, Equatable {
  /// The glob, without the leading `!` or `/` and the trailing `/`.
  let glob: [UInt8]
  /// `!pattern`: a match re-includes.
  let negated: Bool
  /// `pattern/`: matches folders only.
  let directoryOnly: Bool
  /// Holds a `/`: matched against the whole path relative to the pattern's folder, not against the name alone.
  let anchored: Bool

  /// The pattern a line states, or nil for a blank line or a comment.
  init?(line: some Collection<UInt8>) {
    var bytes = Array(line)
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    // Trailing spaces go, unless the last one is escaped (`\ `).
    while bytes.last == UInt8(ascii: " ") {
      let count = bytes.count
      var backslashes = 0
      while backslashes < count - 1, bytes[count - 2 - backslashes] == UInt8(ascii: "\\") { backslashes += 1 }
      if backslashes % 2 == 1 { break }
      bytes.removeLast()
    }
    guard let first = bytes.first, first != UInt8(ascii: "#") else { return nil }
    negated = first == UInt8(ascii: "!")
    if negated { bytes.removeFirst() }
    directoryOnly = bytes.last == UInt8(ascii: "/")
    if directoryOnly { bytes.removeLast() }
    anchored = bytes.contains(UInt8(ascii: "/"))
    if bytes.first == UInt8(ascii: "/") { bytes.removeFirst() }
    guard !bytes.isEmpty else { return nil }
    glob = bytes
  }

  /// Whether the pattern matches an entry: `path` relative to the pattern's folder, `name` its last segment.
  func matches(path: [UInt8], name: [UInt8], isDirectory: Bool) -> Bool {
    if directoryOnly && !isDirectory { return false }
    return Wildmatch.matches(glob, anchored ? path : name)
  }

  /// The patterns of a whole file (one a line, LF or CRLF).
  static func parse(_ text: [UInt8]) -> [IgnorePattern] {
    text.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).compactMap { IgnorePattern(line: $0) }
  }
}
