import Cloud
import Testing

@testable import Shell

/// JMESPath behaviour learners meet, each case a whole result or a whole error message.
@Suite struct JMESPathTests {
  static let vpcs: JSONValue = [
    "Vpcs": [
      ["VpcId": "vpc-a", "IsDefault": true, "Tags": [["Key": "Name", "Value": "web"]]],
      ["VpcId": "vpc-b", "IsDefault": false],
    ]
  ]

  struct Case: Sendable, CustomStringConvertible {
    let query: String
    let expected: JSONValue
    var description: String { query }
  }

  static let cases: [Case] = [
    // A projection drops elements whose right-hand side is null.
    Case(query: "Vpcs[*].Tags[0].Value", expected: ["web"]),
    // Projecting over something that is not a list is null, not an empty list.
    Case(query: "Vpcs[0].VpcId[*]", expected: nil),
    Case(query: "Missing[*].VpcId", expected: nil),
    // A pipe ends the projection, so the index applies to the projected list.
    Case(query: "Vpcs[*].VpcId | [1]", expected: "vpc-b"),
    // Without a pipe the index applies inside the projection, to each string: all null.
    Case(query: "Vpcs[*].VpcId[1]", expected: []),
    // Flatten merges one level and keeps scalars.
    Case(query: "[`1`, [`2`, [`3`]]][]", expected: [1, 2, [3]]),
    // A filter on a key some elements lack: missing is null, which equals nothing but null.
    Case(query: "Vpcs[?Tags[0].Value=='web'].VpcId", expected: ["vpc-a"]),
    Case(query: "Vpcs[?Tags == `null`].VpcId", expected: ["vpc-b"]),
    // A multi-select keeps nulls, and keeps the written key order.
    Case(
      query: "Vpcs[*].{Z: VpcId, A: Tags[0].Value}",
      expected: [["Z": "vpc-a", "A": "web"], ["Z": "vpc-b", "A": nil]]),
    Case(query: "Vpcs[*].[VpcId, Tags]", expected: [["vpc-a", [["Key": "Name", "Value": "web"]]], ["vpc-b", nil]]),
    // A multi-select over null is null.
    Case(query: "Missing.[a]", expected: nil),
    // 0 is true in JMESPath, and never equal to false.
    Case(query: "`0` || 'x'", expected: 0),
    Case(query: "`0` == `false`", expected: false),
    Case(query: "sort_by(Vpcs, &VpcId)[-1].VpcId", expected: "vpc-b"),
    Case(query: "length(Vpcs[?IsDefault])", expected: 1),
  ]

  @Test(arguments: cases)
  func evaluates(_ testCase: Case) throws {
    #expect(try JMESPath.compile(testCase.query).evaluate(on: Self.vpcs) == testCase.expected)
  }

  @Test func compileErrorPrintsAsAwscliDoes() {
    #expect(throws: JMESPathError.self) { try JMESPath.compile("Vpcs[") }
    do {
      _ = try JMESPath.compile("Vpcs[?State = 'x']")
      Issue.record("compiled")
    } catch {
      #expect(
        error.awscliErrorOutput
          == "\nBad value for --query Vpcs[?State = 'x']: Bad jmespath expression: Unknown token '=':\n"
          + "Vpcs[?State = 'x']\n            ^\n")
    }
  }

  @Test func evaluationErrorPrintsWithoutTheQueryPrefix() throws {
    let expression = try JMESPath.compile("Vpcs[0].VpcId.length(@, @)")
    do {
      _ = try expression.evaluate(on: Self.vpcs)
      Issue.record("evaluated")
    } catch {
      #expect(error.stage == .evaluate)
      #expect(error.awscliErrorOutput == "\nExpected 1 argument for function length(), received 2\n")
    }
  }

  @Test func functionErrorsOnlyAriseWhenTheFunctionRuns() throws {
    // The unknown function sits under a projection over an empty list, so it never runs.
    #expect(try JMESPath.search("Missing[*].nope(@)", in: Self.vpcs) == nil)
    #expect(try JMESPath.search("`[]`[*].nope(@)", in: Self.vpcs) == [])
  }

  /// Python's integers are unbounded; indexes and steps beyond 64 bits must still behave.
  @Test func hugeIndexesAndStepsBehaveAsInPython() throws {
    let digits: JSONValue = ["a": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
    #expect(try JMESPath.search("a[5::99999999999999999999]", in: digits) == [5])
    #expect(try JMESPath.search("a[5::-99999999999999999999]", in: digits) == [5])
    #expect(try JMESPath.search("a[-99999999999999999999:99999999999999999999:3]", in: digits) == [0, 3, 6, 9])
    #expect(try JMESPath.search("a[99999999999999999999]", in: digits) == nil)
  }

  @Test func positionsCountCharactersNotBytes() {
    do {
      _ = try JMESPath.compile("{이름: a}")
      Issue.record("compiled")
    } catch {
      #expect(error.message == "Bad jmespath expression: Unknown token 이:\n{이름: a}\n ^")
    }
  }

  /// A quoted identifier is a JSON string; its flaws carry Python's `json` wording, as jmespath
  /// 1.1.0 reports them, and a lone surrogate escape is no flaw (it names a key no response has).
  static let quotedIdentifiers: [(expression: String, message: String?)] = [
    (#""\u""#, #"Bad jmespath expression: Invalid \uXXXX escape:"#),
    (#""\u12g4""#, #"Bad jmespath expression: Invalid \uXXXX escape:"#),
    (#""\x""#, #"Bad jmespath expression: Invalid \escape:"#),
    ("\"a\tb\"", "Bad jmespath expression: Invalid control character at:"),
    ("\"\u{1}\\q\"", "Bad jmespath expression: Invalid control character at:"),
    (#""\q\u""#, #"Bad jmespath expression: Invalid \escape:"#),
    (#""\ud800""#, nil),
  ]

  @Test(arguments: quotedIdentifiers.map { [$0.expression, $0.message ?? ""] })
  func quotedIdentifierFlawsUsePythonsWording(_ pair: [String]) throws {
    let (expression, message) = (pair[0], pair[1])
    do {
      let value = try JMESPath.search(expression, in: ["a": 2])
      #expect(message.isEmpty, "\(expression) gave \(value.compactJSON)")
      #expect(value == nil)
    } catch {
      #expect(error.message == message + "\n" + expression + "\n^")
    }
  }

  @Test func quotedIdentifiersDecodeEscapes() throws {
    let document: JSONValue = ["é": 1, "/\"\\\u{8}\u{C}\n\r\t": 2, "𝄞": 3]
    #expect(try JMESPath.search(#""\u00E9""#, in: document) == 1)
    #expect(try JMESPath.search(#""\/\"\\\b\f\n\r\t""#, in: document) == 2)
    #expect(try JMESPath.search(#""\ud834\udd1e""#, in: document) == 3)
  }
}
