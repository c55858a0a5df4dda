import Cloud

/// A function argument: a value, or the `&expression` that `sort_by` and friends apply per element.
enum JMESPathArgument {
  case value(JSONValue)
  case expression(JMESPathNode)

  /// Python's type name (`str`, `int`, `list`, `_Expression`…), which jmespath checks against.
  var pythonTypeName: String {
    switch self {
    case .value(let value): return PythonValue.typeName(value)
    case .expression: return "_Expression"
    }
  }

  /// The JMESPath type name (`string`, `number`, `array`, `expref`…).
  var jmespathTypeName: String {
    JMESPathFunctions.jmespathType(ofPythonType: pythonTypeName)
  }

  var value: JSONValue {
    if case .value(let value) = self { return value }
    return .null
  }
}

/// jmespath's built-in functions, with its argument checks and error wording.
struct JMESPathFunctions {
  let interpreter: JMESPathInterpreter

  /// One parameter: the JMESPath types it accepts (empty for any), as jmespath spells them in
  /// errors (`array-number` is an array of numbers).
  private typealias Parameter = [String]

  private struct Signature {
    var parameters: [Parameter]
    var variadic = false
  }

  private static let signatures: [String: Signature] = [
    "abs": Signature(parameters: [["number"]]),
    "avg": Signature(parameters: [["array-number"]]),
    "ceil": Signature(parameters: [["number"]]),
    "contains": Signature(parameters: [["array", "string"], []]),
    "ends_with": Signature(parameters: [["string"], ["string"]]),
    "floor": Signature(parameters: [["number"]]),
    "join": Signature(parameters: [["string"], ["array-string"]]),
    "keys": Signature(parameters: [["object"]]),
    "length": Signature(parameters: [["string", "array", "object"]]),
    "map": Signature(parameters: [["expref"], ["array"]]),
    "max": Signature(parameters: [["array-number", "array-string"]]),
    "max_by": Signature(parameters: [["array"], ["expref"]]),
    "merge": Signature(parameters: [["object"]], variadic: true),
    "min": Signature(parameters: [["array-number", "array-string"]]),
    "min_by": Signature(parameters: [["array"], ["expref"]]),
    "not_null": Signature(parameters: [[]], variadic: true),
    "reverse": Signature(parameters: [["array", "string"]]),
    "sort": Signature(parameters: [["array-string", "array-number"]]),
    "sort_by": Signature(parameters: [["array"], ["expref"]]),
    "starts_with": Signature(parameters: [["string"], ["string"]]),
    "sum": Signature(parameters: [["array-number"]]),
    "to_array": Signature(parameters: [[]]),
    "to_number": Signature(parameters: [[]]),
    "to_string": Signature(parameters: [[]]),
    "type": Signature(parameters: [[]]),
    "values": Signature(parameters: [["object"]]),
  ]

  /// Python type names behind each JMESPath type.
  private static let pythonTypes: [String: [String]] = [
    "boolean": ["bool"], "array": ["list"], "object": ["dict"], "null": ["NoneType"],
    "string": ["str"], "number": ["float", "int"], "expref": ["_Expression"],
  ]

  static func jmespathType(ofPythonType name: String) -> String {
    switch name {
    case "bool": return "boolean"
    case "list": return "array"
    case "dict": return "object"
    case "NoneType": return "null"
    case "str": return "string"
    case "float", "int": return "number"
    case "_Expression": return "expref"
    default: return "unknown"
    }
  }

