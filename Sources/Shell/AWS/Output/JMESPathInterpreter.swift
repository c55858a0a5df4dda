import Cloud

/// Evaluates a `JMESPathNode` over a document with the semantics of Python's jmespath, which
/// awscli uses: a field of a non-object is null, a projection over a non-list is null and drops
/// null results, multi-selects over null are null, and only `''`, `[]`, `{}`, `null` and `false`
/// are false.
struct JMESPathInterpreter {
  /// The whole expression, for error messages.
  let expression: String

  func evaluate(_ node: JMESPathNode, _ value: JSONValue) throws(JMESPathError) -> JSONValue {
    switch node {
    case .identity:
      return value
    case .field(let key):
      return value[key] ?? .null
    case .subexpression(let children), .indexExpression(let children):
      var result = value
      for child in children { result = try evaluate(child, result) }
      return result
    case .index(let position):
      guard case .array(let items) = value else { return .null }
      let resolved = position < 0 ? items.count + position : position
      return items.indices.contains(resolved) ? items[resolved] : .null
    case .slice(let start, let stop, let step):
      guard case .array(let items) = value else { return .null }
      return .array(try JMESPathInterpreter.slice(items, start, stop, step, expression: expression))
    case .projection(let left, let right):
      guard case .array(let items) = try evaluate(left, value) else { return .null }
      return .array(try project(items, right))
    case .valueProjection(let left, let right):
      guard case .object(let object) = try evaluate(left, value) else { return .null }
      // `obj.values()` on Python 2.7 comes in the dict's iteration order.
      let values = Python2DictOrder.iterationOrder(inserting: object.keys).compactMap { object[$0] }
      return .array(try project(values, right))
    case .filterProjection(let left, let right, let condition):
      guard case .array(let items) = try evaluate(left, value) else { return .null }
      var kept: [JSONValue] = []
      for item in items where JMESPathInterpreter.isTrue(try evaluate(condition, item)) {
        let result = try evaluate(right, item)
        if result != .null { kept.append(result) }
      }
      return .array(kept)
    case .flatten(let inner):
      guard case .array(let items) = try evaluate(inner, value) else { return .null }
      var merged: [JSONValue] = []
      for item in items {
        if case .array(let nested) = item { merged += nested } else { merged.append(item) }
      }
      return .array(merged)
    case .literal(let literal):
      return literal
    case .comparison(let comparator, let left, let right):
      return try compare(comparator, try evaluate(left, value), try evaluate(right, value))
    case .or(let left, let right):
      let first = try evaluate(left, value)
      return JMESPathInterpreter.isTrue(first) ? first : try evaluate(right, value)
    case .and(let left, let right):
      let first = try evaluate(left, value)
      return JMESPathInterpreter.isTrue(first) ? try evaluate(right, value) : first
    case .not(let inner):
      let result = try evaluate(inner, value)
      // Python's `not 0` is True, but jmespath treats 0 as true, so `!0` is false.
      if case .number = result { return .bool(false) }
      return .bool(!JMESPathInterpreter.isTrue(result))
    case .pipe(let left, let right):
      return try evaluate(right, try evaluate(left, value))
    case .multiSelectList(let items):
      guard value != .null else { return .null }
      var results: [JSONValue] = []
      for item in items { results.append(try evaluate(item, value)) }
      return .array(results)
    case .multiSelectHash(let pairs):
      guard value != .null else { return .null }
      var object = JSONObject()
      for (key, item) in pairs { object[key] = try evaluate(item, value) }
      return .object(object)
    case .function(let name, let arguments):
      var resolved: [JMESPathArgument] = []
      for argument in arguments {
        if case .expressionReference(let inner) = argument {
          resolved.append(.expression(inner))
        } else {
          resolved.append(.value(try evaluate(argument, value)))
        }
      }
      return try JMESPathFunctions(interpreter: self).call(name, resolved)
    case .expressionReference:
      // Outside a function's arguments a reference has no JSON value.
      return .null
    }
  }

  private func project(_ items: [JSONValue], _ right: JMESPathNode) throws(JMESPathError) -> [JSONValue] {
    var results: [JSONValue] = []
    for item in items {
      let result = try evaluate(right, item)
      if result != .null { results.append(result) }
    }
    return results
  }

  /// jmespath's truth: everything is true but `''`, `[]`, `{}`, `null` and `false` (so 0 is true).
  static func isTrue(_ value: JSONValue) -> Bool {
    switch value {
    case .null: return false
    case .bool(let flag): return flag
    case .string(let text): return !text.isEmpty
    case .array(let items): return !items.isEmpty
    case .object(let object): return !object.isEmpty
    case .number: return true
    }
  }

  private func compare(_ comparator: JMESPathComparator, _ left: JSONValue, _ right: JSONValue)
    throws(JMESPathError) -> JSONValue
  {
    switch comparator {
    case .equal: return .bool(JMESPathInterpreter.strictlyEqual(left, right))
    case .notEqual: return .bool(!JMESPathInterpreter.strictlyEqual(left, right))
    default: break
    }
    // Ordering is defined for numbers and strings only; anything else yields null.
    let order: Int
    switch (left, right) {
    case (.number(let a), .number(let b)):
      order = PythonValue.compareNumbers(a, b)
    case (.string(let a), .string(let b)):
      order = PythonValue.stringLess(a, b) ? -1 : (PythonValue.stringLess(b, a) ? 1 : 0)
    case (.string, .number):
      // jmespath 0.10 lets Python 2.7 order them, and Python 2 puts every number before every string.
      order = 1
    case (.number, .string):
      order = -1
    default:
      return .null
    }
    switch comparator {
    case .less: return .bool(order < 0)
    case .lessOrEqual: return .bool(order <= 0)
    case .greater: return .bool(order > 0)
    default: return .bool(order >= 0)
    }
  }

  /// jmespath's `==`: Python's, except that 0 and 1 never equal a Boolean.
  static func strictlyEqual(_ left: JSONValue, _ right: JSONValue) -> Bool {
    switch (left, right) {
    case (.number, .bool), (.bool, .number): return false
    default: return PythonValue.equal(left, right)
    }
  }

  /// Python's `list[start:stop:step]`.
  static func slice(_ items: [JSONValue], _ start: Int?, _ stop: Int?, _ step: Int?, expression: String)
    throws(JMESPathError) -> [JSONValue]
  {
    let step = step ?? 1
    guard step != 0 else {
      throw JMESPathError.evaluation(.invalidValue, "slice step cannot be zero", expression: expression)
    }
    let count = items.count
    func clamp(_ bound: Int?, _ whenMissing: Int) -> Int {
      guard var bound else { return whenMissing }
      if bound < 0 {
        bound += count
        if bound < 0 { bound = step < 0 ? -1 : 0 }
      } else if bound >= count {
        bound = step < 0 ? count - 1 : count
      }
      return bound
    }
    var position = clamp(start, step < 0 ? count - 1 : 0)
    let end = clamp(stop, step < 0 ? -1 : count)
    var result: [JSONValue] = []
    while step > 0 ? position < end : position > end {
      result.append(items[position])
      // A huge step (Python ints are unbounded) simply runs off the end.
      let (next, overflow) = position.addingReportingOverflow(step)
      if overflow { break }
      position = next
    }
    return result
  }
}
