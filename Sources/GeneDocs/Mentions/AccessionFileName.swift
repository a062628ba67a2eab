/// The stem of a file name that is a gene accession (`PA128.md`, `HGNC:2625.md`, `HGNC_2625.md`,
/// `ENSG00000100197.md`), for a gene table to look up.
enum AccessionFileName {
  /// The stem (up to the first `.`), with `HGNC_` read as `HGNC:`, when it has an accession's shape: letters
  /// `PA`, `ENSG` or `HGNC` then digits.
  static func stem(of path: String) -> String? {
    guard path != "-" else { return nil }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var stem = String(name.prefix { $0 != "." })
    if stem.uppercased().hasPrefix("HGNC_") { stem = "HGNC:" + stem.dropFirst(5) }
    let upper = stem.uppercased()
    for prefix in ["PA", "ENSG", "HGNC:"] where upper.hasPrefix(prefix) {
      let digits = upper.dropFirst(prefix.count)
      if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return stem }
    }
    return nil
  }
}
