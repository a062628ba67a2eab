/// Rules chosen for one run on the command line (`validate --select CODES --ignore CODES`), over what the
/// configuration says: with a selection only the selected rules are reported (a selected rule the configuration
/// turned off is reported again, with its default severity), and ignored rules are not reported, whatever either
/// says.
///
/// A list is comma-separated; each item is a code (`GD103`), a code prefix (`GD1` for GD101–GD107, `GD` for all) or
/// a rule name (`unknown-section`), case aside.
package struct RuleSelection: Sendable, Equatable {
  /// The rules selected, or nil when every rule the configuration leaves on is.
  package let selected: Set<DiagnosticCode>?
  /// The rules not reported.
  package let ignored: Set<DiagnosticCode>

  /// Reads the lists given to `--select` and `--ignore` (each repeatable); throws on an item that names no rule.
  package init(select: [String] = [], ignore: [String] = []) throws(RuleSelectionError) {
    selected = select.isEmpty ? nil : try Self.codes(in: select, option: "--select")
    ignored = try Self.codes(in: ignore, option: "--ignore")
  }

  /// The configuration with this selection applied.
  package func applied(to configuration: ValidationConfiguration) -> ValidationConfiguration {
    var result = configuration
    for code in DiagnosticCode.allCases {
      if ignored.contains(code) || selected.map({ !$0.contains(code) }) == true {
        result.rules[code] = .off
      } else if selected != nil, configuration.rules[code] == .off {
        result.rules[code] = nil
      }
    }
    return result
  }

  /// The codes a list names.
  static func codes(in lists: [String], option: String) throws(RuleSelectionError) -> Set<DiagnosticCode> {
    var codes: Set<DiagnosticCode> = []
    for list in lists {
      guard list.contains(where: { $0 != "," && !$0.isWhitespace }) else {
        throw RuleSelectionError(option: option, item: list)
      }
      for item in list.split(separator: ",") {
        let name = item.trimmingWhitespace()
        guard !name.isEmpty else { continue }
        let named =
          DiagnosticCode(codeOrRuleName: name).map { [$0] }
          ?? DiagnosticCode.allCases.filter { $0.rawValue.lowercased().hasPrefix(name.lowercased()) }
        guard !named.isEmpty else { throw RuleSelectionError(option: option, item: name) }
        codes.formUnion(named)
      }
    }
    return codes
  }
}

/// An item of `--select` or `--ignore` that names no rule.
package struct RuleSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The option it was given to.
  package let option: String
  /// The item as given.
  package let item: String

  /// What went wrong, for people.
  package var description: String {
    "\(option): unknown rule '\(item)' (use a code such as GD103, a prefix such as GD1, or a rule name such as "
      + "unknown-section)"
  }
}
