import Cloud

/// A jq runtime error (`Cannot index array with string "a"`); jq reports it and goes on with
/// the next input.
struct JQRuntimeError: Error {
  let message: String
}

/// The filter did more work than one command may (`ShellLimits.maximumJQSteps`): the whole run
/// stops, since every later input would share the exhausted budget.
struct JQBudgetExhausted: Error {}

/// Runs a `JQFilter` on inputs, handing each result to `emit` as jq's generators produce them,
/// so results before an error are still printed.
///
/// Every step is charged to one budget for the whole command, and a value is charged by its
/// size when it is built or compared, so no filter can build, compare or walk a value larger
/// than the budget (`[.,.]|[.,.]|…` doubles a value with each stage).
final class JQEvaluator {
  typealias Emit = (JSONValue) throws -> Void

  private var remaining: Int

  init(steps: Int = ShellLimits.maximumJQSteps) {
    remaining = steps
  }

  private func charge(_ steps: Int) throws {
    remaining -= steps
    if remaining < 0 { throw JQBudgetExhausted() }
  }

  /// Charges a value's size (members, items and string bytes), walking no more of it than the
  /// budget left.
  private func charge(sizeOf value: JSONValue) throws {
    var stack = [value]
    while let next = stack.popLast() {
      try charge(1)
      switch next {
      case .string(let text): try charge(text.utf8.count / 16)
      case .array(let items): stack.append(contentsOf: items)
      case .object(let object):
        for member in object {
          try charge(member.key.utf8.count / 16)
          stack.append(member.value)
        }
      default: break
      }
    }
  }

  func evaluate(_ filter: JQFilter, _ input: JSONValue, _ emit: Emit) throws {
    try charge(1)
    switch filter {
    case .identity:
      try emit(input)
    case .recurse:
      try recurse(input, emit)
    case .literal(let value):
      try emit(value)
    case .field(let base, let key):
      try evaluate(base, input) { try emit(try JQEvaluator.field($0, key)) }
    case .index(let base, let position):
      try evaluate(base, input) { try emit(try JQEvaluator.index($0, position)) }
    case .iterate(let base):
      try evaluate(base, input) { try self.iterate($0, emit) }
    case .pipe(let left, let right):
      try evaluate(left, input) { try self.evaluate(right, $0, emit) }
    case .comma(let left, let right):
      try evaluate(left, input, emit)
      try evaluate(right, input, emit)
    case .compare(let left, let right, let equal):
      // jq evaluates the right operand in the outer loop.
      try evaluate(right, input) { rightValue in
        try self.evaluate(left, input) { leftValue in
          try self.charge(sizeOf: leftValue)
          try self.charge(sizeOf: rightValue)
          try emit(.bool(leftValue.isEquivalent(to: rightValue) == equal))
        }
      }
    case .collect(let inner):
      var items: [JSONValue] = []
      try evaluate(inner, input) {
        try self.charge(sizeOf: $0)
        items.append($0)
      }
      try emit(.array(items))
    case .select(let condition):
      try evaluate(condition, input) { value in
        if JQEvaluator.isTruthy(value) { try emit(input) }
      }
    case .builtin("empty"):
      break
    case .builtin("keys"), .builtin("keys_unsorted"):
      try charge(sizeOf: input)
      try emit(try JQEvaluator.builtin(filter, input))
    case .builtin:
      try emit(try JQEvaluator.builtin(filter, input))
    }
  }

  static func isTruthy(_ value: JSONValue) -> Bool {
    value != .null && value != .bool(false)
  }

  private func recurse(_ value: JSONValue, _ emit: Emit) throws {
    try charge(1)
    try emit(value)
    switch value {
    case .array(let items): for item in items { try recurse(item, emit) }
    case .object(let object): for member in object { try recurse(member.value, emit) }
    default: break
    }
  }

  private static func field(_ value: JSONValue, _ key: String) throws -> JSONValue {
    switch value {
    case .null: return .null
    case .object(let object): return object[key] ?? .null
    default: throw JQRuntimeError(message: "Cannot index \(value.typeName) with string \(JSONValue.quoted(key))")
    }
  }

  private static func index(_ value: JSONValue, _ position: Int) throws -> JSONValue {
    switch value {
    case .null: return .null
    case .array(let items):
      let actual = position < 0 ? items.count + position : position
      return items.indices.contains(actual) ? items[actual] : .null
    default: throw JQRuntimeError(message: "Cannot index \(value.typeName) with number")
    }
  }

  private func iterate(_ value: JSONValue, _ emit: Emit) throws {
    switch value {
    case .array(let items):
      for item in items {
        try charge(1)
        try emit(item)
      }
    case .object(let object):
      for member in object {
        try charge(1)
        try emit(member.value)
      }
    default: throw JQRuntimeError(message: "Cannot iterate over \(JQEvaluator.describe(value))")
    }
  }

  /// `type (value)` as jq's error messages show a value: compact, cut to 11 bytes and `...`.
  static func describe(_ value: JSONValue) -> String {
    var dumped = value.rendered(.jqCompact)
    dumped.removeLast()
    if dumped.utf8.count > 14 {
      dumped = String(decoding: Array(dumped.utf8.prefix(11)), as: UTF8.self) + "..."
    }
    return "\(value.typeName) (\(dumped))"
  }

  private static func builtin(_ filter: JQFilter, _ input: JSONValue) throws -> JSONValue {
    guard case .builtin(let name) = filter else { return input }
    switch name {
    case "keys", "keys_unsorted":
      switch input {
      case .object(let object):
        let keys =
          name == "keys"
          ? object.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) } : object.keys
        return .array(keys.map { .string($0) })
      case .array(let items): return .array(items.indices.map { .int($0) })
      default: throw JQRuntimeError(message: "\(describe(input)) has no keys")
      }
    case "length":
      switch input {
      case .null: return .int(0)
      case .string(let text): return .int(text.unicodeScalars.count)
      case .array(let items): return .int(items.count)
      case .object(let object): return .int(object.count)
      case .number(let number):
        if case .integer(let value) = number, value != .min { return .int64(abs(value)) }
        return .double(abs(number.doubleValue))
      case .bool: throw JQRuntimeError(message: "\(describe(input)) has no length")
      }
    case "type": return .string(input.typeName)
    default: return .bool(!isTruthy(input))
    }
  }
}
