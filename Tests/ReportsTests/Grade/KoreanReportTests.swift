import Testing

@testable import Labs
@testable import Reports

/// `labrun grade --lang ko`: the table and the HTML page in Korean, Korean cells two columns a
/// syllable; CSV, JSON and JUnit are the same bytes in every language.
@Suite struct KoreanReportTests {
  static let korean = ReportWords(.ko)

  /// The alignment test's class with Korean lab and step titles, as `grade --lang ko` retitles them.
  static let report: GradeReport = {
    let titled = TableReportAlignmentTests.report.grades.map { grade in
      var grade = grade
      grade.labTitle = "퍼블릭 서브넷에서 S3에 닿기"
      grade.steps[0].title = "S3 조회하기"
      grade.steps[1].title = "버킷 목록 보기"
      return grade
    }
    return GradeReport(grades: titled, ungraded: [])
  }()

  /// Written by hand: each column as wide as its widest cell in terminal columns.
  static let expected = """
    public-subnet — 퍼블릭 서브넷에서 S3에 닿기: 시도 2건, 모든 단계 통과 1건

      단계               통과  통과율  명령 수(중앙값)  소요 시간(중앙값)  여기서 멈춤
      ─────────────────  ────  ──────  ───────────────  ─────────────────  ───────────
      1. S3 조회하기      2/2    100%              1.5                38s            0
      2. 버킷 목록 보기   1/2     50%                2             1m 00s            1

      2단계에서 멈춘 학습자들이 가장 많이 입력한 명령:
        aws s3 ls  (학습자 1명, 1회)
        hint  (학습자 1명, 1회)

      실습           학습자                       단계   점수  힌트  명령  소요 시간  시뮬레이션 시간  발견 사항  경로
      ─────────────  ───────────────────────────  ────  ─────  ────  ────  ─────────  ───────────────  ─────────  ─────────────
      public-subnet  Ana <ana@example.com>         2/2  20/20     0     3     1m 30s               0s          0  /class/ana
      public-subnet  김민준 <minjun@example.com>   1/2  10/20     1     4     3m 20s               0s          0  /class/minjun

    채점 2건: 모든 단계 통과 1건, 미통과 1건, 채점 불가 0건, 무결성 문제 0건.

    """

  @Test func theTableInKorean() {
    #expect(GradeReportRenderer.render(Self.report, as: .table, words: Self.korean) == Self.expected)
  }

  /// Each header cell starts (or, right-aligned, ends) at the terminal column its rule does (Hangul counted two columns),
  /// without trusting the expected text's own spacing.
  @Test func headersStartWhereTheirRulesStart() {
    let lines = GradeReportRenderer.render(Self.report, as: .table, words: Self.korean).split(separator: "\n")
    /// The line as terminal cells: a Hangul syllable fills two, the second one empty.
    func cells(_ line: Substring) -> [Character] {
      line.flatMap { character -> [Character] in
        let wide = character.unicodeScalars.contains { ("\u{AC00}"..."\u{D7A3}").contains($0) }
        return wide ? [character, "\u{0}"] : [character]
      }
    }
    let rules = lines.indices.filter { lines[$0].hasPrefix("  ─") }
    #expect(rules.count == 2)
    for rule in rules {
      let ruleCells = cells(lines[rule])
      let starts = ruleCells.indices.filter { ruleCells[$0] == "─" && ruleCells[$0 - 1] == " " }
      let header = cells(lines[rule - 1])
      #expect(starts.count >= 6)
      for start in starts {
        let end = ruleCells[start...].firstIndex(of: " ") ?? ruleCells.endIndex
        // Text is left-aligned (it starts with its rule), numbers right-aligned (they end with it).
        let left = start < header.count && header[start] != " " && header[start - 1] == " "
        let right = end <= header.count && header[end - 1] != " " && (end == header.count || header[end] == " ")
        #expect(left || right, "columns \(start)..<\(end)")
      }
    }
  }

  @Test func theHTMLPageInKorean() {
    let page = GradeReportRenderer.render(Self.report, as: .html, words: Self.korean)
    #expect(page.contains("<html lang=\"ko\">"))
    #expect(page.contains("<title>labrun 채점 보고서</title>"))
    #expect(page.contains("<h1>채점 보고서</h1>"))
    #expect(
      page.contains(
        "<p class=\"totals\">채점 <b>2</b>건 · 모든 단계 통과 <b class=\"ok\">1</b>건 · 미통과 <b class=\"no\">1</b>건 · 채점 불가 <b class=\"err\">0</b>건 · 무결성 문제 <b class=\"warn\">0</b>건</p>"
      ))
    #expect(
      page.contains(
        "<thead><tr><th>단계</th><th>통과율</th><th class=\"n\">명령 수(중앙값)</th><th class=\"n\">소요 시간(중앙값)</th><th class=\"n\">여기서 멈춤</th><th>여기서 멈춘 학습자들이 가장 많이 입력한 명령</th></tr></thead>"
      ))
    #expect(page.contains("<span class=\"badge no\">미통과</span>"))
    #expect(page.contains("public-subnet · 1/2단계 · 10/20점 · 힌트 1개 · 명령 4개 · 3m 20s"))
    #expect(page.contains("버킷 목록 보기 <span class=\"muted\">10점 · 여기서 멈춤</span>"))
    // Korean wraps between words, so a column is as wide as its longest word, not one syllable.
    #expect(page.contains("word-break:keep-all"))
    #expect(!page.contains(" attempts") && !page.contains(" points"))
  }

  @Test func theEnglishPageIsUnchangedByTheWords() {
    #expect(
      GradeReportRenderer.render(Self.report, as: .html, words: .english)
        == GradeReportRenderer.render(Self.report, as: .html))
    #expect(!GradeReportRenderer.render(Self.report, as: .html).contains("keep-all"))
  }

  @Test(arguments: [ReportFormat.csv, .json, .junit])
  func machineFormatsIgnoreTheLanguage(format: ReportFormat) {
    #expect(
      GradeReportRenderer.render(Self.report, as: format, words: Self.korean)
        == GradeReportRenderer.render(Self.report, as: format))
  }

  @Test func aMissingKoreanWordFallsBackToEnglish() {
    #expect(Self.korean("no such label {n}", ["n": "3"]) == "no such label 3")
    #expect(Self.korean.counted(2, "{count} finding", "{count} findings") == "발견 사항 2건")
    #expect(ReportWords.english.counted(1, "{count} finding", "{count} findings") == "1 finding")
  }
}
