/// Git's `wildmatch` with `WM_PATHNAME`, on bytes: the glob language of `.gitignore` patterns.
///
/// `*` matches any run of bytes but `/`, `?` one byte but `/`, `[...]` one byte but `/` from a set (`[!...]` or
/// `[^...]` outside it; ranges `a-z`; `[:alpha:]`-style classes; `\` escapes), `\x` the byte `x`. `**` between
/// slashes (or at either end) matches any number of whole path segments, so `**/x` matches `x` and `a/b/x`, `a/**`
/// everything inside `a`, and `a/**/b` `a/b` and `a/x/y/b`; other runs of `*` act as one `*`.
///
/// Written by hand: no Swift package implements gitignore globs. Like git, it gives up early once a star can no
/// longer help (the abort results), so no pattern takes exponential time.
enum Wildmatch {
  private enum Outcome {
    case match
    case noMatch
    case abortAll
    case abortToDoubleStar
  }

  /// Whether `text` matches `pattern`.
  static func matches(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
    pattern.withUnsafeBufferPointer { pattern in
      text.withUnsafeBufferPointer { text in match(pattern, 0, text, 0) == .match }
    }
  }

  private static let slash = UInt8(ascii: "/")
  private static let star = UInt8(ascii: "*")
  private static let backslash = UInt8(ascii: "\\")

  private static func match(
    _ pattern: UnsafeBufferPointer<UInt8>, _ start: Int, _ text: UnsafeBufferPointer<UInt8>, _ textStart: Int
  ) -> Outcome {
    var p = start
    var t = textStart
    while p < pattern.count {
      var byte = pattern[p]
      if t >= text.count && byte != star { return .abortAll }
      switch byte {
      case UInt8(ascii: "?"):
        if text[t] == slash { return .noMatch }
      case star:
        var matchesSlash = false
        let first = p
        p += 1
        if p < pattern.count && pattern[p] == star {
          while p < pattern.count && pattern[p] == star { p += 1 }
          let opensSegment = first == 0 || pattern[first - 1] == slash
          let closesSegment = p == pattern.count || pattern[p] == slash
          if opensSegment && closesSegment {
            // `**/` may match no segment at all: try the rest of the pattern right here.
            if p < pattern.count && match(pattern, p + 1, text, t) == .match { return .match }
            matchesSlash = true
          }
        }
        if p == pattern.count {
          // A trailing star matches the rest, unless the rest crosses a `/` and the star may not.
          if !matchesSlash && text[t...].contains(slash) { return .abortToDoubleStar }
          return .match
        }
        if !matchesSlash && pattern[p] == slash {
          // `*/`: the star ends at the next `/` of the text.
          guard let next = text[t...].firstIndex(of: slash) else { return .noMatch }
          t = next
          continue
        }
        while t < text.count {
          let outcome = match(pattern, p, text, t)
          if outcome != .noMatch {
            if !matchesSlash || outcome != .abortToDoubleStar { return outcome }
          } else if !matchesSlash && text[t] == slash {
            return .abortToDoubleStar
          }
          t += 1
        }
        return .abortAll
      case UInt8(ascii: "["):
        // As in git, a bracket expression that is not closed (or names no class) matches nothing.
        guard let (matched, end) = matchClass(pattern, p, text[t]) else { return .abortAll }
        if !matched || text[t] == slash { return .noMatch }
        p = end
        t += 1
        continue
      default:
        if byte == backslash && p + 1 < pattern.count {
          p += 1
          byte = pattern[p]
        }
        if text[t] != byte { return .noMatch }
      }
      p += 1
      t += 1
    }
    return t == text.count ? .match : .noMatch
  }

  /// Whether `byte` is in the bracket expression that opens at `open`, and the index just past its `]`; nil when
  /// the expression is not closed or names an unknown class.
  private static func matchClass(_ pattern: UnsafeBufferPointer<UInt8>, _ open: Int, _ byte: UInt8) -> (Bool, Int)? {
    var p = open + 1
    guard p < pattern.count else { return nil }
    var negated = false
    if pattern[p] == UInt8(ascii: "!") || pattern[p] == UInt8(ascii: "^") {
      negated = true
      p += 1
    }
    var matched = false
    var previous: UInt8?
    var first = true
    while p < pattern.count {
      var current = pattern[p]
      if current == UInt8(ascii: "]") && !first { return (matched != negated, p + 1) }
      first = false
      if current == backslash && p + 1 < pattern.count {
        p += 1
        current = pattern[p]
      } else if current == UInt8(ascii: "-"), let low = previous, p + 1 < pattern.count,
        pattern[p + 1] != UInt8(ascii: "]")
      {
        p += 1
        var high = pattern[p]
        if high == backslash && p + 1 < pattern.count {
          p += 1
          high = pattern[p]
        }
        if low <= byte && byte <= high { matched = true }
        previous = nil
        p += 1
        continue
      } else if current == UInt8(ascii: "["), p + 1 < pattern.count, pattern[p + 1] == UInt8(ascii: ":") {
        switch namedClass(pattern, p, byte) {
        case .member(let inClass, let end):
          if inClass { matched = true }
          previous = nil
          p = end
          continue
        case .unknown:
          return nil
        case .notAClass:
          break
        }
      }
      if current == byte { matched = true }
      previous = current
      p += 1
    }
    return nil
  }

  private enum NamedClass {
    /// Whether the byte is in the class, and the index past its `:]`.
    case member(Bool, end: Int)
    /// A class git does not know, or no closing bracket: the pattern matches nothing.
    case unknown
    /// No `:]` before the next `]`: the `[` is an ordinary member of the set.
    case notAClass
  }

  /// The `[:name:]` class at `open`, as git reads it.
  private static func namedClass(_ pattern: UnsafeBufferPointer<UInt8>, _ open: Int, _ byte: UInt8) -> NamedClass {
    var end = open + 2
    while end < pattern.count, pattern[end] != UInt8(ascii: "]") { end += 1 }
    guard end < pattern.count else { return .unknown }
    guard end - 1 >= open + 2, pattern[end - 1] == UInt8(ascii: ":") else { return .notAClass }
    end -= 1
    let name = String(decoding: pattern[(open + 2)..<end], as: UTF8.self)
    let c = byte
    let isUpper = c >= 0x41 && c <= 0x5A
    let isLower = c >= 0x61 && c <= 0x7A
    let isDigit = c >= 0x30 && c <= 0x39
    let result: Bool
    switch name {
    case "alpha": result = isUpper || isLower
    case "digit": result = isDigit
    case "alnum": result = isUpper || isLower || isDigit
    case "upper": result = isUpper
    case "lower": result = isLower
    case "space": result = c == 0x20 || (c >= 0x09 && c <= 0x0D)
    case "blank": result = c == 0x20 || c == 0x09
    case "punct":
      result =
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
        || (c >= 0x7B && c <= 0x7E)
    case "xdigit": result = isDigit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    case "cntrl": result = c < 0x20 || c == 0x7F
    case "print": result = c >= 0x20 && c <= 0x7E
    case "graph": result = c >= 0x21 && c <= 0x7E
    default: return .unknown
    }
    return .member(result, end: end + 2)
  }
}