  func call(_ name: String, _ arguments: [JMESPathArgument]) throws(JMESPathError) -> JSONValue {
    guard let signature = JMESPathFunctions.signatures[name] else {
      throw failure(.unknownFunction, "Unknown function: \(name)()")
    }
    try checkArity(name, signature, arguments.count)
    for (parameter, argument) in zip(signature.parameters, arguments) where !parameter.isEmpty {
      try checkType(name, parameter, argument)
    }
    let values = arguments.map(\.value)
    switch name {
    case "abs":
      guard case .number(let number) = values[0] else { return .null }
      switch number {
      case .integer(let n) where n != Int64.min: return .int64(Swift.abs(n))
      case .bigInteger(let digits):
        return .number(.bigInteger(digits.hasPrefix("-") ? String(digits.dropFirst()) : digits))
      default: return .double(Swift.abs(number.doubleValue))
      }
    case "avg":
      let numbers = numbersOf(values[0])
      guard !numbers.isEmpty else { return .null }
      return .double(numbers.reduce(0) { $0 + $1.doubleValue } / Double(numbers.count))
    case "ceil", "floor":
      guard case .number(let number) = values[0] else { return .null }
      // Python 2.7's math.ceil and math.floor return a float, even for an int.
      let d = number.doubleValue
      return .double(name == "ceil" ? d.rounded(.up) : d.rounded(.down))
    case "contains":
      switch values[0] {
      case .array(let items): return .bool(items.contains { PythonValue.equal($0, values[1]) })
      case .string(let text):
        guard case .string(let search) = values[1] else {
          throw failure(
            .invalidType, "'in <string>' requires string as left operand, not \(PythonValue.typeName(values[1]))")
        }
        return .bool(search.isEmpty || text.unicodeScalars.containsRun(search.unicodeScalars))
      default: return .null
      }
    case "ends_with":
      return .bool(scalars(values[0]).reversed().starts(with: scalars(values[1]).reversed()))
    case "starts_with":
      return .bool(scalars(values[0]).starts(with: scalars(values[1])))
    case "join":
      let separator = values[0].stringValue ?? ""
      return .string((values[1].arrayValue ?? []).compactMap(\.stringValue).joined(separator: separator))
    case "keys":
      // `list(d.keys())` on Python 2.7: the dict's iteration order, not the order keys came in.
      return .array(
        Python2DictOrder.iterationOrder(inserting: (values[0].objectValue ?? JSONObject()).keys).map {
          .string($0)
        })
    case "values":
      let object = values[0].objectValue ?? JSONObject()
      return .array(Python2DictOrder.iterationOrder(inserting: object.keys).compactMap { object[$0] })
    case "length":
      switch values[0] {
      case .string(let text): return .int(text.unicodeScalars.count)
      case .array(let items): return .int(items.count)
      case .object(let object): return .int(object.count)
      default: return .null
      }
    case "map":
      guard case .expression(let node) = arguments[0] else { return .null }
      var results: [JSONValue] = []
      for item in values[1].arrayValue ?? [] { results.append(try interpreter.evaluate(node, item)) }
      return .array(results)
    case "max", "min":
      let items = values[0].arrayValue ?? []
      guard var best = items.first else { return .null }
      for item in items.dropFirst() {
        let order = try JMESPathFunctions.order(item, best, function: name, interpreter: interpreter)
        if name == "max" ? order > 0 : order < 0 { best = item }
      }
      return best
    case "max_by", "min_by":
      return try extremeBy(name, values[0].arrayValue ?? [], arguments[1])
    case "merge":
      var merged = JSONObject()
      for value in values {
        for member in value.objectValue ?? JSONObject() { merged[member.key] = member.value }
      }
      return .object(merged)
    case "not_null":
      return values.first { $0 != .null } ?? .null
    case "reverse":
      if case .string(let text) = values[0] {
        return .string(String(String.UnicodeScalarView(text.unicodeScalars.reversed())))
      }
      return .array((values[0].arrayValue ?? []).reversed())
    case "sort":
      return .array(try stableSort(values[0].arrayValue ?? []) { $0 })
    case "sort_by":
      return try sortBy(values[0].arrayValue ?? [], arguments[1])
    case "sum":
      var total = JSONNumber.integer(0)
      for number in numbersOf(values[0]) { total = JMESPathFunctions.add(total, number) }
      return .number(total)
    case "to_array":
      if case .array = values[0] { return values[0] }
      return .array([values[0]])
    case "to_number":
      return JMESPathFunctions.toNumber(values[0])
    case "to_string":
      if case .string = values[0] { return values[0] }
      // json.dumps(value, separators=(',', ':')), which escapes non-ASCII characters.
      return .string(
        values[0].inPython2DictOrder().rendered(
          JSONFormat(indent: nil, itemSeparator: ",", keySeparator: ":", dialect: .python, escapesNonASCII: true)))
    case "type":
      return .string(arguments[0].jmespathTypeName)
    default:
      throw failure(.unknownFunction, "Unknown function: \(name)()")
    }
  }

