/// A drug's name written for the body's own substance: the words beside it say the body makes it, keeps it or signals
/// with it, or class it with the body's own molecules (`retinoic acid biosynthesis`, `the neurotransmitter
/// acetylcholine`). Many medicines are also made in the body (tretinoin, epinephrine, thrombin, interferon gamma);
/// these documents name them mostly in that sense, and a pipeline that counts a gene's drugs should not count them.
///
/// Each cue is a row: the words right before the name, or right after it, that show the body's substance, with a
/// sentence written here in which it does. Words are ASCII letters compared case aside, `(` is a word of its own, and
/// only spaces and line breaks lie between them (markup is a break). Not cues, since medicines take them too:
/// `metabolism`, `levels`, `concentrations`, `uptake`, `transport`, `pathway`, `formation` (`morphine formation`).
enum BodilyRoleContext {
  struct Cue: Sendable {
    /// The words right before the name, in reading order; empty for a cue after it.
    let before: [String]
    /// The words right after the name; empty for a cue before it.
    let after: [String]
    /// A sentence in which the cue makes the bracketed name the body's own.
    let example: String
  }

  /// What the body does with its substance: after the name (`retinoic acid biosynthesis`) or, with `of`, before it
  /// (`biosynthesis of retinoic acid`).
  static let processes = [
    ("biosynthesis", "The enzyme takes part in [retinoic acid] biosynthesis in the eye."),
    ("synthesis", "Loss of the enzyme lowers [taurine] synthesis in the liver."),
    ("production", "The isoform limits [nitric oxide] production by macrophages."),
    ("secretion", "The channel couples glucose sensing to [insulin] secretion."),
    ("generation", "The cofactor speeds [thrombin] generation on platelets."),
    ("signaling", "Altered [retinoic acid] signaling is seen in the tumours."),
    ("signalling", "The receptor relays [interferon gamma] signalling to the nucleus."),
    ("homeostasis", "The pump keeps [calcium] homeostasis in the muscle cell."),
  ]

  /// The classes of the body's own molecules that name the substance after them, directly or through `like`,
  /// `such as`, `including` or `(`.
  static let classes = [
    ["neurotransmitter"], ["neurotransmitters"], ["hormone"], ["hormones"], ["cytokine"], ["cytokines"],
    ["bile", "acid"], ["bile", "acids"],
  ]
  static let connectors: [[String]] = [[], ["like"], ["such", "as"], ["including"], ["("]]

  static let cues: [Cue] =
    processes.map { Cue(before: [], after: [$0.0], example: $0.1) }
    + processes.map { word, _ in
      Cue(before: [word, "of"], after: [], example: "The enzyme is needed for the \(word) of [dopamine] in neurons.")
    }
    + classes.flatMap { noun in
      connectors.map { connector in
        let words = noun.joined(separator: " ")
        let example =
          connector == ["("]
          ? "The receptor answers the \(words) ([adrenaline])."
          : "The receptor answers the \((noun + connector).joined(separator: " ")) [adrenaline]."
        return Cue(before: noun + connector, after: [], example: example)
      }
    }

  /// The cues' words after a name, and their word runs before one (the longest of those, in words).
  private static let afterWords = Set(cues.flatMap(\.after))
  private static let beforeRuns = cues.map(\.before).filter { !$0.isEmpty }
  private static let longestBefore = beforeRuns.map(\.count).max() ?? 0

  /// Whether a cue surrounds the name at `start..<end` of `text` (masked bytes).
  static func surrounds(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    if let next = wordAfter(text, end), afterWords.contains(next) { return true }
    let previous = wordsBefore(text, start, count: longestBefore)
    return beforeRuns.contains { previous.count >= $0.count && previous.suffix($0.count).elementsEqual($0) }
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") }
  private static func isLetter(_ byte: UInt8) -> Bool { ByteClass.isUppercase(byte) || ByteClass.isLowercase(byte) }

  /// The whole word of ASCII letters after `end` past spaces, lower-cased; nil when none.
  private static func wordAfter(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> String? {
    var index = max(0, end)
    while index < text.count, isSpace(text[index]) { index += 1 }
    let start = index
    while index < text.count, index - start < 24, isLetter(text[index]) { index += 1 }
    guard index > start, index == text.count || !ByteClass.isAlphanumeric(text[index]) else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self).lowercased()
  }

  /// Up to `count` words (ASCII letters, or `(`) right before `start`, past spaces, in reading order, lower-cased.
  private static func wordsBefore(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, count: Int) -> [String] {
    var words: [String] = []
    var index = min(start, text.count)
    while words.count < count {
      while index > 0, isSpace(text[index - 1]) { index -= 1 }
      guard index > 0 else { break }
      if text[index - 1] == UInt8(ascii: "(") {
        words.append("(")
        index -= 1
        continue
      }
      let end = index
      while index > 0, end - index < 24, isLetter(text[index - 1]) { index -= 1 }
      guard index < end, index == 0 || !ByteClass.isAlphanumeric(text[index - 1]) else { break }
      words.append(String(decoding: UnsafeBufferPointer(rebasing: text[index..<end]), as: UTF8.self).lowercased())
    }
    return words.reversed()
  }
}
