import Labs

/// The few words of the classroom's pages, in the learner's language (the browser's first choice).
public struct PageWords: Sendable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  /// English unless the browser's `Accept-Language` puts Korean before English.
  public static func language(acceptLanguage: String?) -> Language {
    guard let header = acceptLanguage?.lowercased() else { return .en }
    for part in header.split(separator: ",") {
      let tag = part.split(separator: ";").first.map { String($0).trimmingSpaces() } ?? ""
      if tag.hasPrefix("ko") { return .ko }
      if tag.hasPrefix("en") { return .en }
    }
    return .en
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
}
