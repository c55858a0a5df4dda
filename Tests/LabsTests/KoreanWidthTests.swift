import Shell
import Testing
import TextLayout

@testable import Labs

/// labrun's own Korean (`why`, `topology`, `steps`, `help`, notes) laid out at two columns a Hangul
/// syllable: no line wider than the window unless one word alone is.
@Suite struct KoreanWidthTests {
  static func korean(_ id: String) throws -> Lab {
    let english = try GradingFixture.lab(id)
    return LabTranslator(files: DiskFiles()).translate(
      english, folder: GradingFixture.repository + "/labs/" + id, to: .ko
    ).lab
  }

  /// The widest word of `line` (after its tree drawing), which no fold can break.
  static func widestWord(_ line: Substring) -> Int {
    line.split(separator: " ").map { $0.displayWidth }.max() ?? 0
  }

  @Test(arguments: [
    ("private-subnet", 40), ("private-subnet", 60), ("on-premises", 60), ("interface-endpoint", 100),
    ("s3-private-dns-2023", 60),
  ])
  func everyLineFitsTheWindow(id: String, width: Int) throws {
    let lab = try Self.korean(id)
    var attempt = try Attempt(lab: lab, seed: nil)
    let renderer = TerminalRenderer(width: width)
    var said = 0
    for line in GradingFixture.solution(id) + ["why", "topology", "steps", "help", "check"] {
      let expanded = try SolutionScript.expand(line, world: attempt.shell.world).get()
      let output = attempt.run(expanded)
      let isLabrun = ["why", "topology", "steps", "help", "check", "hint", "answer"].contains(
        expanded.split(separator: " ").first.map(String.init) ?? "")
      guard isLabrun else { continue }
      for chunk in output.output {
        for shown in renderer.show(chunk).split(separator: "\n") {
          said += 1
          // A word wider than the room (a long DNS name) is left whole on its own line.
          #expect(shown.displayWidth <= width || Self.widestWord(shown) > width / 2, "\(width): \(shown)")
        }
      }
    }
    #expect(said > 40)
  }

  /// Recorded once and reviewed: `why` after the timed-out listing, folded to 60 columns, with
  /// continuation lines indented under their sentence and Hangul counted two columns.
  @Test func whyInKoreanAtSixtyColumns() throws {
    var attempt = try Attempt(lab: try Self.korean("private-subnet"), seed: nil)
    _ = attempt.run("aws s3 ls s3://jschoi.acl")
    let why = try #require(attempt.run("why").output.first)
    let world = attempt.shell.world
    let vpc = try #require(world.vpcs.first).id
    let table = try #require(world.routeTables.first { $0.name == "private-c" }).id
    let address = try #require(
      why.text.split(separator: " ").first { $0.hasPrefix("52.219.") }.map { String($0.prefix { $0 != "(" }) })
    #expect(
      TerminalRenderer(width: 60).show(why) == """
        1. V3 호스트가 \(vpc)의 VPC
             리졸버(10.0.0.2)에 s3.ap-northeast-2.amazonaws.com의 A
             레코드를 질의했습니다.
           응답은 \(address) — 퍼블릭 주소입니다.
           ap-northeast-2 리전 s3의 퍼블릭 엔드포인트입니다. 퍼블릭
             DNS는 어디서 묻든 같은 답을 줍니다.
           (클라이언트가 재시도하여 같은 일이 5번 일어났습니다)
        2. V3 (10.0.12.20)에서 s3.ap-northeast-2.amazonaws.com
             (\(address))의 443번 포트로 TCP 연결을
             시도했습니다.
           라우팅 테이블 \(table)에는
             \(address)(ap-northeast-2 리전 s3의 퍼블릭 주소)에
             맞는 라우팅이 없습니다. 인터넷 게이트웨이나 NAT로 가는
             라우팅도, 이 주소를 다루는 엔드포인트 라우팅도
             없습니다.
           패킷이 아무 응답 없이 버려지므로, 클라이언트는 연결
             타임아웃이 될 때까지 기다립니다.
           (클라이언트가 재시도하여 같은 일이 5번 일어났습니다)

        """)
  }

  /// The saved line said when leaving: broken at its spaces to fit a terminal, never inside a
  /// Korean word; a pipe gets it on one line, as scripts read it.
  @Test func theSavedLineFitsATerminal() throws {
    let lab = try Self.korean("interface-endpoint")
    let location = "/home/minjun/labrun/interface-endpoint"
    let line =
      "\(location)에 저장했습니다. 이어서 하려면 `labrun start interface-endpoint`, 제출하려면 `labrun submit interface-endpoint` 명령을 실행하세요.\n"
    let terminal = TerminalCapabilities(isTerminal: true, width: 60)
    let onTerminal = try SessionTests.session(lab, store: RecordingStore(), terminal: terminal).farewell(
      savedIn: location)
    #expect(
      onTerminal.map(\.text) == [
        """
        \(location)에 저장했습니다.
        이어서 하려면 `labrun start interface-endpoint`, 제출하려면
        `labrun submit interface-endpoint` 명령을 실행하세요.

        """
      ])
    #expect(onTerminal.allSatisfy { $0.text.split(separator: "\n").allSatisfy { $0.displayWidth <= 60 } })
    #expect(
      try SessionTests.session(lab, store: RecordingStore(), terminal: .pipe).farewell(savedIn: location).map(\.text)
        == [line])
  }
}
