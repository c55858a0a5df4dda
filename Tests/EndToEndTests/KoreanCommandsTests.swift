import Foundation
import Testing
import TextLayout

/// labrun's own words outside the simulated tools, in Korean through the built binary: `list`,
/// `status`, the session's lines, `grade --lang ko`; and grading the same whatever the language.
@Suite struct KoreanCommandsTests {
  static let labs = GradeSupport.labsFolder
  static let learner = "김민준 <minjun@example.com>"

  @Test func listInKoreanLinesUpAtTwoColumnsASyllable() throws {
    let listed = try LabrunProcess.run(["list", "--labs", Self.labs, "--lang", "ko"])
    #expect(listed.status == 0 && listed.stderr == "")
    #expect(
      listed.stdout == """
        VPC에서 S3에 프라이빗하게 연결하기: 2021년 글을 따라가는 엔드포인트 실습

           ID                   제목                                                     단계
        1. public-subnet        V1: 퍼블릭 서브넷에서 S3에 접근하기                      5
        2. private-subnet       V3: 나갈 길이 없는 프라이빗 서브넷                       6
        3. gateway-endpoint     V2: S3용 게이트웨이 엔드포인트                           9
        4. interface-endpoint   인터페이스 엔드포인트, 그리고 2021년 S3의 예외           11
        5. on-premises          데이터 센터: S3에 인터페이스 엔드포인트가 생긴 이유      9
        6. choosing-endpoints   게이트웨이냐 인터페이스냐: 고르는 법, 그리고 비용        8
        7. s3-private-dns-2023  후기, 2023년: S3 프라이빗 DNS, 인바운드 엔드포인트 전용  10

        """)
    // The steps column starts at the same terminal column on every row.
    let columns = listed.stdout.split(separator: "\n").dropFirst(2).map { row in
      row.dropLast(row.reversed().prefix(while: \.isNumber).count).displayWidth
    }
    #expect(Set(columns).count == 1, "\(columns)")
    // LABRUN_LANG chooses the same, and English is unchanged.
    #expect(
      try LabrunProcess.run(["list", "--labs", Self.labs], environment: ["LABRUN_LANG": "ko"]).stdout == listed.stdout)
    let english = try LabrunProcess.run(["list", "--labs", Self.labs, "--lang", "en"]).stdout
    #expect(english.contains("   ID                   TITLE "))
    #expect(english.contains("1. public-subnet        V1: reaching S3 from a public subnet "))
  }

  @Test func anUnknownLabInKoreanIsAUsageError() throws {
    let result = try LabrunProcess.run(["start", "interface-endpiont", "--labs", Self.labs, "--lang", "ko"])
    #expect(result.status == 64)
    #expect(
      result.stderr == """
        labrun: error: 'interface-endpiont'(이)라는 이름의 실습은 없습니다. 'interface-endpoint'을(를) 찾으셨나요?
        있는 실습: public-subnet, private-subnet, gateway-endpoint, interface-endpoint, on-premises, choosing-endpoints, s3-private-dns-2023
        (각 실습의 제목은 'labrun list'로 볼 수 있습니다)

        """)
  }

  @Test func aKoreanSessionStatusAndGrade() throws {
    let folder = try LabrunProcess.temporaryFolder("ko-commands")
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = folder.appendingPathComponent("ws").path
    // The lookup, the prediction and the listing: three steps passed.
    let lines = Array(try GradeSupport.solution("private-subnet").prefix(3)) + ["why", "steps", "answer", "sleep 1 &"]
    let started = try LabrunProcess.run(
      [
        "start", "private-subnet", "--lang", "ko", "--workspace", workspace, "--learner", Self.learner, "--labs",
        Self.labs,
      ],
      input: lines.joined(separator: "\n") + "\n")
    #expect(started.status == 0, "\(started.stderr)")
    expectInOrder(
      started.stdout,
      [
        "V3 호스트가 ", "의 A 레코드를 질의했습니다.", "(클라이언트가 재시도하여 같은 일이 5번 일어났습니다)",
        "→ 4. private-route      V3의 라우팅 테이블 읽기 (10점)\n", "30/50점\n",
        "\(workspace)에 저장했습니다. 이어서 하려면 `labrun start private-subnet --workspace \(workspace) --labs \(Self.labs)`, 제출하려면 `labrun submit private-subnet --workspace \(workspace) --labs \(Self.labs)` 명령을 실행하세요.\n",
      ])
    // Refusals go to standard error, as bash's own errors do.
    #expect(started.stderr.contains("answer: 답은 명령 뒤에 이어서 입력하세요. 예: `answer b`\n"), "\(started.stderr)")
    #expect(started.stderr.contains("-bash: 백그라운드 작업(&): 이 실습 셸에서는 쓸 수 없습니다\n"))
    let readme = try String(contentsOfFile: workspace + "/README.md", encoding: .utf8)
    #expect(readme.contains("6단계 중 3단계 통과 · 30/50점 · 힌트 0개 사용"), "\(readme)")
    #expect(readme.contains("| | 단계 | 점수 |\n"))

    let status = try LabrunProcess.run(
      ["status", "private-subnet", "--workspace", workspace, "--labs", Self.labs, "--lang", "ko"])
    #expect(status.status == 0, "\(status.stderr)")
    #expect(
      status.stdout == """
        2. private-subnet: 6단계 중 3단계 통과, 30/50점, 힌트 0개, 명령 7개
          ✓ 1. V3는 S3의 이름을 조회할 수 있을까?
          ✓ 2. 질문: 목록 조회는 어떻게 될까?
          ✓ 3. V3에서 버킷 목록 조회하기
          → 4. V3의 라우팅 테이블 읽기
            5. 질문: 왜 타임아웃일까?
            6. 질문: 무엇으로 고칠 수 있을까?

        """)

    // Resuming with another seed: the warning is said in the session's language.
    let resumed = try LabrunProcess.run(
      ["start", "private-subnet", "--workspace", workspace, "--labs", Self.labs, "--seed", "99", "--lang", "ko"])
    #expect(resumed.stderr == "labrun: 경고: 이 작업 공간은 시드 \(try seed(workspace))로 시작했으므로 그 시드를 그대로 씁니다(99는 쓰지 않습니다).\n")

    // Grading is the same in both languages; only the table's words change.
    let table = try LabrunProcess.run(["grade", workspace, "--labs", Self.labs, "--lang", "ko"])
    #expect(table.status == 2, "\(table.stderr)")
    expectInOrder(
      table.stdout,
      [
        "private-subnet — V3: 나갈 길이 없는 프라이빗 서브넷: 시도 1건, 모든 단계 통과 0건\n", "  단계  ", "  통과율  ",
        "  1. V3는 S3의 이름을 조회할 수 있을까?  ", "  실습            학습자  ", "  김민준 <minjun@example.com>   3/6  30/50  ",
        "채점 1건: 모든 단계 통과 0건, 미통과 1건, 채점 불가 0건, 무결성 문제 0건.\n",
      ])
    let english = try LabrunProcess.run(["grade", workspace, "--labs", Self.labs, "--lang", "en"])
    #expect(
      english.stdout.contains("private-subnet — V3: a private subnet with no way out: 1 attempt, 0 passed every step\n")
    )
    #expect(
      english.stdout.hasSuffix(
        "1 graded, 0 passed every step, 1 did not, 0 could not be graded, 0 integrity findings.\n"))
    let jsonKorean = try LabrunProcess.run([
      "grade", workspace, "--labs", Self.labs, "--lang", "ko", "--format", "json",
    ])
    let jsonEnglish = try LabrunProcess.run([
      "grade", workspace, "--labs", Self.labs, "--lang", "en", "--format", "json",
    ])
    let report = try JSONSerialization.jsonObject(with: Data(jsonKorean.stdout.utf8)) as? [String: Any]
    let graded = try #require((report?["learners"] as? [[String: Any]])?.first)
    #expect((graded["findings"] as? [Any])?.isEmpty == true, "\(jsonKorean.stdout)")
    #expect(graded["points"] as? Int == 30)
    // Keys are the same identifiers; only the titles are in the report's language.
    #expect(
      Set(graded.keys)
        == Set(
          ((try JSONSerialization.jsonObject(with: Data(jsonEnglish.stdout.utf8)) as? [String: Any])?["learners"]
            as? [[String: Any]])?.first?.keys ?? [:].keys))
    let html = try LabrunProcess.run(["grade", workspace, "--labs", Self.labs, "--lang", "ko", "--format", "html"])
    #expect(html.stdout.contains("<html lang=\"ko\">") && html.stdout.contains("<h1>채점 보고서</h1>"))
  }

  private func seed(_ workspace: String) throws -> String {
    let metadata = try String(contentsOfFile: workspace + "/labrun.json", encoding: .utf8)
    let line = try #require(metadata.split(separator: "\n").first { $0.contains("\"seed\"") })
    return String(line.filter(\.isNumber))
  }
}