  // MARK: Checks

  private func checkArity(_ name: String, _ signature: Signature, _ count: Int) throws(JMESPathError) {
    let expected = signature.parameters.count
    let noun = expected == 1 ? "argument" : "arguments"
    if signature.variadic {
      if count < expected {
        throw failure(.invalidArity, "Expected at least \(expected) \(noun) for function \(name)(), received \(count)")
      }
    } else if count != expected {
      throw failure(.invalidArity, "Expected \(expected) \(noun) for function \(name)(), received \(count)")
    }
  }

  /// jmespath's type check: the argument's own type, then (for `array-…` types) its elements'.
  private func checkType(_ name: String, _ types: Parameter, _ argument: JMESPathArgument) throws(JMESPathError) {
    var allowed: [String] = []
    var elementGroups: [[String]] = []
    for type in types {
      let parts = type.split(separator: "-", maxSplits: 1).map(String.init)
      allowed += JMESPathFunctions.pythonTypes[parts[0]] ?? []
      if parts.count == 2 { elementGroups.append(JMESPathFunctions.pythonTypes[parts[1]] ?? []) }
    }
    guard allowed.contains(argument.pythonTypeName) else {
      throw typeError(name, argument.value, argument.jmespathTypeName, types)
    }
    guard !elementGroups.isEmpty, case .value(.array(let items)) = argument else { return }
    var group = elementGroups[0]
    if elementGroups.count > 1 {
      // With a choice of element types, the first element decides which one applies.
      guard let first = items.first else { return }
      let firstType = PythonValue.typeName(first)
      guard let chosen = elementGroups.first(where: { $0.contains(firstType) }) else {
        throw typeError(name, first, firstType, types)
      }
      group = chosen
    }
    for item in items where !group.contains(PythonValue.typeName(item)) {
      throw typeError(name, item, PythonValue.typeName(item), types)
    }
  }

  private func typeError(_ name: String, _ value: JSONValue, _ received: String, _ expected: [String])
    -> JMESPathError
  {
    failure(
      .invalidType,
      "In function \(name)(), invalid type for value: \(PythonValue.str(value)), expected one of: "
        + "\(PythonValue.reprList(expected)), received: \"\(received)\"")
  }

  private func failure(_ kind: JMESPathError.Kind, _ message: String) -> JMESPathError {
    JMESPathError.evaluation(kind, message, expression: interpreter.expression)
  }

  // MARK: Helpers

  private func scalars(_ value: JSONValue) -> [Unicode.Scalar] {
    Array((value.stringValue ?? "").unicodeScalars)
  }

  private func numbersOf(_ value: JSONValue) -> [JSONNumber] {
    (value.arrayValue ?? []).compactMap(\.numberValue)
  }

  private static func add(_ a: JSONNumber, _ b: JSONNumber) -> JSONNumber {
    if case .integer(let x) = a, case .integer(let y) = b {
      let (sum, overflow) = x.addingReportingOverflow(y)
      if !overflow { return .integer(sum) }
    }
    return .double(a.doubleValue + b.doubleValue)
  }

  /// Python's `<` between two sort keys: numbers with numbers, strings with strings, else a TypeError.
  static func order(_ a: JSONValue, _ b: JSONValue, function: String, interpreter: JMESPathInterpreter)
    throws(JMESPathError) -> Int
  {
    switch (a, b) {
    case (.number(let x), .number(let y)): return PythonValue.compareNumbers(x, y)
    case (.string(let x), .string(let y)):
      return PythonValue.stringLess(x, y) ? -1 : (PythonValue.stringLess(y, x) ? 1 : 0)
    default:
      throw JMESPathError.evaluation(
        .invalidType,
        "'<' not supported between instances of '\(PythonValue.typeName(a))' and '\(PythonValue.typeName(b))'",
        expression: interpreter.expression)
    }
  }

