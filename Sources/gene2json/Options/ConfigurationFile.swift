import ArgumentParser
import GeneDocs

/// The `.gene2json.yml` a run uses: the one named (`validate --config`), else the nearest one in the working
/// directory or a folder above it, else the defaults.
enum ConfigurationFile {
  /// Loads the configuration; a file that cannot be read or is not valid ends the run with status 2.
  static func load(_ path: String? = nil) throws -> ValidationConfiguration {
    guard let path = path ?? ValidationConfigurationLoader.find() else { return ValidationConfiguration() }
    do {
      return try ValidationConfigurationLoader.load(path: path)
    } catch {
      StandardStreams.writeErr(error.description + "\n")
      throw ExitCode(2)
    }
  }
}
