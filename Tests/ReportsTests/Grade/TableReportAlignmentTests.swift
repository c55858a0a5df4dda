import Testing

@testable import Labs
@testable import Reports

/// The terminal table pads by display width: a Korean syllable takes two columns, so `김민준` is as wide
/// as six Latin letters and the columns after it still line up.
@Suite struct TableReportAlignmentTests {
  static func grade(
    _ name: String, _ email: String, path: String, passedSecond: Bool, hints: Int, commands: Int, seconds: Int64
  ) -> LearnerGrade {
    LearnerGrade(
      path: path, labID: "public-subnet", labTitle: "Reaching S3 from a public subnet", learnerName: name,
      learnerEmail: email, headCommit: String(repeating: "c", count: 40), seed: 7,
      steps: [
        StepGrade(
          id: "look-up", title: "Look up S3", points: 10, passed: true, commands: passedSecond ? 1 : 2,
          seconds: passedSecond ? 30 : 45),
        StepGrade(
          id: "list", title: "List the bucket", points: 10, passed: passedSecond, commands: passedSecond ? 2 : nil,
          seconds: passedSecond ? 60 : nil),
      ],
      points: passedSecond ? 20 : 10, maxPoints: 20, hintsUsed: hints, commandsTyped: commands,
      firstCommitTime: 1_790_000_000, lastCommitTime: 1_790_000_000 + seconds, stoppedAt: passedSecond ? nil : "list",
      commandsWhereStopped: passedSecond ? [] : ["aws s3 ls", "hint"], findings: [])
  }

  static let report = GradeReport(
    grades: [
      grade(
        "김민준", "minjun@example.com", path: "/class/minjun", passedSecond: false, hints: 1, commands: 4, seconds: 200),
      grade("Ana", "ana@example.com", path: "/class/ana", passedSecond: true, hints: 0, commands: 3, seconds: 90),
    ],
    ungraded: [])

  /// Written by hand: every column is as wide as its widest cell in terminal columns, two spaces apart;
  /// numbers are right-aligned, text left-aligned, the last column unpadded.
  static let expected = """
    public-subnet — Reaching S3 from a public subnet: 2 attempts, 1 passed every step

      step                passed  rate  median commands  median time  stopped here
      ──────────────────  ──────  ────  ───────────────  ───────────  ────────────
      1. Look up S3          2/2  100%              1.5          38s             0
      2. List the bucket     1/2   50%                2       1m 00s             1

      Stopped at step 2, most typed there:
        aws s3 ls  (1 learner, 1×)
        hint  (1 learner, 1×)

      lab            learner                      steps  points  hints  commands    time  sim time  findings  path
      ─────────────  ───────────────────────────  ─────  ──────  ─────  ────────  ──────  ────────  ────────  ─────────────
      public-subnet  Ana <ana@example.com>          2/2   20/20      0         3  1m 30s        0s         0  /class/ana
      public-subnet  김민준 <minjun@example.com>    1/2   10/20      1         4  3m 20s        0s         0  /class/minjun

    2 graded, 1 passed every step, 1 did not, 0 could not be graded, 0 integrity findings.

    """

  @Test func aKoreanNameAndALatinOneLineUp() {
    #expect(GradeReportRenderer.render(Self.report, as: .table) == Self.expected)
  }

  /// The same check without trusting the expected text's own spacing: in both rows of the learner
  /// table, the `/` of the steps column sits at the same terminal column (Hangul syllables counted 2).
  @Test func theStepsColumnIsAtTheSameColumnInEveryRow() {
    let rows = GradeReportRenderer.render(Self.report, as: .table).split(separator: "\n").filter {
      $0.hasPrefix("  public-subnet")
    }
    let slashColumns = rows.map { row in
      row.prefix { $0 != "/" }.unicodeScalars.reduce(0) { $0 + (("\u{AC00}"..."\u{D7A3}").contains($1) ? 2 : 1) }
    }
    #expect(slashColumns.count == 2)
    #expect(slashColumns.first == slashColumns.last)
    // Indent, lab, gap, the 27-column Korean learner, gap, then `  1/2` right-aligned in five columns.
    let expectedColumn: Int = 2 + 13 + 2 + 27 + 2 + 3
    #expect(slashColumns.first == expectedColumn)
  }
}
