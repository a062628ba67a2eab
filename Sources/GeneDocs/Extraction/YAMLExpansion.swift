import CYaml

/// How large YAML becomes with every alias expanded, measured on libyaml's events before Yams builds anything.
///
/// Yams checks each mapping for duplicate keys by hashing them, and hashing walks an aliased key in full: a key
/// that is an alias of nested aliases (`? *a9`, a few hundred bytes) takes exponential time inside
/// `Yams.compose`, before ``FrontMatterReader`` could look at the tree (found by fuzzing: 12 s and counting). This
/// pass counts what the tree would hold — one a node plus each scalar's bytes, an alias counting what its anchor
/// holds — in one linear walk of the events, and stops as soon as the count passes the limit.
enum YAMLExpansion {
  /// The expanded size of `yaml`, or `limit + 1` as soon as it is larger; nil when libyaml cannot parse it (Yams
  /// then reports the error).
  static func size(of yaml: String, limit: Int) -> Int? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    var yaml = yaml
    return yaml.withUTF8 { buffer -> Int? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var anchors: [String: Int] = [:]
      var open: [(anchor: String?, size: Int)] = [(nil, 0)]  // the collections being read; the stream at the bottom
      var event = yaml_event_t()
      while true {
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        var added: Int?
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return open[0].size
        case YAML_SCALAR_EVENT:
          let size = min(1 + Int(event.data.scalar.length), limit + 1)
          if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = size }
          added = size
        case YAML_ALIAS_EVENT:
          added = name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1
        case YAML_SEQUENCE_START_EVENT:
          open.append((name(event.data.sequence_start.anchor), 1))
        case YAML_MAPPING_START_EVENT:
          open.append((name(event.data.mapping_start.anchor), 1))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          guard open.count > 1 else { return nil }
          let closed = open.removeLast()
          if let anchor = closed.anchor { anchors[anchor] = closed.size }
          added = closed.size
        default:
          break
        }
        if let added {
          open[open.count - 1].size = min(open[open.count - 1].size + added, limit + 1)
          if open[open.count - 1].size > limit { return limit + 1 }
        }
      }
    }
  }

  private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    anchor.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
  }
}
