extension Step {
  /// The texts of the step's questions that labrun says, in a fixed order a translation follows:
  /// for each question, the choices it shows itself (shuffled ones), each choice's feedback, each
  /// wrong value's or wrong words' feedback, then its `why`.
  public var answerTexts: [String] {
    checks.flatMap { check -> [String] in
      guard case .answer(let answer) = check else { return [] }
      return answer.texts
    }
  }

  /// The checks with the question texts replaced, in `answerTexts`'s order, by `texts`.
  func checks(withAnswerTexts texts: [String]) -> [Check] {
    var rest = texts[...]
    return checks.map { check in
      guard case .answer(let answer) = check else { return check }
      return .answer(answer.replacingTexts(&rest))
    }
  }
}

extension AnswerCheck {
  var texts: [String] {
    var texts: [String] = []
    switch expected {
    case .choices(let question):
      if question.shuffle { texts += question.choices.map(\.text) }
      texts += question.choices.compactMap(\.feedback)
    case .number(let question): texts += question.wrong.map(\.feedback)
    case .words(let question): texts += question.wrong.map(\.feedback)
    }
    return texts + (why.map { [$0] } ?? [])
  }

  func replacingTexts(_ rest: inout ArraySlice<String>) -> AnswerCheck {
    func next(_ english: String) -> String { rest.popFirst() ?? english }
    var replaced = self
    switch expected {
    case .choices(var question):
      if question.shuffle {
        for index in question.choices.indices {
          let english = question.choices[index].text
          question.choices[index].text = next(english)
          // The English still picks the choice when typed out.
          question.choices[index].alsoAccepted.append(english)
        }
      }
      for index in question.choices.indices {
        if let feedback = question.choices[index].feedback { question.choices[index].feedback = next(feedback) }
      }
      // The key may name the choice by its English text or hash it; the file's letter names it in
      // any language.
      if let index = self.correctIndexInFile { question.correct = .plain(ChoiceLetters.letter(index)) }
      replaced.expected = .choices(question)
    case .number(var question):
      for index in question.wrong.indices { question.wrong[index].feedback = next(question.wrong[index].feedback) }
      replaced.expected = .number(question)
    case .words(var question):
      for index in question.wrong.indices { question.wrong[index].feedback = next(question.wrong[index].feedback) }
      replaced.expected = .words(question)
    }
    if let why { replaced.why = next(why) }
    return replaced
  }

  private var correctIndexInFile: Int? {
    if case .choices(let question) = expected { question.correctIndex } else { nil }
  }
}
