import Testing

@testable import Classroom
@testable import Labs

@Suite struct PagesTests {
  @Test func namesAndTypedLinesAreEscapedOnEveryPage() throws {
    let name = "<script>alert(1)</script> & 'x'"
    let home = LearnerPages.home(name: name, rows: [], base: "/l/T", words: PageWords(.en))
    #expect(!home.contains("<script>alert"))
    #expect(home.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"))
    let roster = Roster(learners: [.init(email: "a@example.com", name: name, key: "a@example.com")])
    let attempt = try Attempt(lab: try CourseSupport.lab("gateway-endpoint"))
    var standing = LabStanding(
      learner: "a@example.com", attempt: attempt, lastCommand: 1_000, onStepSince: 0,
      recentLines: ["echo '<img src=x onerror=alert(1)>'"], connected: true)
    standing.commands = 1
    let live = DashboardPage.live(
      roster: roster, labs: [("gateway-endpoint", "Gateway")],
      standings: ["a@example.com": ["gateway-endpoint": standing]],
      now: 90_000)
    #expect(!live.contains("<img"))
    #expect(live.contains("&lt;img src=x onerror=alert(1)&gt;"))
  }

  @Test func theStuckListPutsTheLongestFirst() throws {
    let attempt = try Attempt(lab: try CourseSupport.lab("gateway-endpoint"))
    var standings: [String: [String: LabStanding]] = [:]
    var learners: [Roster.Learner] = []
    for (key, since) in [("a@example.com", 50_000), ("b@example.com", 10_000), ("c@example.com", 30_000)] {
      learners.append(.init(email: key, name: key, key: key))
      var standing = LabStanding(
        learner: key, attempt: attempt, lastCommand: 60_000, onStepSince: Int64(since), recentLines: [],
        connected: false)
      standing.commands = 3
      standings[key] = ["gateway-endpoint": standing]
    }
    let live = DashboardPage.live(
      roster: Roster(learners: learners), labs: [("gateway-endpoint", "G")], standings: standings, now: 100_000)
    let stuck = live.split(separator: "<h2>")[0]
    let order = ["a@example.com", "b@example.com", "c@example.com"].compactMap { key in
      stuck.range(of: "<td>\(key)</td>").map { (key, $0.lowerBound) }
    }
    .sorted { $0.1 < $1.1 }.map(\.0)
    #expect(order == ["b@example.com", "c@example.com", "a@example.com"])
    #expect(live.contains("1 min 30 s"))
  }

  @Test(
    arguments: [
      (nil, Language.en), ("ko-KR,ko;q=0.9,en-US;q=0.8", .ko), ("en-US,en;q=0.9,ko;q=0.8", .en), ("fr-FR, ko", .ko),
      ("de", .en),
    ] as [(String?, Language)])
  func theBrowsersFirstLanguageChoosesThePages(_ header: String?, _ language: Language) {
    #expect(PageWords.language(acceptLanguage: header) == language)
  }
}
