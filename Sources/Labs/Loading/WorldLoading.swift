import Cloud
import Yams

/// A base world that labs build on: a `NAME.world.yaml` file beside the lab folders.
struct BaseWorld {
  /// The file's path, for diagnostics and the lab's digest.
  let path: String
  /// The file's text, which the lab's digest covers.
  let text: String
  let node: Node
}

/// Turns a lab's `world:` section into a `WorldDescription`: a full description, or
/// `base: NAME` (the world in `NAME.world.yaml` beside the lab folders) with the lab's additions
/// merged in.
enum WorldLoading {
  /// Lists whose items are matched by this key when a lab adds to a base world.
  static let identity: [String: String] = [
    "securityGroups": "name", "endpoints": "name", "instances": "host", "subnets": "name", "routeTables": "name",
    "buckets": "name",
  ]

  /// The path of the base world `name` for labs in `labsRoot`.
  static func basePath(_ name: String, labsRoot: String) -> String { labsRoot + "/" + name + ".world.yaml" }

  /// Reads the base world `name`; a missing or invalid file is a diagnostic (at `reference` for a
  /// missing one, in the base file itself for invalid YAML).
  static func base(
    named name: String, labsRoot: String, files: any LabFiles, reference: Node, diagnostics: inout DiagnosticCollector
  ) -> BaseWorld? {
    let valid = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    let path = basePath(name, labsRoot: labsRoot)
    if valid, !name.isEmpty, case .unreadable(let reason, let line, let column) = files.contents(at: path) {
      diagnostics.add(
        Diagnostic(file: path, line: line, column: column, message: "the base world cannot be read: \(reason)"))
      return nil
    }
    guard valid, !name.isEmpty, let text = files.text(at: path) else {
      let known = (files.entries(in: labsRoot) ?? []).filter { $0.hasSuffix(".world.yaml") }.sorted()
        .map { String($0.dropLast(".world.yaml".count)) }
      let list =
        switch known.count {
        case 0: "there is no base world (NAME.world.yaml) beside the labs"
        case 1: "the only base is '\(known[0])'"
        default: "the bases are " + known.map { "'\($0)'" }.joined(separator: ", ")
        }
      diagnostics.add(reference, "unknown base '\(name)'; \(list)")
      return nil
    }
    switch LabYAML.compose(text, file: path) {
    case .failure(let problems):
      for problem in problems.diagnostics { diagnostics.add(problem) }
      return nil
    case .success(let node):
      guard let node, node.mapping != nil else {
        diagnostics.add(
          Diagnostic(file: path, line: 1, column: 1, message: "a base world must be a mapping like a lab's 'world:'"))
        return nil
      }
      return BaseWorld(path: path, text: text, node: node)
    }
  }

  /// The world a lab describes; `base` is the base world its `base:` names, already read.
  ///
  /// `mergedOut` receives the merged tree, so build errors can be traced to the author's lines.
  static func description(
    from node: Node, era: Era, base: BaseWorld?, diagnostics: inout DiagnosticCollector,
    merged mergedOut: inout Node
  ) -> WorldDescription? {
    YAMLShape.world.check(node, path: "world") { bad, message in diagnostics.add(bad, message) }
    guard node.mapping != nil else {
      diagnostics.add(node, "'world' must be a mapping")
      return nil
    }
    var merged = node
    if node.mapping?["base"] != nil {
      guard let base else { return nil }
      YAMLShape.world.check(base.node, path: "world") { bad, message in
        diagnostics.add(bad, message, file: base.path)
      }
      var overlay = node
      overlay.mapping?["base"] = nil
      merged = merge(base.node, overlay)
    }
    // On the basic resolver: Yams's default one compiles its regular expressions on first use,
    // about a tenth of what `labrun start` costs.
    if merged.mapping?["era"] == nil { merged.mapping?["era"] = Node(era.rawValue, Tag(.str, .basic)) }
    mergedOut = merged
    do {
      return try NodeDecoder.decode(WorldDescription.self, from: merged)
    } catch let error as DecodingError {
      let (path, message) = describe(error)
      if let located = locate(path, merged: merged, author: node, base: base) {
        diagnostics.add(located.node, "world.\(located.path): \(message)", file: located.file)
      } else {
        diagnostics.add(node.node(atPath: path) ?? node, "world.\(path): \(message)")
      }
      return nil
    } catch {
      diagnostics.add(node, "world: \(error)")
      return nil
    }
  }

  /// Where a path into the merged world was written: the lab's own lines, else the base file's.
  static func locate(_ path: String, merged: Node, author: Node, base: BaseWorld?) -> (
    file: String?, path: String, node: Node
  )? {
    if let own = authorLocation(of: path, merged: merged, author: author) { return (nil, own.path, own.node) }
    // The merge keeps a base list's items first and in order, so its indexes hold in the base file.
    if let base, let found = base.node.node(atPath: path) { return (base.path, path, found) }
    return nil
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
          guard let found = authorNode?.sequence?.firstIndex(where: { $0.mapping?[field]?.string == key }) else {
            return nil
          }
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
        if let index = key.intValue {
          text += "[\(index)]"
        } else {
          text += (text.isEmpty ? "" : ".") + key.stringValue
        }
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
