/// How documents are validated: rule settings, extra heading aliases and the gene table, as a `.gene2json.yml`
/// file states them.
public struct ValidationConfiguration: Sendable, Equatable {
  /// The file the configuration was read from, or nil for the defaults.
  public var path: String?
  /// Rules set to another severity or off; a rule not listed keeps its default severity.
  public var rules: [DiagnosticCode: RuleSetting]
  /// Extra headings per field, beside the built-in ones.
  public var headingAliases: [SectionField: [String]]
  /// The gene table's path, resolved against the configuration file's folder.
  public var geneTable: String?
  /// Gitignore-style patterns of files and folders that directory walks leave out, relative to the configuration
  /// file's folder (``excludePatterns``).
  public var exclude: [String]

  /// Creates a configuration; the defaults change nothing.
  public init(
    path: String? = nil, rules: [DiagnosticCode: RuleSetting] = [:], headingAliases: [SectionField: [String]] = [:],
    geneTable: String? = nil, exclude: [String] = []
  ) {
    self.path = path
    self.rules = rules
    self.headingAliases = headingAliases
    self.geneTable = geneTable
    self.exclude = exclude
  }

  /// ``exclude`` placed in the configuration file's folder (the working directory when there is no file), or nil
  /// when there is none.
  public var excludePatterns: ExcludePatterns? {
    guard !exclude.isEmpty else { return nil }
    return ExcludePatterns(exclude, relativeTo: path.map(Paths.directory(of:)) ?? Paths.currentDirectory())
  }

  /// The severity a code's diagnostics are reported with, or nil when its rule is off.
  public func severity(for code: DiagnosticCode) -> Severity? {
    guard let setting = rules[code] else { return code.defaultSeverity }
    return setting.severity
  }
}
