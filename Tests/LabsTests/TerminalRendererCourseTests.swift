import Foundation
import Testing
import TextLayout

@testable import Labs

/// One text of the course as its author wrote it: a step's Markdown file, a lab's summary, a hint
/// or a feedback message.
struct CourseText: Sendable, CustomTestStringConvertible {
  let place: String
  let markdown: String
  var testDescription: String { place }
}

/// Every text the course shows, rendered at 60, 100 and 160 columns: the properties a learner relies
/// on hold for all of them, whatever the window.
@Suite struct TerminalRendererCourseTests {
  static let widths = [60, 100, 160]

  static let stepFiles: [CourseText] = {
    let root = GradingFixture.repository + "/labs"
    let files = FileManager.default
    var texts: [CourseText] = []
    for lab in ((try? files.contentsOfDirectory(atPath: root)) ?? []).sorted() {
      let folder = root + "/" + lab
      for name in ((try? files.contentsOfDirectory(atPath: folder)) ?? []).sorted() where name.hasSuffix(".md") {
        let text = files.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) } ?? ""
        texts.append(CourseText(place: "labs/\(lab)/\(name)", markdown: text))
      }
    }
    return texts
  }()

  static let labTexts: [CourseText] = {
    var texts: [CourseText] = []
    for id in GradingFixture.labIDs {
      guard let lab = try? GradingFixture.lab(id) else { continue }
      texts.append(CourseText(place: "\(id) summary", markdown: lab.summary))
      for step in lab.steps {
        for (index, hint) in step.hints.enumerated() {
          texts.append(CourseText(place: "\(id)/\(step.id) hint \(index + 1)", markdown: hint))
        }
        for (index, feedback) in step.feedback.enumerated() {
          texts.append(CourseText(place: "\(id)/\(step.id) feedback \(index + 1)", markdown: feedback.say))
        }
      }
    }
    return texts
  }()

  static let allTexts = stepFiles + labTexts

  @Test func theCourseIsAllThere() {
    // A wrong path would make every property below hold over nothing.
    #expect(Self.stepFiles.count >= 45)
    #expect(Self.stepFiles.contains { $0.place == "labs/interface-endpoint/01-ec2-interface.md" })
    #expect(Self.labTexts.filter { $0.place.hasSuffix("summary") }.count == GradingFixture.labIDs.count)
    #expect(Self.labTexts.count >= 150)
    #expect(Self.allTexts.filter { $0.markdown.contains("```") }.count >= 30)
  }

  @Test(arguments: allTexts, widths) func noLineIsWiderThanTheWindowUnlessOneWordIs(_ text: CourseText, _ width: Int) {
    for colour in [false, true] {
      for line in Rendered.lines(TerminalRenderer.render(text.markdown, width: width, colour: colour))
      where Rendered.width(line) > width {
        let words = Rendered.words(Rendered.plain(line)).filter { !Self.layoutMarks.contains($0) }
        #expect(words.count == 1, "\(width) columns, colour \(colour): \(line)")
        #expect((words.first?.displayWidth ?? 0) > width - Self.indentation(line) - 2, "\(line)")
      }
    }
  }

  @Test(arguments: allTexts, widths) func noLineEndsInSpaces(_ text: CourseText, _ width: Int) {
    for colour in [false, true] {
      for line in Rendered.lines(TerminalRenderer.render(text.markdown, width: width, colour: colour)) {
        #expect(!Rendered.plain(line).hasSuffix(" "), "\(line.debugDescription)")
      }
    }
  }

  @Test(arguments: allTexts, widths) func noWordIsBrokenOrLost(_ text: CourseText, _ width: Int) {
    let source = Self.sourceWords(text.markdown)
    let plain = TerminalRenderer.render(text.markdown, width: width, colour: false)
    #expect(Self.shownWords(plain) == source)
    // Colour mode shows inline code without backticks; otherwise the same words.
    let colour = TerminalRenderer.render(text.markdown, width: width, colour: true)
    #expect(Self.shownWords(Rendered.plain(colour)).map(Self.withoutBackticks) == source.map(Self.withoutBackticks))
  }

  @Test(arguments: allTexts, widths) func plainModeLeavesNoMarkdownMarkers(_ text: CourseText, _ width: Int) {
    let plain = TerminalRenderer.render(text.markdown, width: width, colour: false)
    #expect(!plain.contains("\u{1B}"))
    #expect(!plain.contains("```"))
    for line in Rendered.lines(plain) {
      #expect(!line.hasPrefix("#"), "\(line)")
      var inCode = false
      for word in Rendered.words(line) {
        let outside = !inCode && !word.hasPrefix("`")
        if word.filter({ $0 == "`" }).count % 2 == 1 { inCode.toggle() }
        guard outside else { continue }
        #expect(!word.contains("**"), "\(line)")
        #expect(Self.strippingEmphasis(word) == word, "\(line)")
      }
    }
  }

  @Test(arguments: allTexts, widths) func colourModeClosesEveryStyleOnItsLine(_ text: CourseText, _ width: Int) {
    for line in Rendered.lines(TerminalRenderer.render(text.markdown, width: width, colour: true)) {
      #expect(Rendered.stylesAreClosed(line), "\(line.debugDescription)")
    }
  }

  @Test(arguments: allTexts, [40, 60, 100, 160]) func everyCommandRunsAsWritten(_ text: CourseText, _ width: Int) {
    let commands = Self.fencedLines(text.markdown)
    guard !commands.isEmpty else { return }
    let shown = Rendered.joiningContinuations(
      Rendered.lines(TerminalRenderer.render(text.markdown, width: width, colour: false)), continuationIndent: 6)
    for command in commands {
      #expect(shown.contains("    " + command), "\(width) columns: \(command)")
    }
  }

  @Test func commandsAreBrokenInTheCourseAtSixtyColumns() {
    // The property above would hold over nothing if no command were ever broken.
    let broken = Self.stepFiles.filter { text in
      TerminalRenderer.render(text.markdown, width: 60, colour: false).contains(" \\\n")
    }
    #expect(broken.count >= 10)
  }

  // MARK: - Words as the author wrote them

  /// What a rendered line may add around the words: list bullets, quote bars, continuations,
  /// and the underline of a heading.
  static let layoutMarks: Set<String> = ["-", "│", "\\"]

  static func indentation(_ line: String) -> Int {
    Rendered.plain(line).prefix { $0 == " " }.count
  }

  /// The source's words with Markdown's markers taken out: fences, heading marks, `**`, and the
  /// `*` or `_` around emphasised words; inline code keeps its backticks, as plain mode shows it.
  static func sourceWords(_ markdown: String) -> [String] {
    var words: [String] = []
    var inFence = false
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingWhitespace().hasPrefix("```") {
        inFence.toggle()
        continue
      }
      var inCode = false
      for word in Rendered.words(String(line)) {
        if inFence {
          words.append(word)
          continue
        }
        let outside = !inCode && !word.hasPrefix("`")
        if word.filter({ $0 == "`" }).count % 2 == 1 { inCode.toggle() }
        if outside && word.allSatisfy({ $0 == "#" }) { continue }
        let stripped = outside ? strippingEmphasis(word.replacingOccurrences(of: "**", with: "")) : word
        if !stripped.isEmpty { words.append(stripped) }
      }
    }
    return words
  }

  /// The rendered text's words, without what layout adds (bullets stay: the source has them too).
  static func shownWords(_ rendered: String) -> [String] {
    Rendered.lines(rendered).filter { line in
      !(line.count >= 3 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" }))
    }.flatMap(Rendered.words).filter { $0 != "│" && $0 != "\\" }
  }

  /// `word` without `*` or `_` at its start, or at its end before closing punctuation.
  static func strippingEmphasis(_ word: String) -> String {
    var text = Substring(word)
    while let first = text.first, first == "*" || first == "_", text.count > 1 { text = text.dropFirst() }
    let punctuation = text.reversed().prefix { ".,:;!?)\"'".contains($0) }.count
    var body = text.dropLast(punctuation)
    while let last = body.last, last == "*" || last == "_", body.count > 1 { body = body.dropLast() }
    return String(body) + text.suffix(punctuation)
  }

  static func withoutBackticks(_ word: String) -> String { word.filter { $0 != "`" } }

  /// The lines inside the text's fenced code blocks.
  static func fencedLines(_ markdown: String) -> [String] {
    var lines: [String] = []
    var inFence = false
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inFence.toggle()
      } else if inFence && !line.isEmpty {
        lines.append(String(line))
      }
    }
    return lines
  }
}
