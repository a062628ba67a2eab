#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads records for `render` from a file or standard input: JSON Lines (one object a line, read a chunk at a time),
/// a JSON array, or one JSON object (both read whole), told apart by the first character and the first line.
///
/// Each record comes with the line it starts on. In JSON Lines a line that is not JSON is reported and the next
/// one read; in an array, reading stops at a syntax error.
package final class RecordReader {
  /// One step of the reading.
  package enum Item: Sendable {
    /// A JSON value and the line it starts on.
    case record(line: Int, JSONValue)
    /// Text that is not JSON, where.
    case failure(line: Int, column: Int, message: String)
  }

  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private var line = 0
  private var mode: Mode?
  private var pending: [Item] = []

  private enum Mode {
    case lines
    case whole
  }

  /// Opens `path`, or standard input for `-`; throws a message when it cannot be opened.
  package init(path: String) throws(InputListError) {
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
      return
    }
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw InputListError(message: "cannot read '\(path)': \(String(cString: strerror(errno)))")
    }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw InputListError(message: "cannot read '\(path)': Is a directory")
    }
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The next record or failure, or nil at the end; throws when the input cannot be read.
  package func next() throws(InputListError) -> Item? {
    switch try nextUnread() {
    case .line(let number, let text): return Self.item(text, line: number)
    case .item(let item): return item
    case nil: return nil
    }
  }

  /// What ``nextUnread()`` gives: a line of JSON Lines not read as JSON yet (``item(_:line:)`` reads it, on any
  /// thread), or an item already read.
  enum Unread: Sendable {
    case line(Int, [UInt8])
    case item(Item)
  }

  /// The next line of JSON Lines as it is, or the next item of an array or object.
  func nextUnread() throws(InputListError) -> Unread? {
    if mode == nil { try decideMode() }
    if !pending.isEmpty { return .item(pending.removeFirst()) }
    guard mode == .lines else { return nil }
    while let (number, text) = try nextLine() {
      guard text.contains(where: { !Self.isWhitespace($0) }) else { continue }
      return .line(number, Array(text))
    }
    return nil
  }

  /// A line of JSON Lines read as JSON.
  static func item(_ text: [UInt8], line: Int) -> Item {
    switch JSONReader.value(text[...], firstLine: line) {
    case .success(let value): return .record(line: line, value)
    case .failure(let failure): return .failure(line: failure.line, column: failure.column, message: failure.message)
    }
  }

  // MARK: - Telling the formats apart

  /// `[` starts an array; `{` on a line that is a whole JSON value starts JSON Lines; anything else is one value.
  private func decideMode() throws(InputListError) {
    while !atEnd, firstContent() == nil { try fill() }
    guard let first = firstContent() else {
      mode = .lines
      return
    }
    if buffer[first] == UInt8(ascii: "{") {
      while !atEnd, !buffer[first...].contains(0x0A) { try fill() }
      let end = buffer[first...].firstIndex(of: 0x0A) ?? buffer.count
      if case .success = JSONReader.value(buffer[first..<end]) {
        mode = .lines
        return
      }
    }
    mode = .whole
    while !atEnd { try fill() }
    var text = buffer[start...]
    if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
    if buffer[first] == UInt8(ascii: "[") {
      let (elements, failure) = JSONReader.elements(text)
      pending = elements.map { Item.record(line: $0.line, $0.value) }
      if let failure { pending.append(.failure(line: failure.line, column: failure.column, message: failure.message)) }
    } else {
      switch JSONReader.value(text) {
      case .success(let value): pending = [.record(line: 1, value)]
      case .failure(let failure):
        pending = [.failure(line: failure.line, column: failure.column, message: failure.message)]
      }
    }
    buffer = []
  }

  /// The offset of the first byte that is not white space (nor a byte-order mark), or nil.
  private func firstContent() -> Int? {
    var index = start
    if buffer[start...].starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
    while index < buffer.count, Self.isWhitespace(buffer[index]) { index += 1 }
    return index < buffer.count ? index : nil
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  // MARK: - Lines

  private func nextLine() throws(InputListError) -> (Int, ArraySlice<UInt8>)? {
    while true {
      let newline = buffer.withUnsafeBufferPointer { ByteClass.firstIndex(of: 0x0A, in: $0, from: start) }
      if newline < buffer.count {
        let text = buffer[start..<newline]
        start = newline + 1
        line += 1
        return (line, line == 1 && text.starts(with: [0xEF, 0xBB, 0xBF]) ? text.dropFirst(3) : text)
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let text = buffer[start...]
        start = buffer.count
        line += 1
        return (line, line == 1 && text.starts(with: [0xEF, 0xBB, 0xBF]) ? text.dropFirst(3) : text)
      }
      try fill()
    }
  }

  private func fill() throws(InputListError) {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    let chunk = 1 << 20
    let old = buffer.count
    buffer += repeatElement(0, count: chunk)
    var count: Int
    repeat {
      count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
    } while count < 0 && errno == EINTR
    let failure = errno
    buffer.removeLast(chunk - max(count, 0))
    guard count >= 0 else {
      throw InputListError(message: "cannot read the records: \(String(cString: strerror(failure)))")
    }
    if count == 0 { atEnd = true }
  }
}
