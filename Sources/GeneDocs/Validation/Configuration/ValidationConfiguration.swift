/// How documents are validated: rule settings, extra heading aliases, gene tables, vocabularies and clinical
/// annotations, as a `.gene2json.yml` file states them.
public struct ValidationConfiguration: Sendable, Equatable {
  /// The file the configuration was read from, or nil for the defaults.
  public var path: String?
  /// Rules set to another severity or off; a rule not listed keeps its default severity.
  public var rules: [DiagnosticCode: RuleSetting]
  /// Extra headings per field, beside the built-in ones.
  public var headingAliases: [SectionField: [String]]
  /// The gene tables' paths (`gene-table:`, one or a list), resolved against the configuration file's folder.
  public var geneTables: [String]
  /// The vocabularies' paths (`vocabularies:`), resolved the same way.
  public var vocabularies: [String]
  /// The clinical annotations table's path (`annotations:`), resolved the same way.
  public var annotations: String?
  /// Gitignore-style patterns of files and folders that directory walks leave out, relative to the configuration
  /// file's folder (``excludePatterns``).
  public var exclude: [String]

  /// The first gene table's path.
  public var geneTable: String? { geneTables.first }

  /// Creates a configuration; the defaults change nothing.
  public init(
    path: String? = nil, rules: [DiagnosticCode: RuleSetting] = [:], headingAliases: [SectionField: [String]] = [:],
    geneTables: [String] = [], vocabularies: [String] = [], annotations: String? = nil, exclude: [String] = []
  ) {
    self.path = path
    self.rules = rules
    self.headingAliases = headingAliases
    self.geneTables = geneTables
    self.vocabularies = vocabularies
    self.annotations = annotations
    self.exclude = exclude
  }

  /// The rules that are off by default and that this configuration turns on.
  public var rulesTurnedOn: Set<DiagnosticCode> {
    Set(DiagnosticCode.allCases.filter { $0.isOffByDefault && severity(for: $0) != nil })
  }

  /// ``exclude`` placed in the configuration file's folder (the working directory when there is no file), or nil
  /// when there is none.
  public var excludePatterns: ExcludePatterns? {
    guard !exclude.isEmpty else { return nil }
    return ExcludePatterns(exclude, relativeTo: path.map(Paths.directory(of:)) ?? Paths.currentDirectory())
  }

  /// The severity a code's diagnostics are reported with, or nil when its rule is off.
  public func severity(for code: DiagnosticCode) -> Severity? {
    guard let setting = rules[code] else { return code.isOffByDefault ? nil : code.defaultSeverity }
    return setting.severity
  }
}
