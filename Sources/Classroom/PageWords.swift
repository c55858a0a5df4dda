import Labs

/// The few words of the classroom's pages: a learner's in the browser's first choice of Korean and
/// English, the instructor's dashboard in the server's language (`labrun-server --lang`).
public struct PageWords: Sendable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  /// The first of Korean and English the browser's `Accept-Language` names; `fallback` (the
  /// server's language) when it names neither or there is no header.
  public static func language(acceptLanguage: String?, fallback: Language = .en) -> Language {
    guard let header = acceptLanguage?.lowercased() else { return fallback }
    for part in header.split(separator: ",") {
      let tag = part.split(separator: ";").first.map { String($0).trimmingSpaces() } ?? ""
      if tag.hasPrefix("ko") { return .ko }
      if tag.hasPrefix("en") { return .en }
    }
    return fallback
  }

  private var korean: Bool { language == .ko }

  var course: String { korean ? "과정" : "The course" }
  var notStarted: String { korean ? "시작 전" : "not started" }
  var complete: String { korean ? "완료" : "complete" }
  func onStep(_ step: Int, of count: Int) -> String { korean ? "\(count)단계 중 \(step)단계" : "step \(step) of \(count)" }
  var open: String { korean ? "열기" : "Open" }
  var resume: String { korean ? "이어서 하기" : "Resume" }
  var download: String { korean ? "작업 내려받기 (git bundle)" : "Download your work (git bundle)" }
  var offline: String {
    korean
      ? "내려받은 파일은 <code>git clone FILE.bundle FOLDER</code>로 풀고 <code>labrun start LAB --workspace FOLDER</code>로 이어서 할 수 있습니다."
      : "Unpack a download with <code>git clone FILE.bundle FOLDER</code> and carry on offline with <code>labrun start LAB --workspace FOLDER</code>."
  }
  var back: String { korean ? "← 과정으로" : "← the course" }
  var points: String { korean ? "점수" : "points" }
  var hello: String { korean ? "님의 실습" : "" }

  // What a link that opens nothing says.
  public var classroom: String { korean ? "labrun 강의실" : "labrun classroom" }
  public var openYourLink: String {
    korean ? "강사에게 받은 개인 링크로 들어오세요." : "Open the personal link your instructor gave you."
  }
  public var noSuchLink: String { korean ? "없는 링크입니다" : "No such link" }
  public var linkOpensNothing: String {
    korean
      ? "이 링크로는 열 수 있는 것이 없습니다. 링크를 빠짐없이 복사했는지 확인하거나, 강사에게 본인 링크를 다시 받으세요."
      : "This link does not open anything. Check that you copied all of it, or ask your instructor for your link."
  }
  public var linkWithdrawn: String {
    korean
      ? "강사가 이 링크를 회수했습니다. 지금 쓸 수 있는 링크를 강사에게 받으세요."
      : "This link was withdrawn by the instructor; ask them for your current link."
  }
  public var noWorkYet: String {
    korean ? "이 실습에는 아직 작업한 내용이 없습니다. 먼저 실습을 여세요." : "This lab has no work yet: open it first."
  }

  // The instructor's dashboard.
  var dashboardTitle: String { korean ? "labrun — 대시보드" : "labrun — dashboard" }
  var gradeReport: String { korean ? "수강생 성적 보고서 (HTML)" : "The class's grade report (HTML)" }
  func onRoster(_ count: Int) -> String { korean ? "명단의 수강생 \(count)명" : "\(count) learners on the roster" }
  var stuckLongest: String { korean ? "한 단계에 가장 오래 머문 수강생" : "Stuck longest on a step" }
  func stuckHeaders(recent: Int) -> [String] {
    korean
      ? ["수강생", "실습", "단계", "머문 시간", "힌트", "그 단계에서 입력한 명령 (최근 \(recent)개)"]
      : ["Learner", "Lab", "Step", "On it for", "Hints", "Typed there (last \(recent))"]
  }
  var nobodyYet: String { korean ? "아직 없음" : "nobody yet" }
  var matrix: String { korean ? "수강생 × 실습" : "Learners × labs" }
  var learner: String { korean ? "수강생" : "Learner" }
  var idle: String { korean ? "유휴 시간" : "Idle" }
  func cell(step: Int, of count: Int, points: Int, hints: Int) -> String {
    korean
      ? "\(count)단계 중 \(step)단계 · \(points)점 · 힌트 \(hints)개"
      : "step \(step)/\(count) · \(points) pt · \(hints) hint\(hints == 1 ? "" : "s")"
  }
  func updated(_ clock: String) -> String {
    korean
      ? "● 지금 브라우저 터미널이 열려 있습니다. \(clock) UTC에 갱신했습니다."
      : "● a browser terminal is open now. Updated \(clock) UTC."
  }
  /// A duration from its parts: hours and minutes, minutes and seconds, or seconds.
  func duration(hours: Int64?, minutes: Int64?, seconds: Int64?) -> String {
    func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    switch (hours, minutes, seconds) {
    case (let h?, let m?, _): return korean ? "\(h)시간 \(pad(m))분" : "\(h) h \(pad(m)) min"
    case (nil, let m?, let s?): return korean ? "\(m)분 \(pad(s))초" : "\(m) min \(pad(s)) s"
    default: return korean ? "\(seconds ?? 0)초" : "\(seconds ?? 0) s"
    }
  }
}
