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

  /// A browser that names neither Korean nor English gets the server's language (`labrun-server --lang`).
  @Test(arguments: [(nil, Language.ko), ("de", .ko), ("en-US", .en), ("fr, ko", .ko)] as [(String?, Language)])
  func theServersLanguageIsTheFallback(_ header: String?, _ language: Language) {
    #expect(PageWords.language(acceptLanguage: header, fallback: .ko) == language)
  }

  /// The dashboard in Korean: every heading, cell and duration, with the same figures as in English.
  @Test func theDashboardSpeaksTheServersLanguage() throws {
    let roster = Roster(learners: [.init(email: "a@example.com", name: "김지우", key: "a@example.com")])
    let attempt = try Attempt(lab: try CourseSupport.lab("gateway-endpoint"))
    var standing = LabStanding(
      learner: "a@example.com", attempt: attempt, lastCommand: 1_000, onStepSince: 0, recentLines: ["aws s3 ls"],
      connected: true)
    standing.commands = 1
    func live(_ language: Language) -> String {
      DashboardPage.live(
        roster: roster, labs: [("gateway-endpoint", "게이트웨이 엔드포인트")],
        standings: ["a@example.com": ["gateway-endpoint": standing]], now: 3_790_000, words: PageWords(language))
    }
    let korean = live(.ko)
    for words in [
      "<h2>한 단계에 가장 오래 머문 수강생</h2>", "<th>머문 시간</th>", "<h2>수강생 × 실습</h2>", "<th>유휴 시간</th>",
      "1시간 03분", "단계 · 0점 · 힌트 0개", "UTC에 갱신했습니다.",
    ] {
      #expect(korean.contains(words), "\(words)")
    }
    let english = live(.en)
    #expect(english.contains("1 h 03 min") && english.contains("<h2>Stuck longest on a step</h2>"))
    // Only words differ: the same rows, cells and escapes.
    #expect(korean.components(separatedBy: "<tr").count == english.components(separatedBy: "<tr").count)
    let page = DashboardPage.page(
      live: korean, socketPath: "/i/T/ws", reportPath: "/i/T/report.html", linksCount: 1,
      words: PageWords(.ko))
    #expect(page.contains("<html lang=\"ko\">") && page.contains("명단의 수강생 1명") && page.contains("labrun 강의실"))
    #expect(!page.contains("learners on the roster"))
    #expect(PageWords(.ko).linkOpensNothing != PageWords(.en).linkOpensNothing)
  }
}
