/// What validation says about each code beside its summary: a rule name for configuration files and SARIF, and
/// help on how to fix what it reports.
extension DiagnosticCode {
  /// The rule's name, in kebab case (`missing-section`); a configuration file may use it instead of the code.
  public var ruleName: String {
    switch self {
    case .missingSection: return "missing-section"
    case .duplicateSection: return "duplicate-section"
    case .unknownSection: return "unknown-section"
    case .headingLevel: return "heading-level"
    case .emptySection: return "empty-section"
    case .textBeforeFirstHeading: return "text-before-first-heading"
    case .sectionOrder: return "section-order"
    case .noSymbol: return "no-symbol"
    case .symbolsDisagree: return "symbols-disagree"
    case .symbolNotInGeneTable: return "symbol-not-in-gene-table"
    case .nameDiffersFromGeneTable: return "name-differs-from-gene-table"
    case .refusalOrPlaceholder: return "refusal-or-placeholder"
    case .symbolIsPreviousOrAlias: return "symbol-is-previous-or-alias"
    case .drugWithoutAnnotation: return "drug-without-annotation"
    case .mojibake: return "mojibake"
    case .invalidUTF8: return "invalid-utf8"
    case .notText: return "not-text"
    }
  }

  /// How to fix what the rule reports, for people.
  public var help: String {
    switch self {
    case .missingSection:
      return "Add the section under a level-2 heading: '## Gene Summary', '## Gene Drugs, Diseases, Phenotypes, and "
        + "Pathways' or '## Pharmacogenetics'. A heading that names the section in other words can be added under "
        + "'headings:' in .gene2json.yml."
    case .duplicateSection:
      return "Merge the two sections into one; the second is kept in other_sections, not in the record's field."
    case .unknownSection:
      return "Rename the heading to one of the three sections, move its text into one of them, or add the heading as "
        + "an alias under 'headings:' in .gene2json.yml."
    case .headingLevel:
      return "Use a level-2 heading ('## ...') for each of the three sections."
    case .emptySection:
      return "Write the section's text, or remove the heading."
    case .textBeforeFirstHeading:
      return "Move the text into the Gene Summary section, or into YAML front matter if it is metadata."
    case .sectionOrder:
      return "Order the sections Gene Summary; Gene Drugs, Diseases, Phenotypes, and Pathways; Pharmacogenetics."
    case .noSymbol:
      return "State the official symbol in the first sentence ('CDK4 (Cyclin-Dependent Kinase 4) is ...'), in a "
        + "'# SYMBOL' title, or as 'symbol:' in YAML front matter."
    case .symbolsDisagree:
      return "Make the front matter, the title, the first sentence and the file name name the same symbol."
    case .symbolNotInGeneTable:
      return "Use the gene table's approved symbol; a previous or alias symbol is reported with the approved symbol "
        + "it maps to."
    case .nameDiffersFromGeneTable:
      return "Use the gene table's approved name (case, hyphens and punctuation aside), or set the rule to 'off' "
        + "when documents state names in their own words."
    case .refusalOrPlaceholder:
      return "Replace the refusal or placeholder with the gene's content, or remove the document."
    case .symbolIsPreviousOrAlias:
      return "Use the gene table's approved symbol; the record's gene object already holds it."
    case .drugWithoutAnnotation:
      return "Check that the drug belongs in the Pharmacogenetics section: PharmGKB's clinical annotations pair no "
        + "variant of this gene with it. Turn the rule on with 'GD207: warning' under 'rules:'."
    case .mojibake:
      return "Save the file again as UTF-8 (for example 'geneâ€™s' should read 'gene’s'), or convert it with "
        + "gene2json convert --fix-encoding."
    case .invalidUTF8:
      return "Save the file again as UTF-8."
    case .notText:
      return "Check that the file is a Markdown text document under the size limit (1 MiB by default)."
    }
  }

  /// The code whose code (`GD101`) or rule name (`missing-section`) is given, case aside.
  public init?(codeOrRuleName text: String) {
    let wanted = text.lowercased()
    guard let code = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted || $0.ruleName == wanted })
    else { return nil }
    self = code
  }
}
