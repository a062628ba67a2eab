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
    return self[...].trimmingWhitespace()
  }
}
