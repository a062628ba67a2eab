import CByteScan

/// Lines and fields of a tab- or comma-separated table file, on bytes: a leading byte-order mark dropped, LF or
/// CRLF line ends, and (for commas) RFC 4180 double quotes around fields that hold commas or quotes. Fields are
/// made into strings only when asked for, and a tab-separated line is split sixteen bytes at a time
/// (``splitLine(_:from:at:into:portable:)``, C): NCBI's 77,000-row `gene_info` (12 MB, 1.2 million fields) in 39 million
/// instructions (callgrind; `memchr` a field took 110 million, a byte loop over a `[UInt8]` five times as long).
struct DelimitedText {
  /// The field separator.
  let separator: UInt8
  private let bytes: [UInt8]

  /// Reads tab- (or, with `separator: ","`, comma-) separated bytes.
  init(_ bytes: [UInt8], separator: UInt8) {
    self.bytes = bytes
    self.separator = separator
  }

  /// The separator a header line uses: a tab when it has one, else a comma.
  static func separator(ofHeader bytes: [UInt8]) -> UInt8 {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    for byte in bytes[start...] {
      if byte == UInt8(ascii: "\t") { return byte }
      if byte == UInt8(ascii: "\n") { break }
    }
    return UInt8(ascii: ",")
  }

  /// One line's fields, as byte ranges into the text; valid only inside ``forEachLine(_:)``'s body.
  struct Line {
    /// The 1-based line number.
    let number: Int
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    /// Each field's start and end in `bytes`, two values a field.
    fileprivate let bounds: UnsafeBufferPointer<Int>

    /// The number of fields.
    var count: Int { bounds.count / 2 }

    /// Field `index` without surrounding white space and double quotes (`""` inside read as `"`), or nil when the
    /// line has fewer fields or the field is empty.
    subscript(_ index: Int?) -> String? {
      guard let range = trimmed(index) else { return nil }
      return DelimitedText.unquoted(bytes, range)
    }

    /// Field `index` without surrounding white space but with its quotes (a PharmGKB list: `"a, b","c"`), or nil.
    func raw(_ index: Int?) -> String? {
      guard let range = trimmed(index) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The items of a field that lists them with `separator` (`A1B|ABG|GAB`), each trimmed and unquoted, empty
    /// ones and `-` dropped; the field's own surrounding quotes are removed first.
    func items(_ index: Int?, separator: UInt8) -> [String] {
      guard var range = trimmed(index) else { return [] }
      if range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\""),
        bytes[range.upperBound - 1] == UInt8(ascii: "\"")
      {
        range = (range.lowerBound + 1)..<(range.upperBound - 1)
      }
      var items: [String] = []
      var start = range.lowerBound
      while start <= range.upperBound {
        var end = start
        while end < range.upperBound, bytes[end] != separator { end += 1 }
        if let item = DelimitedText.trim(bytes, start..<end), !(item.count == 1 && bytes[item.lowerBound] == 0x2D) {
          items.append(DelimitedText.unquoted(bytes, item))
        }
        start = end + 1
      }
      return items
    }

    /// A field as bytes (see ``fieldBytes(_:)``).
    enum FieldBytes {
      /// No such field, or nothing but white space: the subscript's nil.
      case none
      /// The field's text, without surrounding white space: the subscript's string, as a range of ``text``.
      case bytes(Range<Int>)
      /// A field in double quotes: read it with the subscript.
      case quoted
    }

    /// All the bytes of the table (fields' ranges are offsets in them).
    var text: UnsafeBufferPointer<UInt8> { bytes }

    /// Field `index` as bytes, without making a string when it is not quoted: for tables read into flat storage
    /// (NCBI's `gene_info`, 77,000 rows of 16 fields).
    func fieldBytes(_ index: Int?) -> FieldBytes {
      guard let range = trimmed(index) else { return .none }
      if range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\""),
        bytes[range.upperBound - 1] == UInt8(ascii: "\"")
      {
        return .quoted
      }
      return .bytes(range)
    }

    /// Whether the line has no field but an empty one.
    var isBlank: Bool { count == 1 && bounds[0] == bounds[1] }

