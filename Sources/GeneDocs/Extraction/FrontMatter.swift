/// YAML front matter (`---` … `---` at the very start of a document) read into the fields it can set.
struct FrontMatter: Sendable {
  /// `symbol:` when given as a non-empty string.
  var symbol: String?
  /// `name:` when given as a non-empty string.
  var name: String?
  /// `aliases:` as a list, or a comma- or semicolon-separated string.
  var aliases: [String]?
  /// All other keys, in document order, values as given.
  var metadata: [JSONMember] = []
  /// The line of the `symbol:` key, for diagnostics.
  var symbolLine: Int = 1
}

/// Where the front matter block lies in the source.
struct FrontMatterBlock: Sendable {
  /// The YAML between the delimiters.
  let yaml: String
  /// The byte range of the whole block, delimiters and the closing line's end included.
  let byteRange: Range<Int>
  /// The 1-based line of the first YAML line (the one after `---`).
  let firstYAMLLine: Int
  /// The 1-based line of the last YAML line (the closing delimiter's line when there is no YAML). Lines that
  /// libyaml reports are kept at most here: it also breaks lines at U+0085, U+2028 and U+2029, which cmark does not.
  let lastYAMLLine: Int
  /// The 1-based line of the closing delimiter.
  let closingLine: Int

  /// Finds a front matter block: `---` as the first line and a later line that is `---` or `...`.
  static func find(in bytes: [UInt8]) -> FrontMatterBlock? {
    guard let first = line(in: bytes, from: 0), isDelimiter(bytes[first.content], opening: true) else { return nil }
    var position = first.next
    var lineNumber = 2
    while let current = line(in: bytes, from: position) {
      if isDelimiter(bytes[current.content], opening: false) {
        let yaml = String(decoding: bytes[first.next..<current.content.lowerBound], as: UTF8.self)
        return FrontMatterBlock(
          yaml: yaml, byteRange: 0..<current.next, firstYAMLLine: 2, lastYAMLLine: max(lineNumber - 1, 2),
          closingLine: lineNumber)
      }
      position = current.next
      lineNumber += 1
    }
    return nil
  }

  /// The bytes with the block replaced by spaces (line ends kept), so positions after it do not move.
  func blanked(_ bytes: [UInt8]) -> [UInt8] {
    var copy = bytes
    for index in byteRange where copy[index] != UInt8(ascii: "\n") && copy[index] != UInt8(ascii: "\r") {
      copy[index] = UInt8(ascii: " ")
    }
    return copy
  }

  // MARK: - Lines

  private static func line(in bytes: [UInt8], from start: Int) -> (content: Range<Int>, next: Int)? {
    guard start < bytes.count else { return nil }
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
    var next = end
    if next < bytes.count, bytes[next] == UInt8(ascii: "\r") { next += 1 }
    if next < bytes.count, bytes[next] == UInt8(ascii: "\n") { next += 1 }
    return (start..<end, next)
  }

  private static func isDelimiter(_ line: ArraySlice<UInt8>, opening: Bool) -> Bool {
    var trimmed = line
    while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed.removeLast() }
    if trimmed.elementsEqual("---".utf8) { return true }
    return !opening && trimmed.elementsEqual("...".utf8)
  }
}
