import Yams

extension AnswerCheck {
  static let kindsInWords = "choices + correct, number (+ tolerance), or words"

  /// Keys that pick no kind: `why` and `penalty`, which every kind may give, and `wrong`, which
  /// number and words questions give.
  static let sharedKeys: [Key] = [.why, .penalty, .wrong]

  init?(_ conditions: CheckConditions, diagnostics: inout DiagnosticCollector) {
    let given = AnswerKind.allCases.filter { kind in kind.keys.contains { conditions.node($0) != nil } }
    guard let kind = given.first, given.count == 1 else {
      let problem =
        given.isEmpty
        ? "an answer check needs \(Self.kindsInWords)"
        : "an answer check takes one of: \(Self.kindsInWords); this one gives \(given.map(\.rawValue).joined(separator: " and "))"
      diagnostics.add(conditions.body, problem)
      return nil
    }
    let before = diagnostics.items.count
    if kind == .choices, let node = conditions.node(Key.wrong) {
      diagnostics.add(node, "'wrong' is for number and words questions; a choice gives its own 'feedback'")
    }
    let expected: ExpectedAnswer
    switch kind {
    case .choices:
      guard let question = ChoiceQuestion(conditions, diagnostics: &diagnostics) else { return nil }
      expected = .choices(question)
    case .number:
      guard let value = conditions.number(Key.number) else {
        if conditions.node(Key.number) == nil {
          diagnostics.add(conditions.body, "a number answer needs 'number' (and may add 'tolerance')")
        }
        return nil
      }
      let tolerance = conditions.number(Key.tolerance) ?? 0
      let wrong = conditions.node(Key.wrong).map { WrongValue.list($0, diagnostics: &diagnostics) } ?? []
      for item in wrong where abs(item.value - value) <= max(item.tolerance, tolerance) {
        diagnostics.add(
          conditions.node(Key.wrong) ?? conditions.body,
          "the wrong value \(item.value) is within the tolerance of the right answer \(value)")
      }
      expected = .number(
        NumberQuestion(value: value, tolerance: tolerance, unit: conditions.text(Key.unit), wrong: wrong))
    case .words:
      let words = conditions.list(Key.words)
      guard !words.isEmpty else {
        diagnostics.add(conditions.node(Key.words) ?? conditions.body, "'words' must list at least one accepted answer")
        return nil
      }
      let node = conditions.node(Key.words) ?? conditions.body
      let items = node.sequence.map(Array.init) ?? [node]
      let keys = zip(words, items).compactMap { AnswerKey.read($0, at: $1, diagnostics: &diagnostics) }
      let wrong = conditions.node(Key.wrong).map { WrongWords.list($0, diagnostics: &diagnostics) } ?? []
      for item in wrong {
        for case .plain(let key) in keys {
          let right = AnswerText.normalize(key)
          guard
            let pattern = item.patterns.first(where: { AnswerText.matches(right, pattern: AnswerText.normalize($0)) })
          else { continue }
          diagnostics.add(
            conditions.node(Key.wrong) ?? conditions.body,
            "the wrong words '\(pattern)' match the right answer '\(key)'")
        }
      }
      expected = .words(WordsQuestion(keys: keys, wrong: wrong))
    }
    let penalty = conditions.wholeNumber(Key.penalty) ?? 0
    if penalty < 0, let node = conditions.node(Key.penalty) {
      diagnostics.add(node, "'penalty' is the points lost per wrong try, a whole number ≥ 0")
    }
    guard diagnostics.items.count == before else { return nil }
    self.init(expected, why: conditions.text(Key.why), penalty: penalty)
  }
}

extension AnswerKey {
  /// A key as written: `sha256:SALT:DIGEST` is hashed (and must parse), anything else plain.
  static func read(_ text: String, at node: Node, diagnostics: inout DiagnosticCollector) -> AnswerKey? {
    guard text.hasPrefix(HashedAnswer.prefix) else { return .plain(text) }
    switch HashedAnswer.parse(text) {
    case .success(let hashed): return .hashed(hashed)
    case .failure(let problem):
      diagnostics.add(node, "'\(text)': \(problem.message); make one with `labrun hash-answer`")
      return nil
    }
  }
}

