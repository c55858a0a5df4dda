/// What an answer earns: right, with why it is, or wrong, with what the mistake shows when the lab
/// knows it.
public enum AnswerVerdict: Sendable, Equatable {
  case right(why: String?)
  case wrong(feedback: String?)
  /// The answer names no choice of a multiple-choice question: neither a letter shown nor a
  /// choice's text. `last` is the last letter shown.
  case unreadable(last: String)

  public var isRight: Bool { if case .right = self { true } else { false } }
}

extension AnswerCheck {
  /// True when `text` is a right answer; `order` is the order the choices were shown in, as
  /// indices into `choices` (nil: the file's order).
  public func accepts(_ text: String, order: [Int]? = nil) -> Bool {
    judge(text, order: order).isRight
  }

  /// Judges `text`; `order` is the order the choices were shown in (nil: the file's order).
  public func judge(_ text: String, order: [Int]? = nil) -> AnswerVerdict {
    let answer = AnswerText.normalize(text)
    guard !answer.isEmpty else { return .wrong(feedback: nil) }
    switch expected {
    case .choices(let question):
      guard let correct = question.correctIndex else { return .wrong(feedback: nil) }
      guard let picked = question.pick(answer, order: order) else {
        return .unreadable(last: ChoiceLetters.letter(question.choices.count - 1))
      }
      return picked == correct ? .right(why: why) : .wrong(feedback: question.choices[picked].feedback)
    case .number(let question):
      guard let number = AnswerText.number(in: answer) else { return .wrong(feedback: nil) }
      if abs(number - question.value) <= question.tolerance { return .right(why: why) }
      let known = question.wrong.first { abs(number - $0.value) <= $0.tolerance }
      return .wrong(feedback: known?.feedback)
    case .words(let question):
      let phrases = AnswerText.candidatePhrases(of: answer)
      if question.keys.contains(where: { key in phrases.contains { key.matches($0) } }) { return .right(why: why) }
      let known = question.wrong.first { wrong in phrases.contains { wrong.matches($0) } }
      return .wrong(feedback: known?.feedback)
    }
  }
}

extension ChoiceQuestion {
  /// The choice (its index in the file's order) that `answer` (normalized) names: a letter as shown,
  /// or a choice's text.
  func pick(_ answer: String, order: [Int]?) -> Int? {
    let shown = order ?? Array(choices.indices)
    if let letter = ChoiceLetters.index(of: answer) { return letter < shown.count ? shown[letter] : nil }
    return choices.indices.first { index in
      ([choices[index].text] + choices[index].alsoAccepted).contains { AnswerText.normalize($0) == answer }
    }
  }
}
