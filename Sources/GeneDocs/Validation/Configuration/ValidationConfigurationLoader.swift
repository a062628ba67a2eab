import Yams

/// Finds and reads `.gene2json.yml` with Yams.
///
/// ```yaml
/// rules:                      # a code or a rule name, set to off, warning or error (true/false too)
///   GD103: off
///   name-differs-from-gene-table: error
/// headings:                   # extra headings per field: a string or a list
///   summary: [Overview, Gene Overview]
///   pharmacogenetics: PGx
/// gene-table: data/hgnc_complete_set.txt   # relative to this file; or a list of tables
/// vocabularies: [data/chemicals.tsv, data/diseases.csv]
/// annotations: data/clinical_annotations.tsv
/// exclude: [README.md, drafts/]             # gitignore-style, relative to this file's folder
/// ```
public enum ValidationConfigurationLoader {
  /// The names looked for in each folder, in this order.
  public static let fileNames = [".gene2json.yml", ".gene2json.yaml"]

  /// The largest configuration file read.
  private static let maxBytes = 1 << 20

  // MARK: - Finding

  /// The nearest configuration file in `directory` (the working directory by default) or a folder above it.
  public static func find(from directory: String? = nil) -> String? {
    var current: String? = directory ?? Paths.currentDirectory()
    if let start = current, !Paths.isAbsolute(start) { current = Paths.join(Paths.currentDirectory(), start) }
    while let folder = current {
      for name in fileNames {
        let candidate = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        if Paths.isRegularFile(candidate) { return candidate }
      }
      current = Paths.parent(of: folder)
    }
    return nil
  }

  // MARK: - Reading

  /// Reads a configuration file.
  public static func load(path: String) throws(ValidationSetupError) -> ValidationConfiguration {
    let bytes: [UInt8]
    switch InputReader.read(path: path, limit: maxBytes) {
    case .failure(let failure):
      throw ValidationSetupError(path: path, message: "cannot read configuration: \(failure.message)")
    case .success(let read):
      bytes = read
    }
    guard bytes.count <= maxBytes else {
      throw ValidationSetupError(path: path, message: "configuration is over \(maxBytes) bytes")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ValidationSetupError(path: path, message: "configuration is not valid UTF-8")
    }
    return try parse(text, path: path)
  }

  /// Reads configuration text; `path` names it in errors and anchors a relative gene table.
  public static func parse(_ yaml: String, path: String) throws(ValidationSetupError) -> ValidationConfiguration {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch {
      throw yamlFailure(error, path: path)
    }
    var configuration = ValidationConfiguration(path: path)
    guard let root else { return configuration }
    let reader = ConfigurationNodeReader(path: path)
    for (key, value) in try reader.mapping(root, named: "the configuration") {
      switch key.name {
      case "rules":
        configuration.rules = try reader.rules(value, key: key)
      case "headings":
        configuration.headingAliases = try reader.headings(value, key: key)
      case "gene-table":
        configuration.geneTables = try reader.strings(value, key: key).map { Paths.join(Paths.directory(of: path), $0) }
      case "vocabularies":
        configuration.vocabularies = try reader.strings(value, key: key).map {
          Paths.join(Paths.directory(of: path), $0)
        }
      case "annotations":
        configuration.annotations = Paths.join(Paths.directory(of: path), try reader.string(value, key: key))
      case "exclude":
        configuration.exclude = try reader.strings(value, key: key)
      default:
        throw reader.failure(
          at: key.node,
          "unknown key '\(key.name)' (expected rules, headings, gene-table, vocabularies, annotations or exclude)")
      }
    }
    return configuration
  }

  // MARK: - YAML errors

  private static func yamlFailure(_ error: any Error, path: String) -> ValidationSetupError {
    var mark: Mark?
    var problem = String(describing: error)
    if let yamlError = error as? YamlError {
      switch yamlError {
      case .scanner(_, let text, let at, _), .parser(_, let text, let at, _), .composer(_, let text, let at, _):
        mark = at
        problem = text
      case .duplicatedKeysInMapping(let duplicates, let context):
        let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return ValidationSetupError(
          path: path, line: context.mark.line, column: context.mark.column,
          message: "key \(keys) appears more than once in the mapping that starts here")
      default:
        break
      }
    }
    let firstLine = problem.split(separator: "\n").first.map(String.init) ?? problem
    return ValidationSetupError(
      path: path, line: mark?.line, column: mark?.column, message: "configuration is not valid YAML: \(firstLine)")
  }
}
