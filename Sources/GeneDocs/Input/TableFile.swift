/// Reads a reference table (gene table, vocabulary, annotations): the whole file, inflated when it is gzip.
enum TableFile {
  /// The file's bytes; `what` names the table in errors.
  static func read(path: String, what: String, limit: Int) throws(ValidationSetupError) -> [UInt8] {
    switch InputReader.read(path: path, limit: limit) {
    case .failure(let failure):
      throw ValidationSetupError(path: path, message: "cannot read \(what): \(failure.message)")
    case .success(let bytes):
      guard bytes.count <= limit else {
        throw ValidationSetupError(path: path, message: "\(what) is over \(limit) bytes")
      }
      guard Gzip.isCompressed(bytes) else { return bytes }
      switch Gzip.inflate(bytes, limit: limit) {
      case .failure(let failure):
        throw ValidationSetupError(path: path, message: "cannot read \(what): \(failure.message)")
      case .success(let inflated):
        return inflated
      }
    }
  }
}
