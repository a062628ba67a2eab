/// The stem of a file name that is a gene accession (`PA128.md`, `HGNC:2625.md`, `HGNC_2625.md`,
/// `ENSG00000100197.md`), for a gene table to look up.
enum AccessionFileName {
  private static let prefixes: [[UInt8]] = ["PA", "ENSG", "HGNC:"].map { Array($0.utf8) }

  /// The stem (up to the first `.`), with `HGNC_` read as `HGNC:`, when it has an accession's shape: letters
  /// `PA`, `ENSG` or `HGNC` (any case) then ASCII digits.
  ///
  /// On bytes: the stem is ASCII when it matches, and splitting the path by `Character` was 2.3% of a batch
  /// profile with a gene table.
  static func stem(of path: String) -> String? {
    guard path != "-" else { return nil }
    var path = path
    return path.withUTF8 { utf8 -> String? in
      let start = ByteClass.lastComponentStart(utf8)
      var end = start
      while end < utf8.count, utf8[end] != UInt8(ascii: ".") { end += 1 }
      var stem = Array(utf8[start..<end])
      if stem.count > 5, stem[..<4].lazy.map(ByteClass.lowercased).elementsEqual("hgnc".utf8),
        stem[4] == UInt8(ascii: "_")
      {
        stem.replaceSubrange(0..<5, with: "HGNC:".utf8)
      }
      for prefix in prefixes where stem.count > prefix.count {
        let head = stem[..<prefix.count]
        guard head.lazy.map(ByteClass.lowercased).elementsEqual(prefix.lazy.map(ByteClass.lowercased)) else { continue }
        guard stem[prefix.count...].allSatisfy(ByteClass.isDigit) else { return nil }
        return String(decoding: stem, as: UTF8.self)
      }
      return nil
    }
  }
}
