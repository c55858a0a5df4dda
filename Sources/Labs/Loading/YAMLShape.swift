import Cloud
import Yams

/// The keys a YAML mapping may have, and the shape under each, for "unknown key" diagnostics.
indirect enum YAMLShape: Sendable {
  case scalar
  case any
  case list(YAMLShape)
  case map([String: YAMLShape])

  /// A mapping whose keys come from a `CodingKey` type, with shapes for the nested ones.
  static func keys<K: CodingKey & CaseIterable>(_ type: K.Type, nested: [String: YAMLShape] = [:]) -> YAMLShape {
    var shapes: [String: YAMLShape] = [:]
    for key in K.allCases { shapes[key.stringValue] = nested[key.stringValue] ?? .scalar }
    for (key, shape) in nested where shapes[key] == nil { shapes[key] = shape }
    return .map(shapes)
  }

  /// The world section: a `WorldDescription`, plus `base`.
  static let world: YAMLShape = keys(
    WorldDescription.CodingKeys.self,
    nested: [
      "base": .scalar,
      "vpc": keys(
        VPCDescription.CodingKeys.self,
        nested: [
          "subnets": .list(keys(SubnetDescription.CodingKeys.self)),
          "routeTables": .list(
            keys(
              RouteTableDescription.CodingKeys.self,
              nested: [
                "routes": .list(keys(RouteDescription.CodingKeys.self))
              ])),
          "securityGroups": .list(
            keys(
              SecurityGroupDescription.CodingKeys.self,
              nested: [
                "ingress": .list(keys(RuleDescription.CodingKeys.self))
              ])),
          "endpoints": .list(
            keys(
              EndpointDescription.CodingKeys.self,
              nested: [
                "routeTables": .list(.scalar), "subnets": .list(.scalar), "securityGroups": .list(.scalar),
              ])),
          "instances": .list(keys(InstanceDescription.CodingKeys.self, nested: ["securityGroups": .list(.scalar)])),
          "inboundResolverSubnets": .list(.scalar),
        ]),
      "onPremises": keys(OnPremisesDescription.CodingKeys.self),
      "buckets": .list(
        keys(
          BucketDescription.CodingKeys.self,
          nested: [
            "objects": .list(keys(ObjectDescription.CodingKeys.self))
          ])),
    ])

  /// Walks `node`, reporting keys the shape does not know and values of the wrong kind.
  func check(_ node: Node, path: String, report: (Node, String) -> Void) {
    switch (self, node) {
    case (.any, _):
      return
    case (.scalar, .scalar):
      return
    case (.scalar, _):
      report(node, "'\(path)' should be a single value, not a \(node.kindName)")
    case (.list(let element), .sequence(let sequence)):
      for (index, item) in sequence.enumerated() { element.check(item, path: "\(path)[\(index)]", report: report) }
    case (.list, _):
      report(node, "'\(path)' should be a list")
    case (.map(let keys), .mapping(let mapping)):
      for (keyNode, value) in mapping {
        guard let key = keyNode.string else { continue }
        guard let shape = keys[key] else {
          let known = keys.keys.sorted().joined(separator: ", ")
          let place = path.isEmpty ? "lab.yaml" : "'\(path)'"
          report(keyNode, "unknown key '\(key)' in \(place); expected one of: \(known)")
          continue
        }
        shape.check(value, path: path.isEmpty ? key : "\(path).\(key)", report: report)
      }
    case (.map, _):
      report(node, "'\(path)' should be a mapping of keys to values")
    }
  }
}

extension Node {
  /// `scalar`, `list` or `mapping`, for messages.
  var kindName: String {
    switch self {
    case .scalar: "single value"
    case .sequence: "list"
    case .mapping: "mapping"
    default: "value"
    }
  }

  /// The node at a description path such as `vpc.subnets[1].cidr`, if there is one.
  func node(atPath path: String) -> Node? {
    var current: Node? = self
    for component in path.split(separator: ".") {
      var name = Substring(component)
      var indices: [Int] = []
      while let open = name.lastIndex(of: "["), name.hasSuffix("]"),
        let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
      {
        indices.insert(index, at: 0)
        name = name[..<open]
      }
      if !name.isEmpty { current = current?.mapping?[String(name)] }
      for index in indices {
        guard let sequence = current?.sequence, sequence.indices.contains(index) else { return current }
        current = sequence[index]
      }
    }
    return current
  }
}
