import Labs
import Reports

/// The pages a learner's link opens: the course with their progress, and a lab's terminal.
public enum LearnerPages {
  /// One lab of the course as the learner's page lists it.
  public struct Row: Sendable {
    public var number: Int
    public var id: String
    public var title: String
    public var standing: LabStanding?

    public init(number: Int, id: String, title: String, standing: LabStanding?) {
      self.number = number
      self.id = id
      self.title = title
      self.standing = standing
    }
  }

  /// The course in order with where the learner stands in each lab; `base` is the link's path.
  public static func home(name: String, rows: [Row], base: String, words: PageWords) -> String {
    var table = "<table><tr><th>#</th><th>\(words.course)</th><th></th><th></th></tr>\n"
    for row in rows {
      let state: String
      let action: String
      if let standing = row.standing {
        state =
          standing.finished
          ? "<span class=\"done\">✓ \(words.complete)</span> · \(standing.points)/\(standing.maxPoints) \(words.points)"
          : "\(words.onStep(standing.step, of: standing.stepCount)) · \(standing.points)/\(standing.maxPoints) \(words.points)"
        action =
          "<a class=\"button\" href=\"\(base)/\(row.id)\">\(words.resume)</a> <a href=\"\(base)/\(row.id)/bundle\" download>\(words.download)</a>"
      } else {
        state = "<span class=\"todo\">\(words.notStarted)</span>"
        action = "<a class=\"button\" href=\"\(base)/\(row.id)\">\(words.open)</a>"
      }
      table +=
        "<tr id=\"lab-\(ReportText.xmlEscaped(row.id))\"><td>\(row.number)</td><td>\(ReportText.xmlEscaped(row.title))<br><code>\(ReportText.xmlEscaped(row.id))</code></td><td class=\"state\">\(state)</td><td>\(action)</td></tr>\n"
    }
    table += "</table>"
    let heading =
      words.language == .ko ? "\(ReportText.xmlEscaped(name))\(words.hello)" : "labrun — \(ReportText.xmlEscaped(name))"
    return PageStyle.page(
      title: "labrun — \(name)", language: words.language.rawValue,
      body: "<h1>\(heading)</h1>\n\(table)\n<p class=\"note\">\(words.offline)</p>")
  }

  /// A lab's browser terminal; the glue connects it to `base/ID/ws`.
  public static func terminal(labTitle: String, labID: String, base: String, words: PageWords) -> String {
    let head = """
      <link rel="stylesheet" href="/assets/xterm.css">
      <script src="/assets/xterm.js"></script><script src="/assets/fit.js"></script>
      """
    let body = """
      <header><a href="\(base)">\(words.back)</a> · \(ReportText.xmlEscaped(labTitle))</header>
      <div id="terminal" data-socket="\(base)/\(ReportText.xmlEscaped(labID))/ws"></div>
      <script src="/assets/classroom.js"></script>
      """
    return PageStyle.page(
      title: labTitle, language: words.language.rawValue, bodyClass: "terminal", head: head, body: body)
  }

  /// What a request that cannot be served gets: what happened and what to do, in a page.
  public static func problem(title: String, detail: String, words: PageWords) -> String {
    PageStyle.page(
      title: title, language: words.language.rawValue,
      body: "<h1>\(ReportText.xmlEscaped(title))</h1><p>\(ReportText.xmlEscaped(detail))</p>")
  }
}
