import Testing
import TextLayout

@testable import Labs

/// The course in Korean: the translated labs are complete and current, their texts fit the window
/// at two columns a Hangul syllable, and the simulated tools print the same bytes in both languages.
@Suite struct KoreanCourseTests {
  /// Every lab of the course has a Korean translation.
  static let translated = GradingFixture.labIDs

  static func korean(_ id: String) throws -> (lab: Lab, diagnostics: [TranslationDiagnostic]) {
    let english = try GradingFixture.lab(id)
    return LabTranslator(files: DiskFiles()).translate(
      english, folder: GradingFixture.repository + "/labs/" + id, to: .ko)
  }

  @Test func theWholeCourseIsTranslated() {
    #expect(Self.translated.count == 7)
  }

  @Test(arguments: translated) func theTranslationIsCompleteAndCurrent(_ id: String) throws {
    let (lab, diagnostics) = try Self.korean(id)
    #expect(diagnostics.map(\.description) == [])
    #expect(lab.language == .ko)
    // Every text really is Korean: no step fell back to English.
    for step in lab.steps {
      #expect(step.title.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(step.id)")
      #expect(!step.instructions.contains(TranslationNotes.fallback(.ko)), "\(step.id)")
    }
  }

  /// Every line of the reference solution, run in English and in Korean, gives the same output
  /// chunks (stream and bytes), exit status and passed steps; only labrun's own notes differ.
  @Test(arguments: translated) func theToolsPrintTheSameBytesInBothLanguages(_ id: String) throws {
    let english = try GradingFixture.lab(id)
    let korean = try Self.korean(id).lab
    var inEnglish = try Attempt(lab: english, seed: nil)
    var inKorean = try Attempt(lab: korean, seed: nil)
    let lines = GradingFixture.solution(id)
    #expect(lines.count > 5)
    var bytes = 0
    var notesDiffer = false
    for line in lines {
      let expanded = try SolutionScript.expand(line, world: inEnglish.shell.world).get()
      #expect(try SolutionScript.expand(line, world: inKorean.shell.world).get() == expanded)
      let a = inEnglish.run(expanded)
      let b = inKorean.run(expanded)
      // labrun's own commands (`answer`, `hint`, `why`, `topology` …) speak the learner's language;
      // every tool prints English.
      let labCommand = ["answer", "hint", "check", "steps", "instructions", "help", "why", "topology"].contains(
        expanded.split(separator: " ").first.map(String.init) ?? "")
      if !labCommand { #expect(a.output == b.output, "\(expanded)") }
      #expect(a.status == b.status, "\(expanded)")
      #expect(a.passedSteps == b.passedSteps, "\(expanded)")
      bytes += a.output.map(\.text.utf8.count).reduce(0, +)
      notesDiffer = notesDiffer || a.notes != b.notes
    }
    #expect(bytes > 1000)
    #expect(notesDiffer)
    #expect(inKorean.passed == korean.steps.map(\.id))
    #expect(inEnglish.passed == inKorean.passed)
  }

  /// verify-solutions in Korean: the solution passes, and each wrong fixture gets the Korean of
  /// the English feedback it quotes (without the English lab to map it, the quotes are not found).
  @Test(arguments: translated) func theSolutionsVerifyInKorean(_ id: String) throws {
    let english = try GradingFixture.lab(id)
    let korean = try Self.korean(id).lab
    let scripts = GradingFixture.catalog.solutions(for: id)
    let report = SolutionVerifier.verify(
      lab: korean, solution: scripts.solution, wrong: scripts.wrong, english: english)
    #expect(report.problems == [])
    let unmapped = SolutionVerifier.verify(lab: korean, solution: scripts.solution, wrong: scripts.wrong)
    let quoting = scripts.wrong.filter { $0.expectedFeedback != nil }.count
    #expect(quoting > 0)
    #expect(unmapped.problems.filter { $0.contains("was not given") }.count == quoting)
  }

  static func koreanTexts() throws -> [CourseText] {
    var texts: [CourseText] = []
    for id in translated {
      let lab = try korean(id).lab
      texts.append(CourseText(place: "\(id) summary (ko)", markdown: lab.summary))
      for step in lab.steps {
        texts.append(CourseText(place: "\(id)/\(step.id) (ko)", markdown: step.instructions))
        texts += step.hints.map { CourseText(place: "\(id)/\(step.id) hint (ko)", markdown: $0) }
        texts += step.feedback.map { CourseText(place: "\(id)/\(step.id) feedback (ko)", markdown: $0.say) }
      }
    }
    return texts
  }

  /// At 60 and 100 columns no rendered line is wider than the window (Hangul counted two columns),
  /// except a line that is one word too long to break; and the Korean really does wrap.
  @Test(arguments: [60, 100]) func koreanTextFitsTheWindow(_ width: Int) throws {
    let texts = try Self.koreanTexts()
    #expect(texts.count > 50)
    var widest = 0
    for text in texts {
      for line in Rendered.lines(TerminalRenderer.render(text.markdown, width: width, colour: false)) {
        let shown = Rendered.width(line)
        // A command too long to break is continued with a `\\`, as the English course is.
        let words = Rendered.words(Rendered.plain(line)).filter { $0 != "\\" }
        if shown > width { #expect(words.count == 1, "\(text.place), \(width) columns: \(line)") }
        if line.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) { widest = max(widest, shown) }
      }
    }
    // The widest Korean line comes close to the window: wrapping used the width, counted in columns.
    #expect(widest <= width && widest >= width - 8, "widest Korean line: \(widest) columns")
  }

  @Test func hangulIsTwoColumnsWide() {
    #expect("보안 그룹".displayWidth == 9)
    #expect("서브넷".count == 3)
  }
}
