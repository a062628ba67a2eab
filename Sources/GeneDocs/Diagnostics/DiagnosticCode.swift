/// The diagnostic codes of SPEC §5, each with its default severity and a one-line description.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable, Comparable {
  case missingSection = "GD101"
  case duplicateSection = "GD102"
  case unknownSection = "GD103"
  case headingLevel = "GD104"
  case emptySection = "GD105"
  case textBeforeFirstHeading = "GD106"
  case sectionOrder = "GD107"
  case noSymbol = "GD201"
  case symbolsDisagree = "GD202"
  case symbolNotInGeneTable = "GD203"
  case nameDiffersFromGeneTable = "GD204"
  case refusalOrPlaceholder = "GD205"
  case symbolIsPreviousOrAlias = "GD206"
  case drugWithoutAnnotation = "GD207"
  case mojibake = "GD301"
  case invalidUTF8 = "GD302"
  case notText = "GD303"

  /// The severity the code has unless a configuration changes it.
  public var defaultSeverity: Severity {
    switch self {
    case .missingSection, .duplicateSection, .emptySection, .noSymbol, .symbolNotInGeneTable, .invalidUTF8,
      .notText:
      return .error
    default:
      return .warning
    }
  }

  /// Whether the rule is off unless a configuration turns it on (GD207); when on, it has ``defaultSeverity``.
  public var isOffByDefault: Bool { self == .drugWithoutAnnotation }

  /// A short description of what the code reports.
  public var summary: String {
    switch self {
    case .missingSection: return "A required section (summary, associations, pharmacogenetics) is missing"
    case .duplicateSection: return "A section appears twice"
    case .unknownSection: return "A section that is not one of the three (kept in other_sections)"
    case .headingLevel: return "A section heading that is not level 2"
    case .emptySection: return "A section with no text"
    case .textBeforeFirstHeading: return "Text before the first heading (kept in other_sections)"
    case .sectionOrder: return "Sections out of the canonical order"
    case .noSymbol: return "No gene symbol found"
    case .symbolsDisagree: return "Symbols disagree (front matter, title, file name, first sentence)"
    case .symbolNotInGeneTable: return "Symbol not in the gene table"
    case .nameDiffersFromGeneTable: return "Name differs from the gene table's approved name"
    case .refusalOrPlaceholder: return "A section reads as a refusal or placeholder instead of gene content"
    case .symbolIsPreviousOrAlias:
      return "The symbol is a previous symbol or alias in the gene table (the approved one is in gene)"
    case .drugWithoutAnnotation:
      return "A drug named in Pharmacogenetics has no clinical annotation with this gene"
    case .mojibake: return "Mojibake found (UTF-8 that was decoded as Windows-1252)"
    case .invalidUTF8: return "Invalid UTF-8 (bytes replaced by U+FFFD)"
    case .notText: return "Not a text file (NUL bytes), over the size limit, or too deeply nested to parse safely"
    }
  }

  /// Orders values.
  public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
