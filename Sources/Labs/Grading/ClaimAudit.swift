import Cloud

/// Checks what the workspace claims about progress (commit trailers, the progress page) against replay.
///
/// Only claims of more than was earned are findings: a page that says less is out of date, not false.
enum ClaimAudit {
  /// `lab` is the lab in the workspace's language and `spoken` in the languages its lines record;
  /// `others` gives it in the rest, asked for only when a page holds a summary none of those read
  /// (a session writes its page in the language it speaks, and a reset records none).
  static func findings(
    history: [HistoryCommit], placement: LinePlacement, replay: LineReplay, lab: Lab, spoken: [Lab] = [],
    others: () -> [Lab] = { [] }
  ) -> [IntegrityFinding] {
    var templates = ProgressClaims.templates([lab] + spoken)
    var askedOthers = false
    var findings: [IntegrityFinding] = []
    var lastPage: String?
    for (index, commit) in history.enumerated() {
      let lines = placement.linesOfCommit[index]
      if !commit.claimedSteps.isEmpty {
        let earned = Set(lines.filter { $0 < replay.passedBy.count }.flatMap { replay.passedBy[$0] })
        for step in commit.claimedSteps where !earned.contains(step) {
          let what =
            lines.isEmpty
            ? "which adds no command"
            : "but replay of line\(lines.count == 1 ? "" : "s") \(describe(lines)) passes \(earned.isEmpty ? "no step" : earned.sorted().joined(separator: ", "))"
          findings.append(
            IntegrityFinding(
              kind: .progressNotEarned, commit: commit.id, line: lines.isEmpty ? nil : lines.upperBound,
              message: "commit \(HistoryAudit.short(commit.id)) says step \(step) passed, \(what)"))
        }
      }
      guard let page = commit.progressPage, page != lastPage else { continue }
      lastPage = page
      var claims = ProgressClaims(page: page, lab: lab, templates: templates)
      if claims.unreadSummary, !askedOthers {
        askedOthers = true
        templates = ProgressClaims.templates([lab] + spoken + others())
        claims = ProgressClaims(page: page, lab: lab, templates: templates)
      }
      let actual = replay.progress(afterLines: placement.linesAfterCommit[index])
      var overclaims: [String] = []
      if let steps = claims.stepsPassed, steps > actual.passed.count {
        overclaims.append("\(steps) steps passed (replay: \(actual.passed.count))")
      }
      if let points = claims.points, points > actual.points {
        overclaims.append("\(points) points (replay: \(actual.points))")
      }
      let unearned = claims.tickedSteps.filter { !actual.passed.contains($0) }
      if !unearned.isEmpty { overclaims.append("✓ on \(unearned.joined(separator: ", "))") }
      if !overclaims.isEmpty {
        findings.append(
          IntegrityFinding(
            kind: .progressNotEarned, commit: commit.id,
            message: "README.md in commit \(HistoryAudit.short(commit.id)) claims " + overclaims.joined(separator: ", ")
          ))
      }
    }
    return findings
  }

  private static func describe(_ lines: Range<Int>) -> String {
    lines.count == 1 ? "\(lines.lowerBound + 1)" : "\(lines.lowerBound + 1)–\(lines.upperBound)"
  }
}

/// What a progress page (`ProgressPage.render`) says the learner has done.
struct ProgressClaims: Equatable {
  /// From the summary line `**N of M steps passed · P/MAX points …**`, or its translation.
  var stepsPassed: Int?
  var points: Int?
  /// The ids of the steps whose table row is ticked.
  var tickedSteps: [String] = []
  /// Whether a line reads like a summary in some other language: bold from end to end and holding
  /// a digit, yet read by no template (and not the English summary).
  var unreadSummary = false

  /// The claims of a page written in `lab`'s language.
  init(page: String, lab: Lab) {
    self.init(page: page, lab: lab, templates: Self.templates([lab]))
  }

  /// The claims of a page written in any language whose summary `templates` reads (`templates(_:)`);
  /// the English summary is always read, loosely, and step numbers are those of `lab`.
  init(page: String, lab: Lab, templates translated: [SummaryTemplate]) {
    // Pages change with every command, so lines are picked out by their bytes, at the bytes a
    // native string lends, and only the two kinds that claim anything become Strings.
    let lent: Void? = page.utf8.withContiguousStorageIfAvailable { bytes in
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
        if index > start { read(UnsafeBufferPointer(rebasing: bytes[start..<index]), lab: lab, translated: translated) }
        start = index + 1
      }
    }
    if lent == nil {
      for line in page.utf8.split(separator: UInt8(ascii: "\n")) {
        Array(line).withUnsafeBufferPointer { read($0, lab: lab, translated: translated) }
      }
    }
  }

  /// The templates of the translated summaries of `labs` (the same lab in several languages), each
  /// once: a page says its totals in the words of the language of the session that wrote it.
  static func templates(_ labs: [Lab]) -> [SummaryTemplate] {
    var seen: Set<String> = [LabMessage.progressTotals.english]
    var templates: [SummaryTemplate] = []
    for lab in labs {
      let totals = lab.messages.say(.progressTotals)
      if seen.insert(totals).inserted { templates.append(SummaryTemplate(totals)) }
    }
    return templates
  }

  /// A bold line (already trimmed by `read`) holding a digit: what every language's summary looks like.
  private static func mayBeSummary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let end = bytes.count
    guard end >= 4, bytes[end - 1] == UInt8(ascii: "*"), bytes[end - 2] == UInt8(ascii: "*") else { return false }
    return bytes.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  private static let summary = Array("**".utf8)
  private static let summaryWords = Array(" steps passed".utf8)
  private static let ticked = Array("| ✓ |".utf8)

  /// What one line of the page claims, if anything.
  private mutating func read(_ line: UnsafeBufferPointer<UInt8>, lab: Lab, translated: [SummaryTemplate]) {
    // Blanks around a line change nothing a reader of the rendered page sees (two spaces at the
    // end are a Markdown line break), so they hide no claim.
    var start = 0
    var end = line.count
    func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    while start < end, isBlank(line[start]) { start += 1 }
    while end > start, isBlank(line[end - 1]) || line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let bytes = UnsafeBufferPointer(rebasing: line[start..<end])
    for template in translated {
      guard let numbers = template.numbers(in: bytes) else { continue }
      stepsPassed = numbers["passed"] ?? stepsPassed
      points = numbers["points"] ?? points
      return
    }
    if bytes.starts(with: Self.summary) {
      // Headings are bold too; only a line holding the bytes of " steps passed" can be the summary.
      guard ASCIIText.occurs(Self.summaryWords, in: bytes) else {
        if Self.mayBeSummary(bytes) { unreadSummary = true }
        return
      }
      let line = String(decoding: bytes, as: UTF8.self)
      guard line.contains(" steps passed") else { return }
      let words = line.dropFirst(2).split(separator: " ")
      if words.count > 2, words[1] == "of" { stepsPassed = Int(words[0]) }
      if let slash = words.first(where: { $0.contains("/") }), let value = Int(slash.split(separator: "/")[0]) {
        points = value
      }
    } else if bytes.starts(with: Self.ticked) {
      // `| ✓ | 2. Title | 10 |`: the number before the dot is the step's position.
      let cell = String(decoding: UnsafeBufferPointer(rebasing: bytes[Self.ticked.count...]), as: UTF8.self)
        .drop { $0 == " " }
      if let dot = cell.firstIndex(of: "."), let number = Int(cell[..<dot]), number >= 1, number <= lab.steps.count {
        tickedSteps.append(lab.steps[number - 1].id)
      }
    }
  }
}