extension ChoiceQuestion {
  init?(_ conditions: CheckConditions, diagnostics: inout DiagnosticCollector) {
    typealias Key = AnswerCheck.Key
    guard let choicesNode = conditions.node(Key.choices), let items = choicesNode.sequence, items.count >= 2,
      let correctText = conditions.text(Key.correct), let correctNode = conditions.node(Key.correct)
    else {
      diagnostics.add(conditions.body, "a multiple-choice answer needs at least two 'choices' and 'correct'")
      return nil
    }
    var choices: [Choice] = []
    for item in items {
      if let text = item.string {
        choices.append(Choice(text))
        continue
      }
      guard let fields = item.mapping else {
        diagnostics.add(item, "a choice is its text, or {text: …, feedback: …}")
        continue
      }
      var text: String?
      var feedback: String?
      for (key, value) in fields {
        switch key.string ?? "" {
        case "text", "feedback":
          guard let scalar = value.string, case .scalar = value else {
            diagnostics.add(value, "a choice's '\(key.string ?? "")' must be text, not a \(value.kindName)")
            continue
          }
          if key.string == "text" { text = scalar } else { feedback = scalar }
        default:
          diagnostics.add(key, "unknown key '\(key.string ?? "")' in a choice; expected text or feedback")
        }
      }
      guard let text, !text.isEmpty else {
        diagnostics.add(item, "a choice given as a mapping needs 'text'")
        continue
      }
      if let feedback, feedback.isEmpty { diagnostics.add(item, "a choice's 'feedback' must not be empty") }
      choices.append(Choice(text, feedback: feedback))
    }
    guard choices.count == items.count,
      let correct = AnswerKey.read(correctText, at: correctNode, diagnostics: &diagnostics)
    else { return nil }
    self.init(choices: choices, correct: correct, shuffle: conditions.bool(Key.shuffle) ?? false)
    guard let index = correctIndex else {
      let what =
        if case .hashed = correct { "the hashed 'correct' matches none of the choices' texts" } else {
          "'correct' must be a letter a–\(ChoiceLetters.letter(choices.count - 1)) or one choice's text"
        }
      diagnostics.add(correctNode, what)
      return nil
    }
    if choices[index].feedback != nil {
      diagnostics.add(items[index], "the correct choice takes no 'feedback'; give the question a 'why'")
      return nil
    }
    if shuffle, case .plain(let key) = correct, ChoiceLetters.index(of: key) != nil {
      // A letter names a place, and shuffled choices have none.
      diagnostics.add(correctNode, "a shuffled question's 'correct' must be the choice's text, not a letter")
      return nil
    }
  }
}

extension WrongWords {
  /// `wrong: [{words: [vpce-*], feedback: …}, …]`: each item's words (a list, or one) and feedback.
  static func list(_ node: Node, diagnostics: inout DiagnosticCollector) -> [WrongWords] {
    var items: [WrongWords] = []
    for item in node.sequence ?? [] {
      guard let fields = item.mapping else {
        diagnostics.add(item, "wrong words are {words: […], feedback: …}")
        continue
      }
      var patterns: [String] = []
      var feedback: String?
      for (key, value) in fields {
        switch key.string ?? "" {
        case "words":
          let given = value.sequence.map(Array.init) ?? [value]
          for word in given {
            guard case .scalar = word, let text = word.string, !AnswerText.normalize(text).isEmpty else {
              diagnostics.add(word, "each of 'words' must be a word or phrase")
              continue
            }
            patterns.append(text)
          }
        case "feedback":
          guard let text = value.string, !text.isEmpty, case .scalar = value else {
            diagnostics.add(value, "wrong words' 'feedback' must be text")
            continue
          }
          feedback = text
        default:
          diagnostics.add(key, "unknown key '\(key.string ?? "")' in wrong words; expected words or feedback")
        }
      }
      guard !patterns.isEmpty, let feedback else {
        diagnostics.add(item, "wrong words need 'words' and 'feedback'")
        continue
      }
      items.append(WrongWords(patterns: patterns, feedback: feedback))
    }
    return items
  }
}

extension WrongValue {
  /// `wrong: [{number: 7.3, feedback: …}, …]`, each optionally with its own `tolerance`.
  static func list(_ node: Node, diagnostics: inout DiagnosticCollector) -> [WrongValue] {
    var values: [WrongValue] = []
    for item in node.sequence ?? [] {
      guard let fields = item.mapping else {
        diagnostics.add(item, "a wrong value is {number: …, feedback: …}, with an optional tolerance")
        continue
      }
      var number: Double?
      var tolerance = 0.0
      var feedback: String?
      for (key, value) in fields {
        switch key.string ?? "" {
        case "number", "tolerance":
          guard let parsed = value.float else {
            diagnostics.add(value, "'\(key.string ?? "")' must be a number")
            continue
          }
          if key.string == "number" { number = parsed } else { tolerance = parsed }
        case "feedback":
          guard let text = value.string, !text.isEmpty, case .scalar = value else {
            diagnostics.add(value, "a wrong value's 'feedback' must be text")
            continue
          }
          feedback = text
        default:
          diagnostics.add(
            key, "unknown key '\(key.string ?? "")' in a wrong value; expected number, tolerance or feedback")
        }
      }
      guard let number, let feedback else {
        diagnostics.add(item, "a wrong value needs 'number' and 'feedback'")
        continue
      }
      values.append(WrongValue(value: number, tolerance: tolerance, feedback: feedback))
    }
    return values
  }
}
