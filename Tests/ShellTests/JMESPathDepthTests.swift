import Cloud
import Testing

@testable import Shell

/// Deep nesting ends in a clear error, never a stack overflow, and everything up to the limit
/// still works.
@Suite struct JMESPathDepthTests {
  /// One way to nest: the expression `levels` deep, the document it runs over, and what Python's
  /// jmespath returns there (checked with jmespath 1.1.0, which accepts these depths too).
  struct Shape: Sendable, CustomStringConvertible {
    let name: String
    /// The deepest `levels` labrun accepts for this shape.
    let limit: Int
    let expression: @Sendable (Int) -> String
    let document: @Sendable (Int) -> JSONValue
    let result: @Sendable (Int) -> JSONValue
    var description: String { name }
  }

  static let one: JSONValue = ["a": 1]

  /// `levels` lists around 1: `[[[1]]]` for 3.
  static func nested(_ levels: Int) -> JSONValue {
    (0..<levels).reduce(1) { inner, _ in [inner] }
  }

  static func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

  static let shapes: [Shape] = [
    Shape(
      name: "not", limit: 255, expression: { repeated("!", $0) + "a" }, document: { _ in one },
      result: { .bool($0 % 2 == 0) }),
    Shape(
      name: "parentheses", limit: 255, expression: { repeated("(", $0) + "a" + repeated(")", $0) },
      document: { _ in one }, result: { _ in 1 }),
    // A chain nests to the left, so its length counts as depth too.
    Shape(
      name: "pipe chain", limit: 255, expression: { "a" + repeated("|a", $0) }, document: { _ in ["a": ["a": 1]] },
      result: { $0 == 0 ? ["a": 1] : ($0 == 1 ? 1 : nil) }),
    Shape(
      name: "or chain", limit: 255, expression: { "a" + repeated("||a", $0) }, document: { _ in one },
      result: { _ in 1 }),
    Shape(
      name: "multi-select list", limit: 255, expression: { repeated("[", $0) + "a" + repeated("]", $0) },
      document: { _ in one }, result: { nested($0) }),
    Shape(
      name: "function call", limit: 255, expression: { repeated("abs(", $0) + "a" + repeated(")", $0) },
      document: { _ in one }, result: { _ in 1 }),
    Shape(
      name: "projection", limit: 256, expression: { repeated("[*]", $0) }, document: { nested($0) },
      result: { nested($0) }),
    // Each level is a call and an expression reference: two levels of nesting.
    Shape(
      name: "map", limit: 127, expression: { repeated("map(&", $0) + "@" + repeated(", @)", $0) },
      document: { nested($0) }, result: { nested($0) }),
  ]

  @Test(arguments: shapes)
  func theDeepestAcceptedNestingEvaluates(_ shape: Shape) throws {
    let levels = shape.limit
    #expect(try JMESPath.search(shape.expression(levels), in: shape.document(levels)) == shape.result(levels))
  }

  @Test(arguments: shapes)
  func oneLevelMoreIsRefused(_ shape: Shape) {
    let expression = shape.expression(shape.limit + 1)
    do {
      _ = try JMESPath.compile(expression)
      Issue.record("compiled")
    } catch {
      #expect(
        error == JMESPathError(stage: .compile, message: "maximum recursion depth exceeded", expression: expression))
    }
  }

  /// awscli prints Python's RecursionError as a bad `--query` value and exits with status 255.
  @Test(arguments: [repeated("!", 8_000) + "a", repeated("(", 16_000) + "a" + repeated(")", 16_000)])
  func farTooDeepIsABadQueryValue(_ expression: String) {
    do {
      _ = try JMESPath.compile(expression)
      Issue.record("compiled")
    } catch {
      #expect(error.kind == .syntax)
      #expect(error.awscliErrorOutput == "\nBad value for --query \(expression): maximum recursion depth exceeded\n")
    }
  }

  /// A long flat chain of fields or indexes is no deeper than one of them, as in jmespath.
  @Test func flatChainsAreNotNesting() throws {
    let document: JSONValue = ["a": ["a": 1]]
    #expect(try JMESPath.search("a" + Self.repeated(".a", 5_000), in: document) == nil)
    #expect(try JMESPath.search("[`1`]" + Self.repeated("[0]", 5_000), in: document) == nil)
  }
}
