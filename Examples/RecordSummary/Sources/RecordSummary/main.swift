import Foundation
import GeneDocs

// Converts each document named on the command line and prints one line for it: the symbol, the name, how many
// mentions and diagnostics it has, and the first error, if any. Exit status 1 when a document has an error.
//
//   swift run --package-path Examples/RecordSummary RecordSummary Fixtures/convert/canonical.md

let converter = GeneDocumentConverter(options: ConversionOptions(fixEncoding: true))
var failed = false
for path in CommandLine.arguments.dropFirst() {
  guard let data = FileManager.default.contents(atPath: path) else {
    print("\(path): cannot read")
    failed = true
    continue
  }
  let result = converter.convert([UInt8](data), path: path)
  let errors = result.diagnostics.filter { $0.severity == .error }
  failed = failed || !errors.isEmpty
  guard let record = result.record else {
    print("\(path): no record (\(errors.first?.message ?? "rejected"))")
    continue
  }
  let name = record.name.map { "'\($0)'" } ?? "no name"
  var line = "\(path): \(record.symbol ?? "no symbol"), \(name), \(record.mentions.count) mention(s), "
  line += "\(record.diagnostics.count) diagnostic(s)"
  if let error = errors.first { line += "; first error: \(error.code.rawValue) \(error.message)" }
  print(line)
}
exit(failed ? 1 : 0)
