/// A schema `pattern` (ECMA-262 syntax, which the schema's patterns share with Swift's `Regex`), compiled once.
///
/// A whole-string pattern of one character set repeated (`^[0-9a-f]{64}$`, `^[A-Z]+$`, `^[a-z0-9_]{1,8}$`) is
/// matched by hand: `Regex` was 4.6% of a `render` profile for the one `sha256` pattern. Others go to `Regex`.
struct SchemaPattern: @unchecked Sendable {  // Regex is not Sendable; it is only read.
  private enum Matcher {
    case repetition(allowed: [ClosedRange<UInt8>], least: Int, most: Int)
    case regex(Regex<AnyRegexOutput>)
    case unusable
  }

  /// The pattern as the schema writes it.
  let text: String
  private let matcher: Matcher

  /// Compiles a pattern.
  init(_ text: String) {
    self.text = text
    if let (allowed, least, most) = Self.repetition(text) {
      matcher = .repetition(allowed: allowed, least: least, most: most)
    } else if let regex = try? Regex(text) {
      matcher = .regex(regex)
    } else {
      matcher = .unusable
    }
  }

  /// Whether the pattern is matched by hand.
  var isRepetition: Bool {
    if case .repetition = matcher { return true }
    return false
  }

  /// Whether `string` matches (somewhere, as JSON Schema's patterns are not anchored unless they say so); a pattern
  /// that does not compile matches everything.
  func matches(_ string: String) -> Bool {
    switch matcher {
    case .repetition(let allowed, let least, let most):
      let bytes = string.utf8
      return bytes.count >= least && bytes.count <= most
        && bytes.allSatisfy { byte in allowed.contains { $0.contains(byte) } }
    case .regex(let regex): return string.contains(regex)
    case .unusable: return true
    }
  }

  /// `^[set]quantifier$` with an ASCII set of characters and ranges and a quantifier `{n}`, `{n,}`, `{n,m}`, `+`,
  /// `*` or none.
  private static func repetition(_ pattern: String) -> ([ClosedRange<UInt8>], Int, Int)? {
    var bytes = Array(pattern.utf8)[...]
    guard bytes.first == UInt8(ascii: "^"), bytes.last == UInt8(ascii: "$") else { return nil }
    bytes = bytes.dropFirst().dropLast()
    guard bytes.first == UInt8(ascii: "["), let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { return nil }
    var set = bytes[bytes.startIndex + 1..<close]
    var allowed: [ClosedRange<UInt8>] = []
    while let low = set.first {
      guard low < 0x80, !"\\^[-".utf8.contains(low) else { return nil }
      set = set.dropFirst()
      if set.first == UInt8(ascii: "-"), set.count >= 2, let high = set.dropFirst().first, high < 0x80 {
        guard high >= low else { return nil }
        allowed.append(low...high)
        set = set.dropFirst(2)
      } else {
        allowed.append(low...low)
      }
    }
    guard !allowed.isEmpty else { return nil }
    let quantifier = String(decoding: bytes[(close + 1)...], as: UTF8.self)
    switch quantifier {
    case "": return (allowed, 1, 1)
    case "+": return (allowed, 1, .max)
    case "*": return (allowed, 0, .max)
    default:
      guard quantifier.hasPrefix("{"), quantifier.hasSuffix("}") else { return nil }
      let parts = quantifier.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
      guard let least = parts.first.flatMap({ Int($0) }), parts.count <= 2 else { return nil }
      let most = parts.count == 1 ? least : (parts[1].isEmpty ? .max : (Int(parts[1]) ?? -1))
      return most >= least ? (allowed, least, most) : nil
    }
  }
}
