import CZlib

/// Inflates gzip files (`--gene-table genes.tsv.gz`) with the system zlib: Debian's `zlib1g-dev`, which the
/// toolchain itself needs, so it adds no dependency; no Swift package offered here does gzip.
enum Gzip {
  /// Whether bytes start with the gzip magic number (1F 8B).
  static func isCompressed(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  /// The inflated bytes of a gzip stream (several members in a row are read as one), at most `limit` of them; nil
  /// with a reason when the stream is damaged, truncated or inflates past the limit.
  static func inflate(_ compressed: [UInt8], limit: Int) -> Result<[UInt8], InputReader.Failure> {
    var stream = z_stream()
    // 15 + 16: a 32 KiB window and a gzip header.
    guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return .failure(InputReader.Failure(message: "zlib could not start"))
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, compressed.count * 4))
    let chunk = 1 << 18
    var buffer = [UInt8](repeating: 0, count: chunk)
    return compressed.withUnsafeBufferPointer { input -> Result<[UInt8], InputReader.Failure> in
      guard let base = input.baseAddress else { return .success([]) }
      stream.next_in = UnsafeMutablePointer(mutating: base)
      stream.avail_in = UInt32(input.count)
      while true {
        let status: Int32 = buffer.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(out.count)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        output.append(contentsOf: buffer[0..<(chunk - Int(stream.avail_out))])
        if output.count > limit {
          return .failure(InputReader.Failure(message: "inflates to more than \(limit) bytes"))
        }
        switch status {
        case Z_STREAM_END:
          // Another gzip member may follow (as `cat a.gz b.gz` makes).
          guard stream.avail_in > 0 else { return .success(output) }
          guard inflateReset(&stream) == Z_OK else { return .success(output) }
        case Z_OK:
          if stream.avail_in == 0 && stream.avail_out > 0 {
            return .failure(InputReader.Failure(message: "the gzip stream is truncated"))
          }
        case Z_BUF_ERROR:
          return .failure(InputReader.Failure(message: "the gzip stream is truncated"))
        default:
          let reason = stream.msg.map { String(cString: $0) } ?? "error \(status)"
          return .failure(InputReader.Failure(message: "not a valid gzip stream (\(reason))"))
        }
      }
    }
  }
}
