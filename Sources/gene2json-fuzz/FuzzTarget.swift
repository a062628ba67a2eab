import GeneDocsFuzzing

// The libFuzzer entry point, and nothing else: built with `--sanitize=fuzzer`, SwiftPM compiles this target as a
// library and libFuzzer supplies `main`; in a plain build this one file is the (empty) main program, so `swift build`
// and `swift test` are unaffected. Scripts/fuzz.sh builds and runs it.

/// Runs the whole pipeline on one input and traps (a finding for libFuzzer) when an invariant does not hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  do {
    try PipelineInvariants.check(input)
  } catch {
    fatalError("gene2json-fuzz: invariant violated: \(error)")
  }
  return 0
}
