/// Renders the records `reader` gives on `jobs` threads (the calling thread and `jobs - 1` workers), each JSON Lines
/// line read as JSON on the thread that renders it, and hands each item with its rendering (nil for text that is not
/// JSON) to `emit` on the calling thread, in input order; at most `16 × jobs` records are in flight. A record item
/// reaches `emit` with its line and a `.null` value (the rendering holds what `emit` needs).
///
/// Throws ``InputListError`` when the records cannot be read, and rethrows what `emit` throws (the run then stops
/// after the records in flight).
package func forEachRendering(
  from reader: RecordReader, renderer: DocumentRenderer, jobs: Int,
  emit: (RecordReader.Item, Rendering?) throws -> Void
) throws {
  // The record's JSON is freed where it was read, and `emit` gets its line only (`.null` for the value): a record
  // tree freed on the calling thread made glibc's allocator take the rendering thread's arena lock for each of its
  // strings and arrays (`render --jobs 2` ran 3.0 s, 2.1 s with jemalloc).
  @Sendable func render(_ item: RecordReader.Item) -> (RecordReader.Item, Rendering?) {
    guard case .record(let line, let value) = item else { return (item, nil) }
    return (.record(line: line, .null), renderer.render(json: value))
  }
  guard jobs > 1 else {
    while let item = try reader.next() {
      let (item, rendering) = render(item)
      try emit(item, rendering)
    }
    return
  }
  let pipeline = OrderedPipeline<RecordReader.Unread, (RecordReader.Item, Rendering?)>(
    window: jobs * BatchPipeline.windowPerJob
  ) { unread in
    switch unread {
    case .line(let number, let text): return render(RecordReader.item(text, line: number))
    case .item(let item): return render(item)
    }
  }
  try pipeline.run(
    jobs: jobs, next: { try reader.nextUnread().map { .input($0) } }, emit: { try emit($0.0, $0.1) })
}
