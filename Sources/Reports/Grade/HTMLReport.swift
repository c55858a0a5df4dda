import Labs

/// One self-contained HTML page: inline styles, no scripts, no external assets.
enum HTMLReport {
  static func render(_ report: GradeReport, words w: ReportWords = .english) -> String {
    let e = ReportText.xmlEscaped
    let passed = report.grades.count(where: \.passedAll)
    let totals = w(
      "<b>{graded}</b> graded · <b class=\"ok\">{passed}</b> passed every step · <b class=\"no\">{failed}</b> did not · <b class=\"err\">{ungraded}</b> could not be graded · <b class=\"warn\">{findings}</b> integrity findings",
      [
        "graded": "\(report.grades.count)", "passed": "\(passed)", "failed": "\(report.grades.count - passed)",
        "ungraded": "\(report.ungraded.count)", "findings": "\(report.findingCount)",
      ])
    // Korean breaks between words, not between syllables, so a column is as wide as its longest word.
    let style = w.language == .ko ? Self.style + Self.koreanStyle : Self.style
    var out = """
      <!DOCTYPE html>
      <html lang="\(w.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(w("labrun grade report"))</title>
      <style>\(style)</style>
      </head>
      <body>
      <h1>\(w("Grade report"))</h1>
      <p class="totals">\(totals)</p>

      """
    for lab in report.labs {
      out += "<section class=\"lab\">\n<h2>\(e(lab.labTitle)) <span class=\"id\">\(e(lab.labID))</span></h2>\n"
      let attempts = w.counted(
        lab.attempts, "{count} attempt, {passed} passed every step.", "{count} attempts, {passed} passed every step.",
        ["passed": "\(lab.passedAll)"])
      out += "<p>\(attempts)</p>\n"
      out +=
        "<table>\n<thead><tr><th>\(w("Step"))</th><th>\(w("Pass rate"))</th><th class=\"n\">\(w("Median commands"))</th><th class=\"n\">\(w("Median time"))</th><th class=\"n\">\(w("Stopped here"))</th><th>\(w("Most typed by those who stopped here"))</th></tr></thead>\n<tbody>\n"
      for (index, step) in lab.steps.enumerated() {
        let percent = Int((step.passRate * 100).rounded())
        let common = step.commonCommands.map {
          "<li><code>\(e($0.command))</code> <span class=\"muted\">\(w.counted($0.learners, "{count} learner, {times}×", "{count} learners, {times}×", ["times": "\($0.times)"]))</span></li>"
        }.joined()
        out += "<tr><td>\(index + 1). \(e(step.title))</td>"
        out +=
          "<td class=\"rate\"><div class=\"bar\"><div style=\"width:\(percent)%\"></div></div> \(percent)% <span class=\"muted\">(\(step.passed)/\(lab.attempts))</span></td>"
        out +=
          "<td class=\"n\">\(ReportText.number(step.medianCommands))</td><td class=\"n\">\(ReportText.duration(step.medianSeconds))</td>"
        out += "<td class=\"n\">\(step.stoppedHere)</td><td>\(common.isEmpty ? "" : "<ul>\(common)</ul>")</td></tr>\n"
      }
      out += "</tbody>\n</table>\n</section>\n"
    }
    if !report.grades.isEmpty {
      out += "<h2>\(w("Learners"))</h2>\n"
      for grade in report.grades {
        let status =
          grade.passedAll
          ? "<span class=\"badge ok\">\(w("passed"))</span>" : "<span class=\"badge no\">\(w("not passed"))</span>"
        let flagged =
          grade.findings.isEmpty
          ? ""
          : " <span class=\"badge warn\">\(w.counted(grade.findings.count, "{count} finding", "{count} findings"))</span>"
        out +=
          "<section class=\"learner\">\n<h3>\(e(grade.learnerName)) <span class=\"muted\">&lt;\(e(grade.learnerEmail))&gt;</span> \(status)\(flagged)</h3>\n"
        out +=
          "<p class=\"meta\">\(e(grade.labID)) · \(w("{passed}/{count} steps · {points}/{max} points · {hints} hints · {commands} commands", ["passed": "\(grade.stepsPassed)", "count": "\(grade.steps.count)", "points": "\(grade.points)", "max": "\(grade.maxPoints)", "hints": "\(grade.hintsUsed)", "commands": "\(grade.commandsTyped)"])) · \(grade.timeSpent.map(ReportText.duration) ?? "–") · \(IntegrityWords.simulated(grade.simulatedSeconds, w)) · <code>\(e(grade.path))</code></p>\n"
        if !grade.otherAttempts.isEmpty {
          out +=
            "<p class=\"meta\">\(w("Also attempted by this learner:")) \(grade.otherAttempts.map { "<code>\(e($0))</code>" }.joined(separator: ", "))</p>\n"
        }
        out += "<ol class=\"steps\">\n"
        for step in grade.steps {
          let detail =
            step.passed
            ? "\(step.commands.map { w.counted($0, "{count} command", "{count} commands") } ?? "")\(step.seconds.map { ", " + ReportText.duration($0) } ?? "")"
            : (grade.stoppedAt == step.id ? w("stopped here") : "")
          out +=
            "<li class=\"\(step.passed ? "ok" : "no")\"><span class=\"mark\">\(step.passed ? "✓" : "✗")</span> \(e(step.title)) <span class=\"muted\">\(step.passed && step.earned < step.points ? w("{earned} of {count} points", ["earned": "\(step.earned)", "count": "\(step.points)"]) : w("{count} points", ["count": "\(step.points)"]))\(detail.isEmpty ? "" : " · " + detail)</span></li>\n"
        }
        out += "</ol>\n"
        if !grade.findings.isEmpty {
          out += "<ul class=\"findings\">\n"
          for finding in grade.findings {
            let explanation = FindingWords.explanation(of: finding.kind, w).map { e($0) + " — " } ?? ""
            out += "<li><b>\(finding.kind.rawValue)</b> \(explanation)\(e(finding.message))</li>\n"
          }
          out += "</ul>\n"
        }
        out += "</section>\n"
      }
    }
    if !report.similarCommandSequences.isEmpty {
      out +=
        "<h2>\(w(IntegrityWords.similarHeading))</h2>\n<p class=\"muted\">\(e(w(IntegrityWords.similarExplanation)))</p>\n<ul class=\"similar\">\n"
      for pair in report.similarCommandSequences {
        out +=
          "<li>\(e(pair.labID)): \(e(pair.learners.0)) <code>\(e(pair.paths.0))</code> and \(e(pair.learners.1)) <code>\(e(pair.paths.1))</code> — \(e(IntegrityWords.similarity(pair, w)))</li>\n"
      }
      out += "</ul>\n"
    }
    if !report.ungraded.isEmpty {
      out += "<h2>\(w("Could not grade"))</h2>\n<ul class=\"errors\">\n"
      for failure in report.ungraded { out += "<li><code>\(e(failure.path))</code>: \(e(failure.reason))</li>\n" }
      out += "</ul>\n"
    }
    out += "</body>\n</html>\n"
    return out
  }