  /// A stable sort by key, as Python's `sorted` is. Callers have already checked that every key
  /// is a number or every key a string, so any two keys can be ordered.
  private func stableSort(_ items: [JSONValue], key: (JSONValue) throws(JMESPathError) -> JSONValue)
    throws(JMESPathError) -> [JSONValue]
  {
    var keyed: [(offset: Int, key: JSONValue, item: JSONValue)] = []
    for (offset, item) in items.enumerated() { keyed.append((offset, try key(item), item)) }
    keyed.sort { left, right in
      let order = (try? JMESPathFunctions.order(left.key, right.key, function: "sort", interpreter: interpreter)) ?? 0
      return order != 0 ? order < 0 : left.offset < right.offset
    }
    return keyed.map(\.item)
  }

  private func sortBy(_ items: [JSONValue], _ reference: JMESPathArgument) throws(JMESPathError) -> JSONValue {
    guard let first = items.first, case .expression(let node) = reference else { return .array(items) }
    // The first element's key decides the type every other key must have.
    let firstKey = try interpreter.evaluate(node, first)
    let required = JMESPathArgument.value(firstKey).jmespathTypeName
    guard required == "number" || required == "string" else {
      throw typeError("sort_by", first, required, ["string", "number"])
    }
    return .array(
      try stableSort(items) { (item) throws(JMESPathError) -> JSONValue in
        let key = try interpreter.evaluate(node, item)
        let type = JMESPathArgument.value(key).jmespathTypeName
        if type != required { throw typeError("sort_by", key, type, [required]) }
        return key
      })
  }

  private func extremeBy(_ name: String, _ items: [JSONValue], _ reference: JMESPathArgument)
    throws(JMESPathError) -> JSONValue
  {
    guard case .expression(let node) = reference else { return .null }
    func key(_ item: JSONValue) throws(JMESPathError) -> JSONValue {
      let key = try interpreter.evaluate(node, item)
      let type = JMESPathArgument.value(key).jmespathTypeName
      if type != "number" && type != "string" { throw typeError(name, key, type, ["number", "string"]) }
      return key
    }
    guard let first = items.first else { return .null }
    var best = first
    var bestKey = try key(first)
    for item in items.dropFirst() {
      let itemKey = try key(item)
      let order = try JMESPathFunctions.order(itemKey, bestKey, function: name, interpreter: interpreter)
      if name == "max_by" ? order > 0 : order < 0 {
        best = item
        bestKey = itemKey
      }
    }
    return best
  }

  /// Python's `int(text)`, falling back to `float(text)`, as jmespath's `to_number` does.
  static func toNumber(_ value: JSONValue) -> JSONValue {
    switch value {
    case .number: return value
    case .string(let raw):
      let text = raw.trimmingWhitespace().replacingUnderscoreSeparators()
      if let integer = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .int64(integer) }
      let lowered = text.lowercased()
      let unsigned = lowered.hasPrefix("+") || lowered.hasPrefix("-") ? String(lowered.dropFirst()) : lowered
      let isNamed = ["nan", "inf", "infinity"].contains(unsigned)
      let isDecimal = !unsigned.isEmpty && unsigned.allSatisfy { "0123456789.e+-".contains($0) }
      if isNamed || isDecimal, let double = Double(lowered) { return .double(double) }
      return .null
    default:
      return .null
    }
  }
}

extension String.UnicodeScalarView {
  /// True when `needle` occurs as a contiguous run (Python's `needle in text`).
  fileprivate func containsRun(_ needle: String.UnicodeScalarView) -> Bool {
    let haystack = Array(self)
    let pattern = Array(needle)
    guard pattern.count <= haystack.count else { return false }
    return (0...(haystack.count - pattern.count)).contains { start in
      haystack[start..<start + pattern.count].elementsEqual(pattern)
    }
  }
}

extension String {
  /// Python's `str.strip()` for the whitespace `int()` and `float()` ignore.
  fileprivate func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }

  /// Python's numeric parsing allows single underscores between digits (`1_000`).
  fileprivate func replacingUnderscoreSeparators() -> String {
    let characters = Array(self)
    var output = ""
    for (offset, character) in characters.enumerated() {
      if character == "_", offset > 0, offset < characters.count - 1, characters[offset - 1].isNumber,
        characters[offset + 1].isNumber
      {
        continue
      }
      output.append(character)
    }
    return output
  }
}
