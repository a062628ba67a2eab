extension StringProtocol {
  /// The string without leading and trailing white space (spaces, tabs, line ends, other Unicode white space).
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let last = lastIndex(where: { !$0.isWhitespace })!
    return String(self[first...last])
  }
}
