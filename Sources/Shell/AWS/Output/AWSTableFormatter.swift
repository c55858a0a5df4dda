import Cloud

/// awscli v1's `--output table`: builds sections from the response the way awscli's
/// `TableFormatter` does (objects as header-and-row sections, lists of objects as one row per
/// element, nested values as indented sub-sections titled by their key) and draws them.
struct AWSTableFormatter {
  private var layout = AWSTableLayout()
  /// Set when awscli would have stopped with an error instead of printing.
  private(set) var failure: String?

  /// The table for `value` titled `operationName`, or "" when awscli prints nothing (a null,
  /// empty or false result).
  static func render(_ value: JSONValue, operationName: String, terminalWidth: Int = 80) -> AWSTableRendering {
    var formatter = AWSTableFormatter()
    formatter.layout.terminalWidth = terminalWidth
    guard formatter.build(title: operationName, value, indentLevel: 0) else { return AWSTableRendering(output: "") }
    if let failure = formatter.failure { return AWSTableRendering(output: "", error: failure) }
    return AWSTableRendering(output: formatter.layout.render())
  }

  /// awscli's `_build_table`; false when the value is Python-falsy and nothing is added.
  @discardableResult
  private mutating func build(title: String?, _ value: JSONValue, indentLevel: Int) -> Bool {
    guard AWSTableFormatter.isTruthy(value) else { return false }
    if let title { newSection(title, indentLevel: indentLevel) }
    switch value {
    case .array(let items):
      if items[0].objectValue != nil {
        buildFromList(items, indentLevel: indentLevel, title: title)
      } else {
        for item in items {
          switch item {
          case .array(let cells) where cells.allSatisfy({ !AWSTableFormatter.isContainer($0) }):
            addRow(cells.map(PythonValue.str))
          case .object(let object):
            // Iterating a dict in Python yields its keys, which are all scalars: awscli prints them.
            addRow(object.keys)
          case .array:
            build(title: nil, item, indentLevel: 0)
          default:
            addRow([PythonValue.str(item)])
          }
        }
      }
    case .object(let object):
      buildFromObject(object, indentLevel: indentLevel)
    default:
      break
    }
    return true
  }

  private mutating func buildFromObject(_ object: JSONObject, indentLevel: Int) {
    let (headers, nested) = AWSTableFormatter.partitionKeys(object)
    if headers.count == 1 {
      // A single scalar becomes one `key | value` row with no header line.
      addRow([headers[0], PythonValue.str(object[headers[0]] ?? .null)])
    } else if !headers.isEmpty {
      setHeaders(headers)
      addRow(headers.map { PythonValue.str(object[$0] ?? .null) })
    }
    for key in nested { build(title: key, object[key] ?? .null, indentLevel: indentLevel + 1) }
  }

  private mutating func buildFromList(_ items: [JSONValue], indentLevel: Int, title: String?) {
    // awscli reads every element's keys first, so a non-object element stops it before any row.
    if let odd = items.first(where: { $0.objectValue == nil }) {
      if failure == nil { failure = AWSTableFormatter.keyReadingError(odd) }
      return
    }
    // The columns are every scalar key of any element, so elements missing one get a blank cell.
    var headerSet = Set<String>()
    var nestedSet = Set<String>()
    for item in items {
      let (headers, nested) = AWSTableFormatter.partitionKeys(item.objectValue ?? JSONObject())
      headerSet.formUnion(headers)
      nestedSet.formUnion(nested)
    }
    let headers = PythonValue.sortedStrings(headerSet)
    let nested = PythonValue.sortedStrings(nestedSet)
    setHeaders(headers)
    for (offset, item) in items.enumerated() {
      let object = item.objectValue ?? JSONObject()
      // With nested values under each element, every element after the first repeats the
      // section title and headers so its sub-sections stay visually attached to it.
      if offset > 0 && !nested.isEmpty {
        newSection(title, indentLevel: indentLevel)
        setHeaders(headers)
      }
      addRow(headers.map { object[$0].map(PythonValue.str) ?? "" })
      for key in nested {
        if let value = object[key] { build(title: key, value, indentLevel: indentLevel + 1) }
      }
    }
  }

  /// Python's error when awscli treats `value` as a dict: iterating it, then indexing it by
  /// what the iteration yielded, then calling `.get`.
  private static func keyReadingError(_ value: JSONValue) -> String {
    let type = PythonValue.typeName(value)
    switch value {
    case .string(let text) where !text.isEmpty:
      // Python 2.7's wording: the type without quotes.
      return "string indices must be integers, not str"
    case .array(let items) where !items.isEmpty:
      guard case .number(.integer) = items[0] else {
        return "list indices must be integers, not \(PythonValue.typeName(items[0]))"
      }
      // Indexing a list by its own integer elements happens to work; .get then fails.
      return "'list' object has no attribute 'get'"
    case .string, .array:
      return "'\(type)' object has no attribute 'get'"
    default:
      return "'\(type)' object is not iterable"
    }
  }

  private mutating func newSection(_ title: String?, indentLevel: Int) {
    layout.sections.append(AWSTableSection(title: title, indentLevel: indentLevel))
  }

  private mutating func setHeaders(_ headers: [String]) {
    guard !layout.sections.isEmpty else { return }
    layout.sections[layout.sections.count - 1].setHeaders(headers)
  }

  private mutating func addRow(_ row: [String]) {
    guard !layout.sections.isEmpty else { return }
    let index = layout.sections.count - 1
    let expected = layout.sections[index].rows.first?.count ?? layout.sections[index].headers.count
    if !layout.sections[index].addRow(row), failure == nil {
      failure = "Row should have \(expected) elements, instead it has \(row.count)"
    }
  }

  /// The sorted keys holding scalars, and the sorted keys holding lists or objects.
  private static func partitionKeys(_ object: JSONObject) -> (scalars: [String], nested: [String]) {
    var scalars: [String] = []
    var nested: [String] = []
    for member in object {
      if isContainer(member.value) { nested.append(member.key) } else { scalars.append(member.key) }
    }
    return (PythonValue.sortedStrings(scalars), PythonValue.sortedStrings(nested))
  }

  private static func isContainer(_ value: JSONValue) -> Bool {
    switch value {
    case .array, .object: return true
    default: return false
    }
  }

  /// Python's truth test, which decides whether awscli draws anything.
  static func isTruthy(_ value: JSONValue) -> Bool {
    switch value {
    case .null: return false
    case .bool(let flag): return flag
    case .number(let number): return number.doubleValue != 0
    case .string(let text): return !text.isEmpty
    case .array(let items): return !items.isEmpty
    case .object(let object): return !object.isEmpty
    }
  }
}

/// What the table formatter produced: the text to print, or the error awscli stops with.
struct AWSTableRendering {
  var output: String
  var error: String?
}
