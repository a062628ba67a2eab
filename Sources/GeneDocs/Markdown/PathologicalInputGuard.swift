/// A linear pre-scan that turns away Markdown whose shape would make libcmark 0.30.2 run in quadratic time,
/// before the bytes reach cmark.
///
/// Debian's cmark 0.30.2 is superlinear on two families of input (measured with `Tests/pathological`):
/// - **Deep containers.** Every blank line walks all open list items, and emphasis deep inside block quotes or
///   list items walks the containers too: `- `×30,000 `x` then 30,000 newlines takes 15 s, `>`×100,000 then
///   `a*`×100,000 over a minute. The cost is *depth × lines*, so the guard bounds depth.
/// - **Image openers.** Each link walks every unmatched `![` left in its paragraph: `![[]()`×43,690 (256 KiB)
///   takes 3.6 s, ×160,000 over a minute. The cost is *image openers × links*, so the guard bounds `![` per paragraph.
///
/// Both features are estimated from the raw bytes from above — the guard may overcount, never undercount — so
/// with the default limits no input of 1 MiB keeps cmark busy for more than about half a second. Real gene
/// summaries nest a few levels at most and hold no images: the 450 corpus documents have no list, quote or image
/// at all, the repository's fixtures reach 2 levels and 1 image.
///
/// Run it on the exact bytes handed to cmark (after any encoding repair).
package struct PathologicalInputGuard: Sendable {
  // MARK: - Limits

  /// What the guard lets through.
  package struct Limits: Sendable {
    /// Most container levels one line may open or continue. Every `>`, every list marker (`-`, `+`, `*`, `1.`,
    /// `1)`) and every two columns of white space around them count one level; a line without any marker is not
    /// measured, as it cannot open a container.
    package var maxContainerDepth: Int
    /// Most image openers (`![`) in one paragraph: a run of lines up to a blank (or `>`-only) line or the start of
    /// a bullet item.
    package var maxImageOpenersPerParagraph: Int

    /// Creates limits.
    package init(maxContainerDepth: Int = 32, maxImageOpenersPerParagraph: Int = 128) {
      self.maxContainerDepth = maxContainerDepth
      self.maxImageOpenersPerParagraph = maxImageOpenersPerParagraph
    }

    /// 32 levels (cmark ≤ 0.6 s on 1 MiB of blank lines at that depth) and 128 image openers (≤ 0.2 s).
    package static let `default` = Limits()
  }

  // MARK: - Finding

  /// Where and why an input was turned away.
  package struct Finding: Sendable, Equatable {
    /// 1-based line (`\n`, `\r\n` and `\r` each end one).
    package let line: Int
    /// 1-based column, counted in UTF-8 bytes.
    package let column: Int
    /// What was exceeded, for people.
    package let message: String

    /// Creates a finding.
    package init(line: Int, column: Int, message: String) {
      self.line = line
      self.column = column
      self.message = message
    }
  }

  /// The limits in force.
  package let limits: Limits

  /// Creates a guard.
  package init(limits: Limits = .default) {
    self.limits = limits
  }

  // MARK: - Scanning

  /// Scans the input once; `nil` means it is safe to parse.
  package func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
    let end = bytes.count
    var index = 0
    var line = 1
    var images = 0
    if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }  // cmark skips a BOM
    // Without `![` and CR (the usual case) the rest of a line is skipped with `memchr`: the byte-by-byte walk was
    // 3.5% of a `--jobs 1` batch profile.
    let skipsLines =
      !Self.containsImageOpener(bytes) && ByteClass.firstIndex(of: Byte.cr, in: bytes, from: 0) == bytes.count
    while index < end {
      let start = index
      // The container prefix: white space, `>` and list markers.
      var column = 0
      var white = 0
      var markers = 0
      var quotesOnly = true  // only `>`, each after at most 3 spaces (4 after a `>`)
      var startsItem = false  // a bullet or `1.` within 3 columns of the line start
      var gap = 0
      prefix: while index < end {
        switch bytes[index] {
        case Byte.space:
          column += 1
          white += 1
          gap += 1
          index += 1
        case Byte.tab:
          let width = 4 - column % 4
          column += width
          white += width
          gap = 99
          index += 1
        case Byte.greater:
          if gap > (markers == 0 ? 3 : 4) { quotesOnly = false }
          gap = 0
          markers += 1
          column += 1
          index += 1
        default:
          let width = Self.listMarkerWidth(bytes, at: index)
          if width == 0 { break prefix }
          if markers == 0, column <= 3, width == 1 || width == 2 && bytes[index] == Byte.one {
            startsItem = true
          }
          quotesOnly = false
          markers += 1
          column += width
          index += width
        }
        if markers > 0, markers + white / 2 > limits.maxContainerDepth {
          return Finding(
            line: line, column: index - start,
            message: "Markdown nested deeper than \(limits.maxContainerDepth) block quotes and list items")
        }
      }
      // A blank (or `>`-only) line ends the paragraph, and so does a non-empty `-`, `+`, `*` or `1.` item; any
      // other line may continue it (`text\n2. x` is one paragraph).
      let blank = index == end || bytes[index] == Byte.lf || bytes[index] == Byte.cr
      if blank ? quotesOnly : startsItem { images = 0 }
      // The rest of the line: count image openers.
      if skipsLines { index = ByteClass.firstIndex(of: Byte.lf, in: bytes, from: index) }
      while index < end {
        let byte = bytes[index]
        if byte == Byte.lf || byte == Byte.cr { break }
        if byte == Byte.bracket, index > start, bytes[index - 1] == Byte.bang {
          images += 1
          if images > limits.maxImageOpenersPerParagraph {
            return Finding(
              line: line, column: index - start,
              message: "more than \(limits.maxImageOpenersPerParagraph) image openers `![` in one paragraph")
          }
        }
        index += 1
      }
      if index < end {
        index += bytes[index] == Byte.cr && index + 1 < end && bytes[index + 1] == Byte.lf ? 2 : 1
        line += 1
      }
    }
    return nil
  }

  /// Whether the bytes hold `![` anywhere.
  private static func containsImageOpener(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = ByteClass.firstIndex(of: Byte.bang, in: bytes, from: 0)
    while index + 1 < bytes.count {
      if bytes[index + 1] == Byte.bracket { return true }
      index = ByteClass.firstIndex(of: Byte.bang, in: bytes, from: index + 1)
    }
    return false
  }

  /// The width of the list marker at `index` (`-`, `+`, `*`, or 1–9 digits and `.` or `)`, followed by a space,
  /// a tab or the end of the line), or 0.
  private static func listMarkerWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    var next = index
    switch bytes[index] {
    case Byte.dash, Byte.plus, Byte.star:
      next += 1
    case Byte.zero...Byte.nine:
      while next < bytes.count, next - index < 10, (Byte.zero...Byte.nine).contains(bytes[next]) { next += 1 }
      guard next - index <= 9, next < bytes.count, bytes[next] == Byte.dot || bytes[next] == Byte.paren else {
        return 0
      }
      next += 1
    default:
      return 0
    }
    guard next < bytes.count else { return next - index }
    switch bytes[next] {
    case Byte.space, Byte.tab, Byte.lf, Byte.cr: return next - index
    default: return 0
    }
  }

  // MARK: - Bytes

  private enum Byte {
    static let tab = UInt8(ascii: "\t")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let bang = UInt8(ascii: "!")
    static let paren = UInt8(ascii: ")")
    static let star = UInt8(ascii: "*")
    static let plus = UInt8(ascii: "+")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let one = UInt8(ascii: "1")
    static let nine = UInt8(ascii: "9")
    static let greater = UInt8(ascii: ">")
    static let bracket = UInt8(ascii: "[")
  }
}
