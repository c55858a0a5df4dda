import Cloud

extension LabProgress {
  /// How the current step's open question judges `texts` (the answer as expanded and as typed):
  /// right when either is, else the wrong verdict that says the most.
  func verdict(on texts: [String], in world: World) -> AnswerVerdict? {
    guard let step else { return nil }
    let order = choiceOrder(step)
    let open = step.checks.compactMap { check -> AnswerCheck? in
      guard case .answer(let answer) = check, !holds(check, in: world) else { return nil }
      return answer
    }
    guard let question = open.first else { return nil }
    let verdicts = texts.map { question.judge($0, order: order) }
    return verdicts.first(where: \.isRight) ?? verdicts.first { if case .wrong(_?) = $0 { true } else { false } }
      ?? verdicts.first
  }

  /// What the next wrong try costs, once one has cost something; nil for questions without a penalty.
  func penaltyNote(_ step: Step) -> String? {
    let penalty = step.checks.reduce(0) { total, check in
      if case .answer(let answer) = check { total + answer.penalty } else { total }
    }
    guard penalty > 0 else { return nil }
    return lab.messages.say(
      .answerPenalty, ["penalty": "\(penalty)", "left": "\(pointsEarned(step))", "points": "\(step.points)"])
  }
}
