/// Keeps a long command line linear to parse: runs of operands are handed to ArgumentParser as one placeholder
/// word each and put back when the command reads its inputs (``InputOptions/inputs``).
///
/// swift-argument-parser 1.8.2 stores each value of an array argument by copying the array out of an `Any` and
/// merging the set of input positions seen so far (`ParsedValues.update`): quadratic in the number of operands.
/// `gene2json --format jsonl` with 10,000 / 20,000 operands took 3.1 / 12.0 s, of which `Set.formUnion` and
/// hashing in `ParsedValues.set` were 35% of a `perf` profile; the same files through `--files-from` took 0.1 s.
///
/// Only a word that cannot be an option's value is folded into a run: not the first word (a subcommand's place),
/// not one that starts with `-` (an option, or a value ArgumentParser would take as one), and not one that follows
/// such a word (it may be that option's value). Every option here takes at most one value (ArgumentParser's default
/// `.singleValue`; an `.upToNextOption` option would break this, which a test of `--experimental-dump-help`
/// guards), so the words folded are exactly operands, in order. A placeholder holds a NUL byte, which no
/// command-line argument can.
enum OperandCompaction {
  /// Command lines shorter than this are parsed as they are (the quadratic part is then well under a millisecond).
  static let minimumArguments = 128

  /// What every placeholder starts with; its run's index follows.
  static let marker = "\u{0}gene2json-operands-"

  /// The runs folded by the last ``compact(_:)``; set once in `main`, before parsing, and only read afterwards.
  nonisolated(unsafe) private(set) static var runs: [[String]] = []

  /// The arguments with each run of two or more operands replaced by a placeholder.
  static func compact(_ arguments: [String]) -> [String] {
    guard arguments.count >= minimumArguments else { return arguments }
    var result: [String] = []
    var run: [String] = []
    var folded: [[String]] = []
    func endRun() {
      if run.count >= 2 {
        result.append(marker + String(folded.count))
        folded.append(run)
      } else {
        result += run
      }
      run.removeAll()
    }
    for (index, word) in arguments.enumerated() {
      let foldable = index > 0 && !word.hasPrefix("-") && !arguments[index - 1].hasPrefix("-")
      if foldable {
        run.append(word)
      } else {
        endRun()
        result.append(word)
      }
    }
    endRun()
    runs = folded
    return result
  }

  /// The words with every placeholder replaced by its run.
  static func expand(_ words: [String]) -> [String] {
    guard !runs.isEmpty else { return words }
    var result: [String] = []
    for word in words {
      if word.hasPrefix(marker), let index = Int(word.dropFirst(marker.count)), runs.indices.contains(index) {
        result += runs[index]
      } else {
        result.append(word)
      }
    }
    return result
  }

  /// Whether a message shows a placeholder (an error about a folded word): the command line is then parsed again as
  /// it is, so that the message names the word itself.
  static func shows(_ message: String) -> Bool {
    !runs.isEmpty && message.contains("\u{0}")
  }
}