  /// Added for Korean: line breaks between words (`keep-all`), header cells kept on one line, and
  /// the fonts Korean systems ship.
  static let koreanStyle = """

    body{font-family:system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Noto Sans KR",sans-serif;word-break:keep-all}
    th{white-space:nowrap}
    """

  static let style = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;background:#f6f7f9;margin:0 auto;max-width:1100px;padding:24px}
    h1{margin:0 0 4px}h2{margin:28px 0 8px}section h2{margin-top:0}td.rate{white-space:nowrap}h3{margin:0 0 4px;font-size:16px}
    .id,.muted{color:#6b7280;font-weight:normal;font-size:90%}
    .totals b{font-size:110%}.ok{color:#137333}.no{color:#b3261e}.err{color:#7b1fa2}.warn{color:#a15c00}
    section.lab,section.learner{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:14px 18px;margin:12px 0}
    table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eceef2;vertical-align:top}
    th{font-size:13px;color:#4b5563}.n{text-align:right}
    .bar{display:inline-block;width:90px;height:10px;background:#f1d4d2;border-radius:5px;overflow:hidden;vertical-align:middle}
    .bar div{height:100%;background:#34a853}
    td ul{margin:0;padding-left:18px}code{font:13px ui-monospace,Menlo,Consolas,monospace;background:#f1f3f6;padding:1px 4px;border-radius:4px}
    .badge{font-size:12px;font-weight:600;padding:2px 8px;border-radius:10px;margin-left:6px}
    .badge.ok{background:#e6f4ea}.badge.no{background:#fce8e6}.badge.warn{background:#fef3e0}
    .meta{margin:2px 0 6px;color:#374151}ol.steps{list-style:none;padding:0;margin:6px 0}
    ol.steps li{padding:2px 0}.steps .mark{display:inline-block;width:18px;font-weight:bold}
    li.ok .mark{color:#137333}li.no .mark{color:#b3261e}
    ul.findings{background:#fff8eb;border-left:4px solid #f29900;margin:8px 0 0;padding:8px 8px 8px 28px}
    ul.errors li{margin:4px 0}
    """
}
