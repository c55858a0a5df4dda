/// Puts a lab into another language from its translation file, and says what is missing, stale
/// or mistranslated.
///
/// A text is used only when its `source:` digest matches the English text and it keeps the English
/// commands, code spans and placeholders. A step is shown translated only when all of its texts are;
/// otherwise it is shown in English with a one-line note, so a learner never mixes an old
/// translation with a new step.
public struct LabTranslator: Sendable {
  public let files: any LabFiles

  public init(files: any LabFiles) {
    self.files = files
  }

  /// The lab in `language` and the findings about its translation. English returns the lab as it is.
  ///
  /// `folder` is the lab's folder, which holds `<language>.yaml` and the Markdown files it names.
  public func translate(_ lab: Lab, folder: String, to language: Language) -> (
    lab: Lab, diagnostics: [TranslationDiagnostic]
  ) {
    guard language != .en else { return (lab, []) }
    var diagnostics: [TranslationDiagnostic] = []
    // The catalogue's own findings are reported once for the course, not once per lab.
    let root = folder.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let messages = self.messages(root: root, language: language).messages
    let reader = LabTranslationReader(files: files, folder: folder, language: language)
    guard let translation = reader.read(into: &diagnostics) else {
      if diagnostics.isEmpty {
        diagnostics.append(
          TranslationDiagnostic(
            .warning, file: folder + "/lab.yaml", line: 1, column: 1,
            message:
              "lab '\(lab.id)' has no \(language.name) translation; create \(language.rawValue).yaml beside lab.yaml (labs/FORMAT.md, Translations)"
          ))
      }
      return (
        lab.speaking(language, title: lab.title, summary: lab.summary, steps: lab.steps, messages: messages),
        diagnostics
      )
    }
    var judge = Judge(file: translation.file, diagnostics: diagnostics)
    let top = LabTranslation.Place(file: translation.file, line: 1, column: 1)
    let title = judge.use(translation.title, for: lab.title, what: "the lab's title", at: top)
    let summary = judge.use(
      translation.summary, for: lab.summary, what: "the lab's summary", at: top)
    for id in translation.stepOrder where lab.step(id) == nil {
      let place = translation.steps[id]?.place ?? translation.stepsPlace
      judge.report(.error, place, "no step '\(id)' in lab '\(lab.id)'; translations are keyed by the English step ids")
    }
    var steps: [Step] = []
    for step in lab.steps {
      steps.append(
        judge.step(step, translation.steps[step.id], lab: lab, stepsPlace: translation.stepsPlace, language: language))
    }
    return (
      lab.speaking(
        language, title: title ?? lab.title, summary: summary ?? lab.summary, steps: steps, messages: messages),
      judge.diagnostics
    )
  }
}

/// Decides text by text whether a translation can be used, collecting why not.
private struct Judge {
  let file: String
  var diagnostics: [TranslationDiagnostic]

  mutating func report(_ severity: TranslationDiagnostic.Severity, _ place: LabTranslation.Place, _ message: String) {
    diagnostics.append(
      TranslationDiagnostic(severity, file: place.file, line: place.line, column: place.column, message: message))
  }

  /// The translated text when it is present, current and keeps the English spans; else nil.
  mutating func use(
    _ text: LabTranslation.Text?, for english: String, what: String, at missingPlace: LabTranslation.Place
  )
    -> String?
  {
    let digest = TranslationDigest.of(english)
    if english.isEmpty && text == nil { return english }
    guard let text else {
      report(.warning, missingPlace, "\(what) has no translation; add {source: \(digest), text: …}")
      return nil
    }
    guard text.source == digest else {
      report(
        .warning, text.sourcePlace,
        "\(what) translates an older English text (the English is now \(digest)); update the translation, then its source"
      )
      return nil
    }
    if let mismatch = CodeSpans.mismatch(english: CodeSpans(english), translated: CodeSpans(text.text)) {
      let place =
        text.isFile
        ? LabTranslation.Place(file: text.textPlace.file, line: mismatch.line, column: mismatch.column)
        : text.textPlace
      report(.error, place, "\(what): \(mismatch.message)")
      return nil
    }
    return text.text
  }

  /// The step in the translation's language, or in English with a note when any text of it is not usable.
  mutating func step(
    _ step: Step, _ texts: LabTranslation.StepTexts?, lab: Lab, stepsPlace: LabTranslation.Place, language: Language
  ) -> Step {
    guard let texts else {
      report(.warning, stepsPlace, "step '\(step.id)' has no translation; add it under 'steps:'")
      return step.withFallbackNote(language)
    }
    let name = "step '\(step.id)'"
    let title = use(texts.title, for: step.title, what: "\(name) title", at: texts.place)
    let instructions = use(texts.instructions, for: step.instructions, what: "\(name) instructions", at: texts.place)
    var hints: [String?] = []
    for (index, hint) in step.hints.enumerated() {
      let given = index < texts.hints.count ? texts.hints[index] : nil
      hints.append(use(given, for: hint, what: "\(name) hint \(index + 1)", at: texts.place))
    }
    if texts.hints.count > step.hints.count {
      report(
        .error, texts.place, "\(name) has \(texts.hints.count) hints translated; the English has \(step.hints.count)")
    }
    var feedback: [String?] = []
    for (index, item) in step.feedback.enumerated() {
      let given = index < texts.feedback.count ? texts.feedback[index] : nil
      feedback.append(use(given, for: item.say, what: "\(name) feedback \(index + 1)", at: texts.place))
    }
    if texts.feedback.count > step.feedback.count {
      report(
        .error, texts.place,
        "\(name) has \(texts.feedback.count) feedback texts translated; the English has \(step.feedback.count)")
    }
    var answers: [String?] = []
    for (index, english) in step.answerTexts.enumerated() {
      let given = index < texts.answers.count ? texts.answers[index] : nil
      answers.append(use(given, for: english, what: "\(name) answer text \(index + 1)", at: texts.place))
    }
    if texts.answers.count > step.answerTexts.count {
      report(
        .error, texts.place,
        "\(name) has \(texts.answers.count) answer texts translated; the English has \(step.answerTexts.count)")
    }
    guard let title, let instructions, !hints.contains(nil), !feedback.contains(nil), !answers.contains(nil) else {
      return step.withFallbackNote(language)
    }
    return Step(
      id: step.id, title: title, instructions: instructions, points: step.points,
      checks: step.checks(withAnswerTexts: answers.map { $0 ?? "" }),
      feedback: zip(step.feedback, feedback).map { Feedback(when: $0.when, say: $1 ?? $0.say) },
      hints: hints.map { $0 ?? "" })
  }
}

extension Step {
  /// The step in English, its instructions led by a one-line note saying why.
  fileprivate func withFallbackNote(_ language: Language) -> Step {
    Step(
      id: id, title: title, instructions: "_" + TranslationNotes.fallback(language) + "_\n\n" + instructions,
      points: points, checks: checks, feedback: feedback, hints: hints)
  }
}

/// The notes labrun shows about translations themselves, in the language that is missing.
enum TranslationNotes {
  /// The one line above a step shown in English because its translation is missing or stale.
  static func fallback(_ language: Language) -> String {
    switch language {
    case .en: ""
    case .ko: "이 단계는 아직 번역되지 않았거나 번역이 영어 원문보다 오래되어, 영어 원문으로 보여 드립니다."
    }
  }
}
