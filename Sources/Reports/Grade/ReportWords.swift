import Labs

/// The words of the human-readable grade reports (table and HTML) in the instructor's language.
///
/// Each entry is keyed by its English template, so a report's code reads in English and a new
/// label is one line in `korean`; `{name}` marks a value. CSV, JSON and JUnit never use it: their
/// keys are identifiers that scripts and LMS imports rely on.
public struct ReportWords: Sendable, Equatable {
  /// The language the words are said in.
  public let language: Language

  /// Words in `language`.
  public init(_ language: Language) {
    self.language = language
  }

  /// English throughout.
  public static let english = ReportWords(.en)

  /// `english` said in the report's language with its `{name}` marks filled from `values`.
  func callAsFunction(_ english: String, _ values: [String: String] = [:]) -> String {
    var text = language == .ko ? Self.korean[english] ?? english : english
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      text = text.split(separator: "{" + name + "}", omittingEmptySubsequences: false).joined(separator: value)
    }
    return text
  }

  /// `singular` or `plural` by `count` in English (Korean nouns do not inflect), with `{count}` filled.
  func counted(_ count: Int, _ singular: String, _ plural: String, _ values: [String: String] = [:]) -> String {
    self(count == 1 ? singular : plural, values.merging(["count": "\(count)"]) { old, _ in old })
  }

  /// The Korean of each English template, as an instructor in Korea reads a grade sheet.
  static let korean: [String: String] = [
    // Table: the class view per lab.
    "{id} — {title}: {count} attempt, {passed} passed every step": "{id} — {title}: 시도 {count}건, 모든 단계 통과 {passed}건",
    "{id} — {title}: {count} attempts, {passed} passed every step": "{id} — {title}: 시도 {count}건, 모든 단계 통과 {passed}건",
    "step": "단계",
    "passed": "통과",
    "rate": "통과율",
    "median commands": "명령 수(중앙값)",
    "median time": "소요 시간(중앙값)",
    "stopped here": "여기서 멈춤",
    "Stopped at step {number}, most typed there:": "{number}단계에서 멈춘 학습자들이 가장 많이 입력한 명령:",
    "({count} learner, {times}×)": "(학습자 {count}명, {times}회)",
    "({count} learners, {times}×)": "(학습자 {count}명, {times}회)",
    // Table: one row per learner.
    "lab": "실습",
    "learner": "학습자",
    "steps": "단계",
    "points": "점수",
    "hints": "힌트",
    "commands": "명령",
    "time": "소요 시간",
    "findings": "발견 사항",
    "sim time": "시뮬레이션 시간",
    "path": "경로",
    "({count} attempts by this learner)": "(이 학습자의 시도 {count}건)",
    "Integrity findings": "무결성 검사 결과",
    "Could not grade": "채점하지 못한 작업 공간",
    "{graded} graded, {passed} passed every step, {failed} did not, ":
      "채점 {graded}건: 모든 단계 통과 {passed}건, 미통과 {failed}건, ",
    "{count} could not be graded, {findings} integrity finding.": "채점 불가 {count}건, 무결성 문제 {findings}건.",
    "{count} could not be graded, {findings} integrity findings.": "채점 불가 {count}건, 무결성 문제 {findings}건.",
    // HTML.
    "labrun grade report": "labrun 채점 보고서",
    "Grade report": "채점 보고서",
    "<b>{graded}</b> graded · <b class=\"ok\">{passed}</b> passed every step · <b class=\"no\">{failed}</b> did not · <b class=\"err\">{ungraded}</b> could not be graded · <b class=\"warn\">{findings}</b> integrity findings":
      "채점 <b>{graded}</b>건 · 모든 단계 통과 <b class=\"ok\">{passed}</b>건 · 미통과 <b class=\"no\">{failed}</b>건 · 채점 불가 <b class=\"err\">{ungraded}</b>건 · 무결성 문제 <b class=\"warn\">{findings}</b>건",
    "{count} attempt, {passed} passed every step.": "시도 {count}건, 모든 단계 통과 {passed}건.",
    "{count} attempts, {passed} passed every step.": "시도 {count}건, 모든 단계 통과 {passed}건.",
    "Step": "단계",
    "Pass rate": "통과율",
    "Median commands": "명령 수(중앙값)",
    "Median time": "소요 시간(중앙값)",
    "Stopped here": "여기서 멈춤",
    "Most typed by those who stopped here": "여기서 멈춘 학습자들이 가장 많이 입력한 명령",
    "{count} learner, {times}×": "학습자 {count}명, {times}회",
    "{count} learners, {times}×": "학습자 {count}명, {times}회",
    "Learners": "학습자",
    "not passed": "미통과",
    "{count} finding": "발견 사항 {count}건",
    "{count} findings": "발견 사항 {count}건",
    "{passed}/{count} steps · {points}/{max} points · {hints} hints · {commands} commands":
      "{passed}/{count}단계 · {points}/{max}점 · 힌트 {hints}개 · 명령 {commands}개",
    "Also attempted by this learner:": "이 학습자의 다른 시도:",
    "{count} command": "명령 {count}개",
    "{count} commands": "명령 {count}개",
    "{count} points": "{count}점",
    "{earned} of {count} points": "{count}점 중 {earned}점",
    // Integrity: simulated time and similar command sequences (IntegrityWords).
    "{duration} simulated": "시뮬레이션 시간 {duration}",
    "Similar command sequences": "비슷한 명령 순서",
    "Evidence for a human to look at, never a finding: learners following the same steps type similar commands. Ids and addresses are normalised, so a copy replayed in another variant still shows.":
      "사람이 직접 살펴볼 근거일 뿐 판정이 아닙니다. 같은 단계를 따라가는 학습자라면 비슷한 명령을 입력하기 마련입니다. ID와 주소는 정규화해서 비교하므로 다른 변형 환경에서 다시 실행한 복사본도 드러납니다.",
    "{percent}% alike ({runs} runs of three commands shared)": "{percent}% 일치 (연속된 명령 세 개 묶음 {runs}개가 같음)",
    "{first} and {second}": "{first}, {second}",
  ]
}
