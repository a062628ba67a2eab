#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns operands (files, directories, `-`) and then the lines of a `--files-from` list into inputs, lazily: one
/// directory's entries at a time, one chunk of the list at a time.
///
/// An operand that does not exist or cannot be examined becomes a failure in its place; the rest goes on. Operands
/// and listed paths are taken as they are; only what a directory walk finds can be left out (``WalkOptions``).
final class InputEnumerator {
  private var operands: IndexingIterator<[String]>
  private let list: PathListReader?
  private var walker: DirectoryWalker?
  private var lookahead: [InputItem] = []
  private let walk: WalkOptions

  /// Creates an enumerator; throws when the `--files-from` list cannot be opened.
  init(operands: [String], filesFrom: String?, walk: WalkOptions = WalkOptions()) throws(InputListError) {
    self.operands = operands.makeIterator()
    self.walk = walk
    self.list = try filesFrom.map { path throws(InputListError) in try PathListReader(path: path) }
  }

  /// The next input or failure, or nil when all are done; throws when the `--files-from` list cannot be read.
  func next() throws(InputListError) -> InputItem? {
    if !lookahead.isEmpty { return lookahead.removeFirst() }
    return try produce()
  }

  /// Whether there are at least `count` items left (reading ahead as needed; nothing is lost).
  func hasAtLeast(_ count: Int) throws(InputListError) -> Bool {
    while lookahead.count < count {
      guard let item = try produce() else { return false }
      lookahead.append(item)
    }
    return true
  }

  private func produce() throws(InputListError) -> InputItem? {
    while true {
      if walker != nil {
        if let item = walker!.next() { return item }
        walker = nil
      }
      guard let operand = try nextOperand() else { return nil }
      if let item = classify(operand) { return item }
    }
  }

  private func nextOperand() throws(InputListError) -> String? {
    if let operand = operands.next() { return operand }
    return try list?.next()
  }

  /// An input or failure for a file operand; nil after starting the walk of a directory operand.
  private func classify(_ operand: String) -> InputItem? {
    if operand == "-" { return .input(BatchInput(path: operand)) }
    var status = stat()
    guard stat(operand, &status) == 0 else { return .failure(path: operand, SystemError.current) }
    guard (status.st_mode & S_IFMT) == S_IFDIR else { return .input(BatchInput(path: operand)) }
    walker = DirectoryWalker(root: operand, options: walk)
    return nil
  }
}
