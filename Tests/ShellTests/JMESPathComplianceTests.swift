import Cloud
import Foundation
import Testing

@testable import Shell

/// Every case of the official JMESPath compliance suite (`Resources/jmespath-compliance/`), run
/// against the `--query` implementation: each must give its `result` or raise its `error` kind,
/// except the few listed in ``deliberatelyDifferent``.
@Suite struct JMESPathComplianceTests {
  /// Every file of the suite; ``folderHoldsExactlyTheseFiles()`` keeps this list complete.
  static let files = [
    "basic.json", "benchmarks.json", "boolean.json", "current.json", "escape.json", "filters.json",
    "functions.json", "identifiers.json", "indices.json", "literal.json", "multiselect.json", "pipe.json",
    "slice.json", "syntax.json", "unicode.json", "wildcard.json",
  ]

  /// The number of cases in the suite at the commit the files come from.
  static let caseCount = 908

  /// What a case asks for.
  enum Expectation: Sendable {
    case result(JSONValue)
    /// An error of this kind, spelled as the suite spells it (`invalid-type`…).
    case error(String)
    /// A benchmark: any result, as long as it comes without an error and quickly.
    case bench
  }

  struct Case: Sendable, CustomStringConvertible {
    let file: String
    let suite: Int
    let index: Int
    let given: JSONValue
    let expression: String
    let expectation: Expectation

    var description: String { "\(file) suite \(suite) case \(index) `\(expression)`" }
  }

  /// What labrun did with a case.
  enum Outcome: Sendable, CustomStringConvertible {
    case value(JSONValue)
    case error(kind: String, message: String)

    var description: String {
      switch self {
      case .value(let value): return value.compactJSON
      case .error(let kind, let message): return "\(kind) error: \(message)"
      }
    }

    /// Whether this is the listed behaviour: the same value (numbers compared by value, objects
    /// whatever their key order), or an error of the same kind.
    func matches(_ listed: Outcome) -> Bool {
      switch (self, listed) {
      case (.value(let mine), .value(let theirs)): return mine.isEquivalent(to: theirs)
      case (.error(let mine, _), .error(let theirs, _)): return mine == theirs
      default: return false
      }
    }
  }

  /// A case where labrun behaves differently from the suite on purpose.
  struct Deviation: Sendable {
    let file: String
    let expression: String
    /// What labrun does instead; an error's message is not compared, only its kind.
    let labrun: Outcome
    let reason: String
  }

  /// The cases labrun answers differently from the suite, on purpose, because awscli 1.18.147's
  /// jmespath 0.10.0 on Python 2.7 does (its `ceil` and `floor` are Python 2's `math.ceil` and
  /// `math.floor`, which return a float: `2.0`, printed so by `--output json`). A case added here
  /// must say what labrun does and why, and ``deliberateDifferencesStillHold()`` keeps the entry
  /// honest.
  static let deliberatelyDifferent: [Deviation] = {
    let float = "Python 2.7's math.ceil and math.floor return a float (jmespath 0.10.0 in awscli 1.18.147)"
    return [
      Deviation(file: "functions.json", expression: "ceil(`1.2`)", labrun: .value(.double(2.0)), reason: float),
      Deviation(file: "functions.json", expression: "ceil(decimals[0])", labrun: .value(.double(2.0)), reason: float),
      Deviation(file: "functions.json", expression: "ceil(decimals[1])", labrun: .value(.double(2.0)), reason: float),
      Deviation(file: "functions.json", expression: "ceil(decimals[2])", labrun: .value(.double(-1.0)), reason: float),
      Deviation(file: "functions.json", expression: "floor(`1.2`)", labrun: .value(.double(1.0)), reason: float),
      Deviation(file: "functions.json", expression: "floor(decimals[0])", labrun: .value(.double(1.0)), reason: float),
      Deviation(file: "functions.json", expression: "floor(foo)", labrun: .value(.double(-1.0)), reason: float),
    ]
  }()

  // MARK: Running the suite

  @Test(arguments: files)
  func everyCasePasses(_ file: String) throws {
    let cases = try Self.load(file)
    #expect(!cases.isEmpty, "\(file) has no cases")
    for testCase in cases where Self.deviation(for: testCase) == nil {
      if let failure = Self.failure(of: testCase) { Issue.record("\(testCase): \(failure)") }
    }
  }

  @Test func deliberateDifferencesStillHold() throws {
    let cases = try Self.files.flatMap { try Self.load($0) }
    for deviation in Self.deliberatelyDifferent {
      let matching = cases.filter { $0.file == deviation.file && $0.expression == deviation.expression }
      #expect(matching.count >= 1, "\(deviation.file) `\(deviation.expression)` is not in the suite")
      for testCase in matching {
        let outcome = Self.run(testCase)
        #expect(outcome.matches(deviation.labrun), "\(testCase) now gives \(outcome), listed as \(deviation.labrun)")
        #expect(Self.failure(of: testCase) != nil, "\(testCase) now passes the suite; drop it from the list")
      }
    }
  }

