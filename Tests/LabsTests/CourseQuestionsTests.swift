import Testing

@testable import Labs

/// Every question of the shipped course teaches: a `why` for the right answer, feedback for each
/// wrong choice, a known wrong number or known wrong words, and choices whose length gives nothing away.
@Suite struct CourseQuestionsTests {
  static let questions: [String] = GradingFixture.labIDs.flatMap { id -> [String] in
    guard let lab = try? GradingFixture.lab(id) else { return [] }
    return lab.steps.filter { $0.checks.contains { if case .answer = $0 { true } else { false } } }.map {
      id + "/" + $0.id
    }
  }

  static func answers(_ question: String) throws -> [AnswerCheck] {
    let parts = question.split(separator: "/").map(String.init)
    let step = try #require(try GradingFixture.lab(parts[0]).step(parts[1]))
    return step.checks.compactMap { if case .answer(let answer) = $0 { answer } else { nil } }
  }

  @Test func theCourseHasQuestions() {
    #expect(Self.questions.count >= 15)
  }

  @Test(arguments: questions)
  func eachQuestionTeaches(_ question: String) throws {
    for answer in try Self.answers(question) {
      #expect(answer.why != nil, "\(question) has no why")
      switch answer.expected {
      case .choices(let choices):
        let correct = try #require(choices.correctIndex)
        #expect(choices.shuffle, "\(question) is not shuffled")
        for (index, choice) in choices.choices.enumerated() where index != correct {
          #expect(choice.feedback != nil, "\(question): '\(choice.text)' has no feedback")
        }
        let lengths = choices.choices.map(\.text.count)
        let longest = lengths.max() ?? 0
        #expect(
          lengths[correct] < longest || lengths.filter { $0 == longest }.count > 1,
          "\(question): the right choice is the longest")
        #expect(Double(longest) <= Double(lengths.min() ?? 1) * 1.35, "\(question): lengths \(lengths)")
      case .number(let number):
        #expect(!number.wrong.isEmpty, "\(question) maps no wrong value")
      case .words(let words):
        #expect(!words.wrong.isEmpty, "\(question) maps no wrong words")
      }
    }
  }
}
