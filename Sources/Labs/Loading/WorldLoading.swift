import Cloud
import Yams

/// Turns a lab's `world:` section into a `WorldDescription`: a full description, or
/// `base: course` with the lab's additions merged in.
enum WorldLoading {
  /// Lists whose items are matched by this key when a lab adds to the course's world.
  static let identity: [String: String] = [
    "securityGroups": "name", "endpoints": "name", "instances": "host", "subnets": "name", "routeTables": "name",
    "buckets": "name",
  ]

  static func description(from node: Node, era: Era, diagnostics: inout DiagnosticCollector) -> WorldDescription? {
    description(from: node, era: era, diagnostics: &diagnostics, merged: nil)
  }

  /// As above, also handing back the merged tree, so build errors can be traced to the author's lines.
  static func description(
    from node: Node, era: Era, diagnostics: inout DiagnosticCollector, merged mergedOut: UnsafeMutablePointer<Node>?
  ) -> WorldDescription? {
    YAMLShape.world.check(node, path: "world") { bad, message in diagnostics.add(bad, message) }
    guard node.mapping != nil else {
      diagnostics.add(node, "'world' must be a mapping")
      return nil
    }
    var merged = node
    if let baseNode = node.mapping?["base"] {
      guard baseNode.string == "course" else {
        diagnostics.add(baseNode, "unknown base '\(baseNode.string ?? "")'; the only base is 'course'")
        return nil
      }
      guard let courseText = try? YAMLEncoder().encode(WorldDescription.course(era: era)),
        let courseNode = try? Yams.compose(yaml: courseText)
      else { return nil }
      var overlay = node
      overlay.mapping?["base"] = nil
      if overlay.mapping?["era"] == nil { overlay.mapping?["era"] = Node(era.rawValue, Tag(.str)) }
      merged = merge(courseNode, overlay)
    } else if node.mapping?["era"] == nil {
      merged.mapping?["era"] = Node(era.rawValue, Tag(.str))
    }
    mergedOut?.pointee = merged
    do {
      let text = try Yams.serialize(node: merged)
      return try YAMLDecoder().decode(WorldDescription.self, from: text)
    } catch let error as DecodingError {
      let (path, message) = describe(error)
      diagnostics.add(node.node(atPath: path) ?? node, "world.\(path): \(message)")
      return nil
    } catch {
      diagnostics.add(node, "world: \(error)")
      return nil
    }
  }

  /// The author's own path and node for a path into the merged world (list indexes shift when a
  /// lab adds to the course); nil when the path lies in the course's part.
  static func authorLocation(of path: String, merged: Node, author: Node) -> (path: String, node: Node)? {
    var mergedNode: Node? = merged
    var authorNode: Node? = author
    var rebuilt: [String] = []
    for component in path.split(separator: ".") {
      var name = Substring(component)
      var indices: [Int] = []
      while let open = name.lastIndex(of: "["), name.hasSuffix("]"),
        let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
      {
        indices.insert(index, at: 0)
        name = name[..<open]
      }
      var text = String(name)
      mergedNode = mergedNode?.mapping?[String(name)]
      authorNode = authorNode?.mapping?[String(name)]
      guard authorNode != nil else { return nil }
      for index in indices {
        guard let item = mergedNode?.sequence.map(Array.init)?[safe: index] else { return nil }
        var authorIndex = index
        if let field = identity[String(name)], let key = item.mapping?[field]?.string {
          guard let found = authorNode?.sequence?.firstIndex(where: { $0.mapping?[field]?.string == key }) else { return nil }
          authorIndex = found
        }
        mergedNode = item
        authorNode = authorNode?.sequence.map(Array.init)?[safe: authorIndex]
        text += "[\(authorIndex)]"
      }
      rebuilt.append(text)
    }
    guard let authorNode else { return nil }
    return (rebuilt.joined(separator: "."), authorNode)
  }

  /// Merges `overlay` into `base`: mappings key by key, known lists item by item (by name).
  static func merge(_ base: Node, _ overlay: Node, key: String? = nil) -> Node {
    switch (base, overlay) {
    case (.mapping(var baseMapping), .mapping(let overlayMapping)):
      for (keyNode, value) in overlayMapping {
        guard let name = keyNode.string else { continue }
        if let existing = baseMapping[name] {
          baseMapping[name] = merge(existing, value, key: name)
        } else {
          baseMapping[name] = value
        }
      }
      return .mapping(baseMapping)
    case (.sequence(var baseItems), .sequence(let overlayItems)):
      guard let key, let field = identity[key] else { return overlay }
      for item in overlayItems {
        if let name = item.mapping?[field]?.string,
          let index = baseItems.firstIndex(where: { $0.mapping?[field]?.string == name })
        {
          baseItems[index] = item
        } else {
          baseItems.append(item)
        }
      }
      return .sequence(baseItems)
    default:
      return overlay
    }
  }

  /// A decoding error's field path (`vpc.subnets[1].cidr`) and a sentence for the learner's author.
  static func describe(_ error: DecodingError) -> (String, String) {
    func path(_ keys: [CodingKey]) -> String {
      var text = ""
      for key in keys {
        if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
      }
      return text
    }
    switch error {
    case .keyNotFound(let key, let context):
      return (path(context.codingPath), "missing '\(key.stringValue)'")
    case .typeMismatch(let type, let context):
      return (path(context.codingPath), "expected \(readable(type)) (\(context.debugDescription))")
    case .valueNotFound(let type, let context):
      return (path(context.codingPath), "expected \(readable(type)), found nothing")
    case .dataCorrupted(let context):
      return (path(context.codingPath), context.debugDescription)
    @unknown default:
      return ("", "\(error)")
    }
  }

  static func readable(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Bool.Type: "true or false"
    case is Int.Type, is Int64.Type, is UInt64.Type: "a whole number"
    default: "\(type)"
    }
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
