/// When an attempt's commits can plausibly have been made; commits outside it are integrity findings.
public struct CommitWindow: Sendable, Equatable {
  /// No commit can be older than the labrun release that made the first one (seconds since the epoch).
  public var earliest: Int64
  /// No commit can be newer than the grading itself.
  public var latest: Int64
  /// The longest an attempt may span from its first commit to its last: the course's length.
  public var longestSpan: Int64

  public init(earliest: Int64, latest: Int64, longestSpan: Int64) {
    self.earliest = earliest
    self.latest = latest
    self.longestSpan = longestSpan
  }

  /// A window that flags nothing.
  public static let unbounded = CommitWindow(earliest: .min, latest: .max, longestSpan: .max)

  /// The commits of `history` outside the window, as findings.
  func findings(_ history: [HistoryCommit]) -> [IntegrityFinding] {
    var findings: [IntegrityFinding] = []
    if let early = history.first(where: { $0.time < earliest }) {
      findings.append(
        IntegrityFinding(
          kind: .implausibleTime, commit: early.id,
          message:
            "commit dated \(Self.date(early.time)), before this labrun release (\(Self.date(earliest))): its clock or its date was set by hand"
        ))
    }
    if let late = history.first(where: { $0.time > latest }) {
      findings.append(
        IntegrityFinding(
          kind: .implausibleTime, commit: late.id,
          message: "commit dated \(Self.date(late.time)), after this grading (\(Self.date(latest)))"))
    }
    if let first = history.map(\.time).min(), let last = history.map(\.time).max(), last - first > longestSpan {
      findings.append(
        IntegrityFinding(
          kind: .implausibleTime,
          message:
            "commits spread over \((last - first) / 86_400) days, longer than the course's \(longestSpan / 86_400) days"
        ))
    }
    return findings
  }

  /// `YYYY-MM-DD` in UTC, from days since the epoch (Howard Hinnant's civil-from-days).
  static func date(_ seconds: Int64) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))"
  }
}
