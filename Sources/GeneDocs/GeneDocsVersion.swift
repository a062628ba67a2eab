/// The version of gene2json and the GeneDocs library.
public enum GeneDocsVersion {
  /// The current version, as `--version` prints it.
  public static let current = "0.1.0"
}
