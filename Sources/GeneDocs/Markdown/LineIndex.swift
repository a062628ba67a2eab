/// Maps byte offsets to 1-based lines and byte columns and back. Line ends are LF, CRLF or a lone CR, as in cmark.
package struct LineIndex: Sendable {
  /// Byte offset of the start of each line (index 0 is line 1).
  package let lineStarts: [Int]
  /// The number of bytes indexed.
  package let byteCount: Int

  /// Indexes the lines of a byte buffer.
  package init<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
    if let starts = bytes.withContiguousStorageIfAvailable(Self.lineStartsWithoutCR), let starts {
      lineStarts = starts
      byteCount = bytes.count
      return
    }
    var starts = [0]
    starts.reserveCapacity(bytes.count / 64 + 1)
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        starts.append(index + 1 - bytes.startIndex)
      } else if byte == UInt8(ascii: "\r") {
        if index + 1 < end, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        starts.append(index + 1 - bytes.startIndex)
      }
      index += 1
    }
    lineStarts = starts
    byteCount = bytes.count
  }

  /// Line starts found with `memchr` when the bytes hold no CR (the usual case; nil otherwise): the byte-by-byte
  /// loop was 3% of a `--jobs 1` batch profile.
  private static func lineStartsWithoutCR(_ buffer: UnsafeBufferPointer<UInt8>) -> [Int]? {
    guard ByteClass.firstIndex(of: UInt8(ascii: "\r"), in: buffer, from: 0) == buffer.count else { return nil }
    var starts = [0]
    starts.reserveCapacity(buffer.count / 64 + 1)
    var index = ByteClass.firstIndex(of: UInt8(ascii: "\n"), in: buffer, from: 0)
    while index < buffer.count {
      starts.append(index + 1)
      index = ByteClass.firstIndex(of: UInt8(ascii: "\n"), in: buffer, from: index + 1)
    }
    return starts
  }

  /// The line and column of a byte offset.
  package func location(ofOffset offset: Int) -> SourceLocation {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
  }

  /// The byte offset of a 1-based line and column, clamped to the buffer.
  package func offset(line: Int, column: Int = 1) -> Int {
    guard line >= 1 else { return 0 }
    guard line <= lineStarts.count else { return byteCount }
    return min(lineStarts[line - 1] + max(column - 1, 0), byteCount)
  }
}