  /// The pass count the report quotes, and a guard against cases vanishing from the files.
  @Test func countsEveryCase() throws {
    let cases = try Self.files.flatMap { try Self.load($0) }
    #expect(cases.count == Self.caseCount)
    let passing = cases.filter { Self.failure(of: $0) == nil }.count
    let deviating = cases.filter { Self.deviation(for: $0) != nil }.count
    #expect(passing == Self.caseCount - deviating, "\(passing) of \(cases.count) pass, \(deviating) listed")
  }

  @Test func folderHoldsExactlyTheseFiles() throws {
    let folder = try #require(Self.folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
    #expect(names.sorted() == Self.files.sorted())
  }

  // MARK: Support

  /// The copied folder. Foundation on Linux takes a bundle's `Resources` folder for its resource
  /// directory, while on macOS the copy sits inside the resource directory, so look in both.
  static var folder: URL? {
    Bundle.module.url(forResource: "jmespath-compliance", withExtension: nil, subdirectory: "Resources")
      ?? Bundle.module.url(forResource: "jmespath-compliance", withExtension: nil)
  }

  /// The cases of one file, in order.
  static func load(_ file: String) throws -> [Case] {
    let url = try #require(folder?.appendingPathComponent(file))
    let document = try JSONValue.parse(try String(contentsOf: url, encoding: .utf8))
    var cases: [Case] = []
    for (suiteIndex, suite) in (document.arrayValue ?? []).enumerated() {
      let given = suite["given"] ?? .null
      for (caseIndex, entry) in (suite["cases"]?.arrayValue ?? []).enumerated() {
        let expression = try #require(entry["expression"]?.stringValue, "\(file) suite \(suiteIndex) case \(caseIndex)")
        let expectation: Expectation
        if let result = entry["result"] {
          expectation = .result(result)
        } else if let kind = entry["error"]?.stringValue {
          expectation = .error(kind)
        } else {
          #expect(entry["bench"] != nil, "\(file) suite \(suiteIndex) case \(caseIndex) expects nothing")
          expectation = .bench
        }
        cases.append(
          Case(
            file: file, suite: suiteIndex, index: caseIndex, given: given, expression: expression,
            expectation: expectation))
      }
    }
    return cases
  }

  static func deviation(for testCase: Case) -> Deviation? {
    deliberatelyDifferent.first { $0.file == testCase.file && $0.expression == testCase.expression }
  }

  /// Compiles and evaluates the case's expression over its `given`.
  static func run(_ testCase: Case) -> Outcome {
    do {
      return .value(try JMESPath.search(testCase.expression, in: testCase.given))
    } catch {
      return .error(kind: kindName(error.kind), message: error.message)
    }
  }

  /// Why the case fails the suite, or nil when it passes.
  static func failure(of testCase: Case) -> String? {
    let clock = ContinuousClock()
    let start = clock.now
    let outcome = run(testCase)
    let elapsed = clock.now - start
    switch (testCase.expectation, outcome) {
    case (.result(let expected), .value(let actual)):
      guard actual.isEquivalent(to: expected) else {
        return "expected \(expected.compactJSON), got \(actual.compactJSON)"
      }
      // awscli prints `2` and `2.0` apart, and Python's jmespath returns each number as the suite
      // writes it, so the kind of each number must match too.
      return sameNumberKinds(actual, expected) ? nil : "expected \(expected.compactJSON), got \(actual.compactJSON)"
    case (.error(let expected), .error(let kind, _)):
      return kind == expected ? nil : "expected a \(expected) error, got \(outcome)"
    case (.bench, .value):
      // Python's jmespath takes well under a millisecond for each; a second means runaway work.
      return elapsed < .seconds(1) ? nil : "took \(elapsed)"
    case (.result(let expected), .error):
      return "expected \(expected.compactJSON), got \(outcome)"
    case (.error(let expected), .value):
      return "expected a \(expected) error, got \(outcome)"
    case (.bench, .error):
      return "expected to run, got \(outcome)"
    }
  }

  /// True when every number in `a` is an integer exactly where the matching one in `b` is (the
  /// two are already known to be equivalent).
  static func sameNumberKinds(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.number(let x), .number(let y)):
      return isFloat(x) == isFloat(y)
    case (.array(let x), .array(let y)):
      return zip(x, y).allSatisfy { sameNumberKinds($0, $1) }
    case (.object(let x), .object(let y)):
      return x.allSatisfy { member in y[member.key].map { sameNumberKinds(member.value, $0) } ?? false }
    default:
      return true
    }
  }

  private static func isFloat(_ number: JSONNumber) -> Bool {
    if case .double = number { return true }
    return false
  }

  /// The suite's name for an error kind.
  static func kindName(_ kind: JMESPathError.Kind) -> String {
    switch kind {
    case .syntax: return "syntax"
    case .invalidType: return "invalid-type"
    case .invalidValue: return "invalid-value"
    case .invalidArity: return "invalid-arity"
    case .unknownFunction: return "unknown-function"
    }
  }
}
