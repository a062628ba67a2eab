import GeneDocsFuzzing

// The libFuzzer entry point for the identity reader alone (`Scripts/fuzz.sh SECONDS identity`): faster than the
// whole pipeline, so it reaches far more first-sentence shapes a second. In a plain build this file is an empty
// main program.

/// Reads one input as a first paragraph and as a title and traps (a finding) when an invariant does not hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  do {
    try IdentityInvariants.check(input)
  } catch {
    fatalError("gene2json-identity-fuzz: invariant violated: \(error)")
  }
  return 0
}
