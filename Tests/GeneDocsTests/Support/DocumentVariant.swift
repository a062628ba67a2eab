import Foundation
import Testing

/// Variants of a gene document in the shapes SPEC §1 says documents come in, made from its text: what `fix`
/// must put back into canonical form without changing what the document says.
enum DocumentVariant: String, CaseIterable, CustomTestStringConvertible {
  case original
  case headingLevels = "heading levels"
  case setext
  case closingHashes = "closing hashes"
  case lowerCase = "lower case"
  case reordered
  case mojibake
  case byteOrderMark = "byte-order mark"
  case crlf = "CRLF"
  case extraSection = "extra section"
  case trailingWhitespace = "trailing white space"
  case everything = "all at once"

  var testDescription: String { rawValue }

  /// The variant of a document's text.
  func apply(_ text: String) -> [UInt8] {
    switch self {
    case .original: return Array(text.utf8)
    case .headingLevels:
      return bytes(
        Self.mapHeadings(text) { index, level, content in
          (level == 2 ? [1, 3, 4][index % 3] : level, content, false)
        })
    case .setext:
      return bytes(Self.mapHeadings(text) { index, level, content in (index % 2 == 0 ? 1 : 2, content, true) })
    case .closingHashes:
      return bytes(
        Self.mapHeadings(text) { _, level, content in
          (level, content + " " + String(repeating: "#", count: 3) + "  ", false)
        })
    case .lowerCase: return bytes(Self.mapHeadings(text) { _, level, content in (level, content.lowercased(), false) })
    case .reordered: return bytes(Self.reordered(text))
    case .mojibake: return bytes(Self.mojibake(text))
    case .byteOrderMark: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case .crlf:
      return bytes(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
    case .extraSection: return bytes(Self.extraSection(text))
    case .trailingWhitespace: return bytes(Self.trailingWhitespace(text))
    case .everything:
      var text = Self.extraSection(Self.reordered(Self.trailingWhitespace(Self.mojibake(text))))
      text = Self.mapHeadings(text) { index, level, content in
        ([2, 3, 1][index % 3], index % 2 == 0 ? content.uppercased() : content + " ##", false)
      }
      return [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
  }

  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  // MARK: - Transformations

  /// Lines outside fenced code blocks and front matter, with their index.
  private static func lines(_ text: String) -> [String] {
    text.components(separatedBy: "\n")
  }

  /// Rewrites every ATX heading line (outside front matter and fences): `transform(index, level, content)` gives the
  /// new level, content and whether to write it setext-style (levels 1 and 2 only).
  static func mapHeadings(_ text: String, _ transform: (Int, Int, String) -> (Int, String, Bool)) -> String {
    var output: [String] = []
    var index = 0
    for (line, isProse) in proseLines(text) {
      guard isProse, let (level, content) = atx(line) else {
        output.append(line)
        continue
      }
      let (newLevel, newContent, setext) = transform(index, level, content)
      index += 1
      if setext && newLevel <= 2 && !newContent.isEmpty {
        output.append(newContent)
        output.append(String(repeating: newLevel == 1 ? "=" : "-", count: max(newContent.count, 3)))
      } else {
        output.append(String(repeating: "#", count: newLevel) + (newContent.isEmpty ? "" : " " + newContent))
      }
    }
    return output.joined(separator: "\n")
  }

  /// The lines, each with whether it is prose (not front matter, not inside a fenced code block).
  static func proseLines(_ text: String) -> [(String, Bool)] {
    var result: [(String, Bool)] = []
    var inFront = text.hasPrefix("---\n") || text.hasPrefix("---\r\n")
    var inFence = false
    for (number, line) in lines(text).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if inFront {
        result.append((line, false))
        if number > 0 && (trimmed == "---" || trimmed == "...") { inFront = false }
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        result.append((line, false))
        continue
      }
      result.append((line, !inFence))
    }
    return result
  }

  /// The level and trimmed content of an ATX heading line.
  private static func atx(_ line: String) -> (Int, String)? {
    let hashes = line.prefix { $0 == "#" }.count
    guard hashes >= 1, hashes <= 6 else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " else { return nil }
    var content = rest.trimmingCharacters(in: .whitespaces)
    while content.hasSuffix("#") { content = String(content.dropLast()).trimmingCharacters(in: .whitespaces) }
    return (hashes, content)
  }

  /// The sections (from one level-2 ATX heading to the next) rotated by one; what comes before the first stays.
  static func reordered(_ text: String) -> String {
    var head: [String] = []
    var sections: [[String]] = []
    for (line, isProse) in proseLines(text) {
      if isProse, let (level, _) = atx(line), level <= 2 {
        sections.append([line])
      } else if sections.isEmpty {
        head.append(line)
      } else {
        sections[sections.count - 1].append(line)
      }
    }
    guard sections.count > 1 else { return text }
    // Each section ends with a blank line, so that rotating does not glue a heading to the text before it.
    let padded = sections.map { $0.last == "" ? $0 : $0 + [""] }
    let rotated = Array(padded.dropFirst()) + [padded[0]]
    return (head + rotated.flatMap { $0 }).joined(separator: "\n")
  }

  /// Typical mojibake: the apostrophe and quotes of the document, and one more word, as UTF-8 read as Windows-1252.
  static func mojibake(_ text: String) -> String {
    var output: [String] = []
    var added = false
    for (line, isProse) in proseLines(text) {
      guard isProse, atx(line) == nil, !line.trimmingCharacters(in: .whitespaces).isEmpty else {
        output.append(line)
        continue
      }
      var damaged = line.replacingOccurrences(of: "’", with: "â€™").replacingOccurrences(of: "é", with: "Ã©")
      if !added {
        damaged += " The geneâ€™s name is â€œofficialâ€."
        added = true
      }
      output.append(damaged)
    }
    return output.joined(separator: "\n")
  }

  /// A section that is not one of the three, before the last section and at the end.
  static func extraSection(_ text: String) -> String {
    var lines = proseLines(text)
    if let last = lines.lastIndex(where: { $0.1 && atx($0.0) != nil }) {
      lines.insert(("", true), at: last)
      lines.insert(("Curator notes for this record.", true), at: last)
      lines.insert(("## Curator Notes", true), at: last)
    }
    var text = lines.map(\.0).joined(separator: "\n")
    if !text.hasSuffix("\n") { text += "\n" }
    return text + "\n### References\n\nSee the [gene page](https://example.org/gene) for more.\n"
  }

  /// Spaces and tabs at the end of lines, blank lines doubled, and blank lines of white space.
  static func trailingWhitespace(_ text: String) -> String {
    proseLines(text).enumerated().map { number, entry in
      let (line, isProse) = entry
      guard isProse else { return line }
      if line.isEmpty { return number % 2 == 0 ? "  \n" : "\t" }
      return line + (number % 5 == 0 ? "  " : number % 3 == 0 ? " \t" : " ")
    }.joined(separator: "\n") + "\n\n\n"
  }
}
