import Testing

@testable import Cloud
@testable import Labs

/// The words the loader accepts are the words the checks hold: every accepted spelling loads into
/// the field of its key.
@Suite struct CheckVocabularyLoadingTests {
  struct Word: CustomTestStringConvertible, Sendable {
    let kind: CheckKind
    let key: String
    let word: String
    var testDescription: String { "\(kind.rawValue).\(key): \(word)" }
  }

  /// Every word of every key with a fixed vocabulary.
  static let words: [Word] = CheckKind.allCases.flatMap { kind in
    kind.keys.flatMap { key -> [Word] in
      guard case .word(let words) = key.shape else { return [] }
      return words.map { Word(kind: kind, key: key.rawValue, word: $0) }
    }
  }

  /// The spelling held in `check` for `key`, read field by field (written out here, so a key the
  /// loader drops on the floor shows up as nil).
  static func spelling(of key: String, in check: Check) -> String? {
    switch (check, key) {
    case (.lookup(let check), "answer"): check.answer?.rawValue
    case (.lookup(let check), "source"): check.source?.rawValue
    case (.lookup(let check), "by"): check.by?.rawValue
    case (.connection(let check), "outcome"): check.outcome?.rawValue
    case (.connection(let check), "via"): check.via?.rawValue
    case (.connection(let check), "reason"): check.reason?.rawValue
    case (.call(let check), "service"): check.service?.rawValue
    case (.call(let check), "outcome"): check.outcome?.rawValue
    case (.call(let check), "via"): check.via?.rawValue
    case (.endpoint(let check), "type"): check.type?.rawValue
    case (.endpoint(let check), "service"): check.service?.rawValue
    case (.endpoint(let check), "state"): check.state?.rawValue
    default: nil
    }
  }

  @Test(arguments: words)
  func everyAcceptedWordLoadsIntoItsField(_ test: Word) throws {
    let check = "      - \(test.kind.rawValue): {\(test.key): \(test.word)}"
    let lab = try LabFixtures.lab(LabFixtures.yaml(steps: LabFixtures.step("s", checks: check)))
    let loaded = try #require(lab.steps.first?.checks.first)
    #expect(loaded.kind == test.kind)
    #expect(Self.spelling(of: test.key, in: loaded) == test.word)
  }

  /// The table above has a row for every key with a vocabulary, so none is left unread.
  @Test func everyKeyWithAVocabularyIsCovered() {
    let keys = Set(Self.words.map { "\($0.kind.rawValue).\($0.key)" })
    #expect(
      keys == [
        "lookup.answer", "lookup.source", "connection.outcome", "connection.via", "connection.reason",
        "call.service", "call.outcome", "call.via", "endpoint.type", "endpoint.service", "endpoint.state",
        "lookup.by",
      ])
  }

  /// The loader's tables are the key enums' spellings.
  @Test func theLoaderTablesComeFromTheKeyEnums() {
    #expect(LabLoader.topKeys.keys.sorted() == LabKey.allCases.map(\.rawValue).sorted())
    #expect(LabLoader.stepKeys == Set(StepKey.allCases.map(\.rawValue)))
  }

  /// Each answer key but the shared ones (`why`, `penalty`) belongs to exactly one answer kind, so
  /// the kind a check has is never in doubt.
  @Test func everyAnswerKeyPicksOneKind() {
    for key in AnswerCheck.Key.allCases {
      let kinds = AnswerKind.allCases.filter { $0.keys.contains(key) }.count
      #expect(kinds == (AnswerCheck.sharedKeys.contains(key) ? 0 : 1), "\(key)")
    }
  }
}
