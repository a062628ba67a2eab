extension StringProtocol {
  /// The string without leading and trailing white space (spaces, tabs, line ends, other Unicode white space).
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace })!
    return String(self[first...last])
  }
}

extension String {
  /// The string without leading and trailing white space (spaces, tabs, line ends, other Unicode white space).
  ///
  /// An ASCII byte that is not white space at both ends means neither end character is white space, so the string
  /// is returned as it is without reading its characters (Unicode white-space lookups were 1% of a batch profile).
  func trimmingWhitespace() -> String {
    if let head = utf8.first, let tail = utf8.last, head < 0x80, tail < 0x80, !ByteClass.isWhitespace(head),
      !ByteClass.isWhitespace(tail)
    {
      return self
    }
    // ASCII white space trimmed as bytes while the characters left at both ends are ASCII too (then no grapheme
    // cluster crosses a cut); otherwise by `Character` (the Unicode walk was 2,000 instructions a name).
    var text = self
    let kept: Range<Int>? = text.withUTF8 { bytes in
      var lower = 0
      var upper = bytes.count
      while lower < upper, ByteClass.isWhitespace(bytes[lower]) { lower += 1 }
      while upper > lower, ByteClass.isWhitespace(bytes[upper - 1]) { upper -= 1 }
      guard lower < upper else { return 0..<0 }
      return bytes[lower] < 0x80 && bytes[upper - 1] < 0x80 ? lower..<upper : nil
    }
    guard let kept else { return self[...].trimmingWhitespace() }
    let start = utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)
    let end = utf8.index(utf8.startIndex, offsetBy: kept.upperBound)
    return String(self[start..<end])
  }
}