    private func trimmed(_ index: Int?) -> Range<Int>? {
      guard let index, index >= 0, index < count else { return nil }
      return DelimitedText.trim(bytes, bounds[2 * index]..<bounds[2 * index + 1])
    }
  }

  /// Calls `body` with each line (the header included), in order; stops early when `body` returns false.
  func forEachLine(_ body: (Line) throws -> Bool) rethrows {
    try bytes.withUnsafeBufferPointer { buffer in
      var start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var number = 0
      var bounds = [Int](repeating: 0, count: 64)
      let commas = separator == UInt8(ascii: ",")
      while start < buffer.count {
        number += 1
        let (lineEnd, fields) =
          commas
          ? Self.splitQuoted(buffer, from: start, into: &bounds)
          : Self.splitLine(buffer, from: start, at: separator, into: &bounds)
        let last = 2 * fields - 1
        if bounds[last] > bounds[last - 1], buffer[bounds[last] - 1] == 0x0D { bounds[last] -= 1 }
        start = lineEnd + 1
        let more = try bounds.withUnsafeBufferPointer { bounds in
          try body(Line(number: number, bytes: buffer, bounds: UnsafeBufferPointer(rebasing: bounds[0..<(2 * fields)])))
        }
        guard more else { return }
      }
    }
  }

  /// The end of the line that starts at `start` (the next LF, or `buffer.count`) and its number of fields, split at
  /// `separator`, whose start and end offsets are the first values of `bounds` (scratch space, grown when too
  /// short) (`gd_split_fields`, sixteen bytes at a time; `portable` for its byte-at-a-time twin, for tests).
  static func splitLine(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, at separator: UInt8, into bounds: inout [Int],
    portable: Bool = false
  ) -> (end: Int, fields: Int) {
    if bounds.count < 2 { bounds = [Int](repeating: 0, count: 64) }
    guard let base = buffer.baseAddress, start < buffer.count else {
      bounds[0] = min(start, buffer.count)
      bounds[1] = bounds[0]
      return (bounds[0], 1)
    }
    while true {
      var found = 0
      let capacity = bounds.count / 2
      let end = bounds.withUnsafeMutableBufferPointer { bounds in
        portable
          ? gd_split_fields_portable(base, buffer.count, start, separator, bounds.baseAddress, capacity, &found)
          : gd_split_fields(base, buffer.count, start, separator, bounds.baseAddress, capacity, &found)
      }
      if found <= capacity { return (end, found) }
      bounds = [Int](repeating: 0, count: 2 * found)
    }
  }

  /// Splits one comma-separated line with RFC 4180 quotes (a quoted field may hold a line end) into `bounds` (two
  /// values a field, grown when too short); returns where the line ends and its number of fields.
  private static func splitQuoted(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into bounds: inout [Int]
  ) -> (end: Int, fields: Int) {
    var fields = 0
    func note(_ end: Int, from fieldStart: Int) {
      if bounds.count < 2 * fields + 2 { bounds += [Int](repeating: 0, count: bounds.count + 2) }
      bounds[2 * fields] = fieldStart
      bounds[2 * fields + 1] = end
      fields += 1
    }
    var fieldStart = start
    var index = start
    var quoted = false
    while index < buffer.count {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\"") {
        if index == fieldStart || quoted { quoted.toggle() }
      } else if !quoted && byte == UInt8(ascii: ",") {
        note(index, from: fieldStart)
        fieldStart = index + 1
      } else if byte == UInt8(ascii: "\n") && !quoted {
        break
      }
      index += 1
    }
    note(index, from: fieldStart)
    return (index, fields)
  }

  /// A range without surrounding white space; nil when nothing is left.
  private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, ByteClass.isWhitespace(bytes[lower]) { lower += 1 }
    while upper > lower, ByteClass.isWhitespace(bytes[upper - 1]) { upper -= 1 }
    return upper > lower ? lower..<upper : nil
  }

  /// A trimmed field's text without surrounding double quotes, `""` read as `"`.
  private static func unquoted(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    guard range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\""),
      bytes[range.upperBound - 1] == UInt8(ascii: "\"")
    else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
    var inner: [UInt8] = []
    inner.reserveCapacity(range.count)
    var index = range.lowerBound + 1
    while index < range.upperBound - 1 {
      inner.append(bytes[index])
      if bytes[index] == UInt8(ascii: "\""), index + 1 < range.upperBound - 1, bytes[index + 1] == UInt8(ascii: "\"") {
        index += 1
      }
      index += 1
    }
    return String(decoding: inner, as: UTF8.self).trimmingWhitespace()
  }

  /// Splits a list inside one field as PharmGKB writes its generic and trade names: `"a, b","c"` → `a, b` and `c`;
  /// a field that does not start with a quote is one item, commas and all (`1H-1,2,4-triazole-3-carboxamide`).
  static func listItems(_ field: String) -> [String] {
    let trimmed = field.trimmingWhitespace()
    guard trimmed.hasPrefix("\"") else { return trimmed.isEmpty ? [] : [trimmed] }
    var items: [String] = []
    DelimitedText(Array(field.utf8), separator: UInt8(ascii: ",")).forEachLine { line in
      for index in 0..<line.count { if let item = line[index] { items.append(item) } }
      return true
    }
    return items
  }
}
