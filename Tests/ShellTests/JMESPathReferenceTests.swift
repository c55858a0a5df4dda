import Cloud
import Testing

@testable import Shell

/// Expressions over one document, each checked against what Python's jmespath (awscli 1.18.147's
/// jmespath 0.10.0 on Python 2.7) returns, key order and int-versus-float included: objects are
/// compared in Python 2's dict order, the order that Python printed them in.
@Suite struct JMESPathReferenceTests {
  static let document: JSONValue = try! JSONValue.parse(JMESPathReferenceCases.document)

  @Test(arguments: JMESPathReferenceCases.values.map { [$0.query, $0.result] })
  func value(_ pair: [String]) throws {
    let expected = try JSONValue.parse(pair[1])
    let actual = try JMESPath.compile(pair[0]).evaluate(on: Self.document)
    #expect(actual.inPython2DictOrder() == expected, "\(pair[0])")
  }

  /// Where jmespath 0.10 on Python 2.7 words an error by whether a string came from a literal in
  /// the expression (`unicode`, as json.loads makes it) or from the response (`str`, as botocore's
  /// XML parser makes it): labrun does not track that and words every string as a response's.
  static let literalStringWording: Set<String> = ["sum(`[1, \"a\"]`)", "max(`[1, \"a\"]`)", "contains('abc', `1`)"]

  @Test(arguments: JMESPathReferenceCases.failures.map { [$0.query, $0.stage, $0.message] })
  func failure(_ triple: [String]) {
    let (query, stage, message) = (triple[0], triple[1], triple[2])
    do {
      let compiled = try JMESPath.compile(query)
      #expect(stage == "evaluate", "\(query) compiled but jmespath rejects it")
      let value = try compiled.evaluate(on: Self.document)
      Issue.record("\(query) gave \(value.compactJSON), expected: \(message)")
    } catch {
      #expect(error.stage == (stage == "compile" ? .compile : .evaluate), "\(query)")
      if Self.literalStringWording.contains(query) {
        #expect(error.message != message, "\(query) now matches: drop it from literalStringWording")
      } else {
        #expect(error.message == message)
      }
      #expect(error.expression == query)
    }
  }
}
