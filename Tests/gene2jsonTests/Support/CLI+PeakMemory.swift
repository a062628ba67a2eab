import Foundation

extension CLI {
  /// Whether the binary under test was built with a sanitizer (`Scripts/asan.sh` and `Scripts/tsan.sh` set
  /// `GENE2JSON_SANITIZER`); memory bounds are for the plain binary.
  static var isSanitized: Bool { ProcessInfo.processInfo.environment["GENE2JSON_SANITIZER"] != nil }

  /// `/usr/bin/time` (Debian's `time` package), which measures a child's peak resident set size; nil when missing.
  static let timeCommand: URL? = {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? URL(fileURLWithPath: "/usr/bin/time") : nil
  }()

  /// Runs the binary like ``run(_:stdin:in:)`` and also returns its peak resident set size in KiB (`/usr/bin/time
  /// -f %M`), or nil when `/usr/bin/time` is missing.
  static func runMeasuringPeakMemory(_ arguments: [String]) throws -> (run: Run, peakKiB: Int?) {
    guard let timeCommand else { return (try run(arguments), nil) }
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("gene2json-rss-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: report) }
    let process = Process()
    process.executableURL = timeCommand
    process.arguments = ["-f", "%M", "-o", report.path, binary.path] + arguments
    process.currentDirectoryURL = root
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // As in run(_:stdin:in:): standard error is read last, so it must stay under a pipe's capacity (it does here).
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let peak = (try? String(contentsOf: report, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) }
    let run = Run(
      status: process.terminationStatus, stdout: stdoutData, stderr: String(decoding: stderrData, as: UTF8.self))
    return (run, peak)
  }
}
