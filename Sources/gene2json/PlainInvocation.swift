/// The commonest invocation, `gene2json FILE...` with no option, run without ArgumentParser.
///
/// Parsing the command line with swift-argument-parser is about 40% of a one-file run of a static release binary
/// (`perf record` over 300 runs of `gene2json f.md`: `parseAsRoot` 40.5% of the process, most of it the runtime's
/// protocol-conformance scans behind reflection), which kept one-file latency above the 6× `cmark` target of
/// issue #3. Arguments that are all operands (no `-x`/`--x` option, at most one `-`, the first not a subcommand
/// name) mean exactly `gene2json convert FILE...` with every default, so they are run directly; anything else goes
/// through ArgumentParser as before.
enum PlainInvocation {
  /// The words ArgumentParser would read as a subcommand in first position.
  static let subcommandNames = ["convert", "validate", "fix", "render", "schema", "help"]

  /// The operands, when `arguments` (without the program name) is a plain invocation.
  static func operands(_ arguments: [String]) -> [String]? {
    guard let first = arguments.first, !subcommandNames.contains(first) else { return nil }
    var stdinCount = 0
    for argument in arguments {
      if argument == "-" {
        stdinCount += 1
      } else if argument.hasPrefix("-") || argument.isEmpty {
        return nil
      }
    }
    return stdinCount <= 1 ? arguments : nil
  }
}
