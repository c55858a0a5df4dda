import Cloud

/// awscli v1's `--output text`: every object becomes a tab-separated line of its scalar values
/// (keys sorted), labelled with its parent key in upper case; nested objects and lists follow
/// on their own lines, sorted by key.
struct AWSTextFormatter {
  private var output = ""
  /// Python's error when awscli's formatter crashes; it writes as it goes, so what was written
  /// before the crash still reaches stdout.
  private var failure: String?

  /// The text, and the error awscli stops with, if any.
  static func render(_ value: JSONValue) -> (output: String, error: String?) {
    var formatter = AWSTextFormatter()
    formatter.format(value, identifier: nil, scalarKeys: nil)
    return (formatter.output, formatter.failure)
  }

  private mutating func format(_ value: JSONValue, identifier: String?, scalarKeys: [String]?) {
    guard failure == nil else { return }
    switch value {
    case .object(let object): formatObject(object, identifier: identifier, scalarKeys: scalarKeys)
    case .array(let items): formatList(items, identifier: identifier)
    default: output += PythonValue.str(value) + "\n"
    }
  }

  private mutating func formatList(_ items: [JSONValue], identifier: String?) {
    guard !items.isEmpty else { return }
    if items.contains(where: { $0.objectValue != nil }) {
      // Objects in one list share a column layout: every scalar key seen in any of them.
      // awscli reads every element's items(), so anything but an object among them is fatal.
      if let odd = items.first(where: { $0.objectValue == nil }) {
        failure = "'\(PythonValue.typeName(odd))' object has no attribute 'items'"
        return
      }
      let keys = AWSTextFormatter.allScalarKeys(items)
      for item in items { format(item, identifier: identifier, scalarKeys: keys) }
    } else if items.contains(where: { $0.arrayValue != nil }) {
      let scalars = items.filter { !AWSTextFormatter.isContainer($0) }
      if !scalars.isEmpty { formatScalarList(scalars, identifier: identifier) }
      for item in items where AWSTextFormatter.isContainer(item) {
        format(item, identifier: identifier, scalarKeys: nil)
      }
    } else {
      formatScalarList(items, identifier: identifier)
    }
  }

  private mutating func formatScalarList(_ items: [JSONValue], identifier: String?) {
    if let identifier {
      for item in items { output += identifier.uppercased() + "\t" + PythonValue.str(item) + "\n" }
    } else {
      output += items.map(PythonValue.str).joined(separator: "\t") + "\n"
    }
  }

  private mutating func formatObject(_ object: JSONObject, identifier: String?, scalarKeys: [String]?) {
    var scalars: [String] = []
    var nested: [(String, JSONValue)] = []
    if let scalarKeys {
      for key in scalarKeys { scalars.append(object[key].map(PythonValue.str) ?? "") }
      let remaining = PythonValue.sortedStrings(Set(object.keys).subtracting(scalarKeys))
      for key in remaining { nested.append((key, object[key] ?? .null)) }
    } else {
      for key in PythonValue.sortedStrings(object.keys) {
        let value = object[key] ?? .null
        if AWSTextFormatter.isContainer(value) {
          nested.append((key, value))
        } else {
          scalars.append(PythonValue.str(value))
        }
      }
    }
    if !scalars.isEmpty {
      if let identifier { scalars.insert(identifier.uppercased(), at: 0) }
      output += scalars.joined(separator: "\t") + "\n"
    }
    for (key, value) in nested { format(value, identifier: key, scalarKeys: nil) }
  }

  private static func isContainer(_ value: JSONValue) -> Bool {
    switch value {
    case .array, .object: return true
    default: return false
    }
  }

  /// The sorted keys whose value is a scalar in at least one of the objects.
  private static func allScalarKeys(_ items: [JSONValue]) -> [String] {
    var keys = Set<String>()
    for item in items {
      for member in item.objectValue ?? JSONObject() where !isContainer(member.value) { keys.insert(member.key) }
    }
    return PythonValue.sortedStrings(keys)
  }
}
