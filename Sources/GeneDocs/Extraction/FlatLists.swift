/// Lists of values kept in one array, list `i` at `values[bounds[i]..<bounds[i + 1]]`: the lookup tables that every
/// thread reads (patterns by first byte), where an array of arrays retained and released the inner array at each
/// read, contended between threads.
struct FlatLists<Value: Sendable>: Sendable {
  let values: [Value]
  private let bounds: [Int]

  init(_ lists: [[Value]]) {
    values = lists.flatMap { $0 }
    bounds = lists.reduce(into: [0]) { bounds, list in bounds.append((bounds.last ?? 0) + list.count) }
  }

  /// The indices into ``values`` of list `index`; empty for an index that names no list.
  func range(_ index: Int) -> Range<Int> {
    guard index >= 0, index + 1 < bounds.count else { return 0..<0 }
    return bounds[index]..<bounds[index + 1]
  }
}
