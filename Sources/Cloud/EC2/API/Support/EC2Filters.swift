/// One `Filters` entry: a name and the values any of which may match.
struct EC2Filter {
  let name: String
  let values: [EC2WildcardPattern]
}

extension EC2Parameters {
  /// The request's `Filters`, in order.
  func filters() throws(APIError) -> [EC2Filter] {
    var result: [EC2Filter] = []
    for entry in try structures("Filters") {
      let name = try entry.requiredString("Name")
      result.append(EC2Filter(name: name, values: try entry.strings("Values").map(EC2WildcardPattern.init)))
    }
    return result
  }
}

/// The filter names one Describe operation understands, each with the values a resource offers for it.
///
/// A resource matches when, for every filter, at least one of its values matches at least one of the
/// filter's values (filters AND together, values OR), which is how EC2 combines them.
struct EC2FilterTable<Resource> {
  private let fields: [String: (Resource) -> [String]]
  private let tags: ((Resource) -> [(key: String, value: String)])?

  /// `fields` maps each filter name to the resource's values; `tags` enables `tag:<key>` and `tag-key`.
  init(_ fields: [(String, (Resource) -> [String])], tags: ((Resource) -> [(key: String, value: String)])? = nil) {
    // Only ever looked up by name, never iterated, so its order cannot reach any output.
    var table: [String: (Resource) -> [String]] = [:]
    for (name, values) in fields { table[name] = values }
    self.fields = table
    self.tags = tags
  }

  /// The values of `resource` for a filter name, or nil when the name is not a filter here.
  private func values(of resource: Resource, for name: String) -> [String]? {
    if let field = fields[name] { return field(resource) }
    guard let tags else { return nil }
    if name == "tag-key" { return tags(resource).map(\.key) }
    if name.hasPrefix("tag:") {
      let key = String(name.dropFirst(4))
      return tags(resource).filter { $0.key == key }.map(\.value)
    }
    return nil
  }

  private func knows(_ name: String) -> Bool {
    fields[name] != nil || (tags != nil && (name == "tag-key" || (name.hasPrefix("tag:") && name.count > 4)))
  }

  /// The resources that pass every filter, in their original order; an unknown filter name is an error.
  func apply(_ filters: [EC2Filter], to resources: [Resource]) throws(APIError) -> [Resource] {
    for filter in filters where !knows(filter.name) { throw EC2APIErrors.invalidFilter(filter.name) }
    return resources.filter { resource in
      filters.allSatisfy { filter in
        let offered = values(of: resource, for: filter.name) ?? []
        return filter.values.contains { pattern in offered.contains { pattern.matches($0) } }
      }
    }
  }
}

/// The text EC2 filters compare Booleans and numbers as.
extension Bool {
  var filterText: String { self ? "true" : "false" }
}
