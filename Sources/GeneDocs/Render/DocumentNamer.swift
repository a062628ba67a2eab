/// Names the files `render` writes: the stem of the record's source path (or its symbol), made safe, `.md`, and
/// never the same name twice in one run.
///
/// A name never leaves the output folder: only the last component of a source path is used, and `/`, `\`, NUL
/// and control characters become `_`, as do `.` and `-` at the start (no hidden files, no names read as options).
/// Names are compared without case (case-insensitive file systems), and a name already given gets `_2`, `_3`, …
/// (after an `_`, so the file name's stem still reads as the same symbol). A record with neither a usable stem nor a
/// symbol is named `record_N` after its number.
package struct DocumentNamer: Sendable {
  /// What names files.
  package enum Basis: String, Sendable, CaseIterable {
    /// The stem of `source.path`, else the symbol.
    case source
    /// The symbol, else the stem of `source.path`.
    case symbol
  }

  /// A file name and, when it is not simply the stem or symbol, why.
  package struct Name: Sendable, Equatable {
    /// The file name, `.md` included.
    package let fileName: String
    /// Why the name differs from what the record gave (sanitised, taken, fallen back), or nil.
    package let note: String?
  }

  /// The most bytes of a name before `.md` (file systems allow 255).
  static let maxBytes = 200

  private let basis: Basis
  private var used: Set<String> = []

  /// Creates a namer.
  package init(basis: Basis) {
    self.basis = basis
  }

  /// The name for the next record (`number` counts records from 1).
  package mutating func name(sourcePath: String?, symbol: String?, number: Int) -> Name {
    let stem = sourcePath.flatMap(Self.stem)
    let candidates: [(String?, String)] =
      basis == .source ? [(stem, "source path"), (symbol, "symbol")] : [(symbol, "symbol"), (stem, "source path")]
    var notes: [String] = []
    var base: String?
    for (index, (raw, what)) in candidates.enumerated() {
      guard let raw, !raw.isEmpty else {
        if index == 0 { notes.append("no \(what)") }
        continue
      }
      let safe = Self.sanitised(raw)
      guard !safe.isEmpty else { continue }
      if safe != raw { notes.append("\(what) '\(Self.shown(raw))' made safe") }
      if index > 0 { notes.append("named by \(what)") }
      base = safe
      break
    }
    let start = base ?? "record_\(number)"
    var name = start
    var suffix = 2
    while used.contains(name.lowercased()) {
      name = "\(start)_\(suffix)"
      suffix += 1
    }
    if name != start { notes.append("'\(start).md' already written by an earlier record") }
    used.insert(name.lowercased())
    return Name(fileName: name + ".md", note: notes.isEmpty ? nil : notes.joined(separator: "; "))
  }

  // MARK: - Names

  /// The last component of a path without its extension; nil for `-` (standard input) or no name. On bytes (the
  /// `String` split was 5% of a `render` profile); `/` and `.` are ASCII, so every cut is at a character boundary.
  static func stem(_ path: String) -> String? {
    guard path != "-" else { return nil }
    var path = path
    return path.withUTF8 { bytes -> String? in
      var end = bytes.count
      while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
      var start = end
      while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
      guard start < end else { return nil }
      var stemEnd = end
      while stemEnd > start + 1, bytes[stemEnd - 1] != UInt8(ascii: ".") { stemEnd -= 1 }
      if stemEnd == start + 1 { stemEnd = end + 1 }  // no dot after the first byte: no extension
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stemEnd - 1]), as: UTF8.self)
    }
  }

  /// The name with every character a file name must not hold replaced by `_`, `.` and `-` at the start too,
  /// and cut to ``maxBytes`` at a character boundary.
  static func sanitised(_ name: String) -> String {
    var result = ""
    var leading = true
    for scalar in name.unicodeScalars {
      let value = scalar.value
      let unsafe =
        value < 0x20 || (0x7F...0x9F).contains(value) || scalar == "/" || scalar == "\\" || value == 0x2028
        || value == 0x2029
      let hiding = leading && (scalar == "." || scalar == "-")
      leading = leading && hiding
      if result.utf8.count + String(scalar).utf8.count > maxBytes { break }
      result.unicodeScalars.append(unsafe || hiding ? "_" : scalar)
    }
    return result
  }

  /// A name as shown in a note: control characters as `\u{…}`.
  private static func shown(_ name: String) -> String {
    name.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }
      .joined()
  }
}
