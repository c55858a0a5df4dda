import Testing

@testable import Labs

@Suite struct LanguageChoiceTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var option: String?
    var environment: [String: String]
    var expected: Result<Language, UnknownLanguage>
    var testDescription: String { "\(option ?? "-") \(environment.sorted { $0.key < $1.key })" }
  }

  static let cases: [Case] = [
    Case(option: nil, environment: [:], expected: .success(.en)),
    Case(option: "ko", environment: [:], expected: .success(.ko)),
    Case(option: "KO", environment: [:], expected: .success(.ko)),
    Case(option: "en", environment: ["LABRUN_LANG": "ko", "LANG": "ko_KR.UTF-8"], expected: .success(.en)),
    Case(option: nil, environment: ["LABRUN_LANG": "ko", "LANG": "en_US.UTF-8"], expected: .success(.ko)),
    Case(option: nil, environment: ["LABRUN_LANG": "", "LANG": "ko_KR.UTF-8"], expected: .success(.ko)),
    Case(option: nil, environment: ["LANG": "ko_KR.eucKR"], expected: .success(.ko)),
    Case(option: nil, environment: ["LANG": "ko"], expected: .success(.ko)),
    Case(option: nil, environment: ["LC_ALL": "C.UTF-8", "LANG": "ko_KR.UTF-8"], expected: .success(.en)),
    Case(option: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "ko_KR.UTF-8", "LANG": "C"], expected: .success(.ko)),
    Case(option: nil, environment: ["LANG": "kok_IN"], expected: .success(.en)),
    Case(option: "fr", environment: [:], expected: .failure(UnknownLanguage(value: "fr", source: "--lang"))),
    Case(
      option: nil, environment: ["LABRUN_LANG": "kr"],
      expected: .failure(UnknownLanguage(value: "kr", source: "LABRUN_LANG"))),
  ]

  @Test(arguments: cases) func choosesInOrder(_ item: Case) {
    #expect(Language.choose(option: item.option, environment: item.environment) == item.expected)
  }

  @Test func anUnknownLanguageNamesTheValueAndTheChoices() {
    #expect(
      UnknownLanguage(value: "fr", source: "--lang").description
        == "--lang 'fr' is not a language labrun speaks; choose one of en, ko (ko is 한국어, en is English).")
  }
}
