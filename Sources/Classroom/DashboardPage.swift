import Labs
import Reports

/// The instructor's dashboard: learners × labs, and who has been stuck longest on a step.
public enum DashboardPage {
  /// The whole page; its live part comes again over the socket at `socketPath` whenever it changes.
  /// `words` are in the server's language (`labrun-server --lang`).
  public static func page(
    live: String, socketPath: String, reportPath: String, linksCount: Int, words: PageWords = PageWords(.en)
  ) -> String {
    PageStyle.page(
      title: words.dashboardTitle, language: words.language.rawValue,
      body: """
        <h1>\(words.classroom) <span id="feed-state" class="note"></span></h1>
        <p><a href="\(reportPath)">\(words.gradeReport)</a> · \(words.onRoster(linksCount))</p>
        <div id="live" data-socket="\(ReportText.xmlEscaped(socketPath))">\(live)</div>
        <script src="/assets/classroom.js"></script>
        """)
  }

  /// The live part: the stuck list, then the matrix. `now` is the server's clock in ms since 1970.
  public static func live(
    roster: Roster, labs: [(id: String, title: String)], standings: [String: [String: LabStanding]], now: Int64,
    words: PageWords = PageWords(.en)
  ) -> String {
    var stuck: [(LabStanding, Int64)] = []
    for lab in labs {
      for learner in roster.learners {
        if let standing = standings[learner.key]?[lab.id], let time = standing.stuckFor(now: now), standing.commands > 0
        {
          stuck.append((standing, time))
        }
      }
    }
    stuck.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.learner < $1.0.learner }
    let headers = words.stuckHeaders(recent: LabStanding.recentLimit).map { "<th>\($0)</th>" }.joined()
    var html = "<h2>\(words.stuckLongest)</h2>\n<table id=\"stuck\"><tr>\(headers)</tr>\n"
    for (standing, time) in stuck.prefix(10) {
      let lines = standing.recentLines.map { "<code>\(ReportText.xmlEscaped($0))</code>" }.joined(separator: "<br>")
      html +=
        "<tr class=\"stuck\"><td>\(ReportText.xmlEscaped(standing.learner))</td><td>\(ReportText.xmlEscaped(standing.lab))</td><td>\(standing.step). \(ReportText.xmlEscaped(standing.stepTitle))</td><td>\(duration(time, words))</td><td>\(standing.hints)</td><td>\(lines)</td></tr>\n"
    }
    if stuck.isEmpty { html += "<tr><td colspan=\"6\" class=\"note\">\(words.nobodyYet)</td></tr>\n" }
    html += "</table>\n<h2>\(words.matrix)</h2>\n<table id=\"matrix\"><tr><th>\(words.learner)</th>"
    for lab in labs {
      html += "<th title=\"\(ReportText.xmlEscaped(lab.title))\">\(ReportText.xmlEscaped(lab.id))</th>"
    }
    html += "<th>\(words.idle)</th></tr>\n"
    for learner in roster.learners {
      html +=
        "<tr data-learner=\"\(ReportText.xmlEscaped(learner.key))\"><td>\(ReportText.xmlEscaped(learner.name))<br><span class=\"note\">\(ReportText.xmlEscaped(learner.email))</span></td>"
      var last: Int64?
      for lab in labs {
        guard let standing = standings[learner.key]?[lab.id] else {
          html += "<td class=\"todo\">–</td>"
          continue
        }
        if let time = standing.lastCommand { last = max(last ?? time, time) }
        let mark = standing.connected ? " ●" : ""
        let cell =
          standing.finished
          ? "<span class=\"done\">✓</span> \(standing.points)/\(standing.maxPoints)"
          : words.cell(step: standing.step, of: standing.stepCount, points: standing.points, hints: standing.hints)
        html += "<td data-lab=\"\(ReportText.xmlEscaped(lab.id))\">\(cell)\(mark)</td>"
      }
      html += "<td>\(last.map { duration(max(0, now - $0), words) } ?? "–")</td></tr>\n"
    }
    html += "</table>\n<p class=\"note\">\(words.updated(clock(now)))</p>\n"
    return html
  }

  /// `milliseconds` as `1 h 05 min`, `4 min 10 s` or `12 s` (`1시간 05분` … in Korean).
  static func duration(_ milliseconds: Int64, _ words: PageWords = PageWords(.en)) -> String {
    let seconds = milliseconds / 1000
    if seconds >= 3600 { return words.duration(hours: seconds / 3600, minutes: (seconds % 3600) / 60, seconds: nil) }
    if seconds >= 60 { return words.duration(hours: nil, minutes: seconds / 60, seconds: seconds % 60) }
    return words.duration(hours: nil, minutes: nil, seconds: seconds)
  }

  private static func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// The time of day of `milliseconds` since 1970, UTC, as `HH:MM:SS`.
  static func clock(_ milliseconds: Int64) -> String {
    let seconds = (milliseconds / 1000) % 86_400
    return "\(pad(seconds / 3600)):\(pad((seconds % 3600) / 60)):\(pad(seconds % 60))"
  }
}
