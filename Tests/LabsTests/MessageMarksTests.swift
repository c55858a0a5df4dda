import Testing

@testable import Labs

/// The one-pass filling of `{name}` marks gives what replacing mark by mark gives, for every
/// template shape where it is used (values without braces).
@Suite struct MessageMarksTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let template: String
    let values: [String: String]
    let expected: String
    var testDescription: String { template }
  }

  static let cases: [Case] = [
    Case(
      template: "✓ {number}/{count}: {title}", values: ["number": "2", "count": "7", "title": "사설 주소"],
      expected: "✓ 2/7: 사설 주소"),
    Case(template: "{a}{a}{b}", values: ["a": "x", "b": ""], expected: "xx"),
    Case(template: "{{a}}", values: ["a": "1"], expected: "{1}"),
    Case(template: "{b{a}", values: ["a": "1", "b": "2"], expected: "{b1"),
    Case(template: "{missing} {a}", values: ["a": "1"], expected: "{missing} 1"),
    Case(template: "no marks at all", values: ["a": "1"], expected: "no marks at all"),
    Case(template: "{a", values: ["a": "1"], expected: "{a"),
    Case(template: "}{a}{", values: ["a": "한글"], expected: "}한글{"),
    Case(template: "{} {a b} {a}", values: ["a": "1", "": "empty"], expected: "empty {a b} 1"),
  ]

  @Test(arguments: cases) func onePassAgreesWithReplacingEachMark(_ c: Case) {
    var byName = c.template
    for (name, value) in c.values.sorted(by: { $0.key < $1.key }) {
      byName = byName.replacingEvery("{" + name + "}", with: value)
    }
    #expect(byName == c.expected)
    #expect(c.template.fillingMarks(c.values) == c.expected)
  }

  /// A value holding a brace is filled name by name in sorted order, as before: `count` is filled
  /// before `number` brings its `{count}` in, which stays; `hint` brings `{number}` in before it is filled.
  @Test func aValueHoldingAMarkIsFilledByName() {
    #expect(LabMessages.english.say(.hint, ["number": "{count}", "count": "3", "hint": "h"]) == "Hint {count} of 3: h")
    #expect(LabMessages.english.say(.hint, ["number": "1", "count": "3", "hint": "{number}"]) == "Hint 1 of 3: 1")
  }
}
