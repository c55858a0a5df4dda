import Cloud
import Testing

@testable import Shell

/// Expressions over one document, each checked against what Python's jmespath (awscli's library)
/// returns, key order and int-versus-float included.
@Suite struct JMESPathReferenceTests {
  static let document: JSONValue = try! JSONValue.parse(JMESPathReferenceCases.document)

  @Test(arguments: JMESPathReferenceCases.values.map { [$0.query, $0.result] })
  func value(_ pair: [String]) throws {
    let expected = try JSONValue.parse(pair[1])
    let actual = try JMESPath.compile(pair[0]).evaluate(on: Self.document)
    #expect(actual == expected, "\(pair[0])")
  }

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
      #expect(error.message == message)
      #expect(error.expression == query)
    }
  }
}
