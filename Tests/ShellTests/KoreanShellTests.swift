import Cloud
import Testing

@testable import Shell

/// labrun's own words in the shell said in Korean: `why`, `topology` and the refusals. The simulated
/// tools' output stays English, byte for byte.
@Suite struct KoreanShellTests {
  private func korean(_ host: String) throws -> ShellState {
    var state = try Golden.state(host)
    state.language = .korean
    return state
  }

  @Test func whyAfterNothing() throws {
    var state = try korean("V3")
    let run = Golden.run("why", &state)
    #expect(run.stdout == "마지막 명령은 시뮬레이션된 네트워크를 건드리지 않았습니다. 설명할 DNS 조회, 연결, API 호출이 없습니다.\n")
    #expect(run.status == 0 && run.stderr == "")
  }

  @Test func whyAfterACurlTimeoutOnV3() throws {
    var state = try korean("V3")
    let curl = Golden.run("curl --connect-timeout 5 \(Golden.s3)/", &state)
    let address = try #require(curl.connections.first).destination
    let vpc = try #require(state.world.vpcs.first).id
    let table = try #require(state.world.routeTables.first { $0.name == "private-c" }).id
    #expect(
      Golden.run("why", &state).stdout == """
        1. V3 호스트가 \(vpc)의 VPC 리졸버(10.0.0.2)에 s3.ap-northeast-2.amazonaws.com의 A 레코드를 질의했습니다.
           응답은 \(address) — 퍼블릭 주소입니다.
           ap-northeast-2 리전 s3의 퍼블릭 엔드포인트입니다. 퍼블릭 DNS는 어디서 묻든 같은 답을 줍니다.
        2. V3 (10.0.12.20)에서 s3.ap-northeast-2.amazonaws.com (\(address))의 443번 포트로 TCP 연결을 시도했습니다.
           라우팅 테이블 \(table)에는 \(address)(ap-northeast-2 리전 s3의 퍼블릭 주소)에 맞는 라우팅이 없습니다. 인터넷 게이트웨이나 NAT로 가는 라우팅도, 이 주소를 다루는 엔드포인트 라우팅도 없습니다.
           패킷이 아무 응답 없이 버려지므로, 클라이언트는 연결 타임아웃이 될 때까지 기다립니다.

        """)
  }

  @Test func whyCountsRetriesInKorean() throws {
    var state = try korean("V3")
    Golden.run("aws s3 ls", &state)
    let why = Golden.run("why", &state).stdout
    #expect(why.contains("\n   (클라이언트가 재시도하여 같은 일이 5번 일어났습니다)\n"), "\(why)")
    #expect(!why.contains("the client retried"))
  }

  @Test func whyAfterTheGatewayEndpointPath() throws {
    var state = try korean("V2")
    let endpoint = try Golden.createGatewayEndpoint(&state)
    let table = try #require(state.world.routeTables.first { $0.name == "private-a" }).id
    Golden.run("curl -s \(Golden.s3)/jschoi.acl", &state)
    let why = Golden.run("why", &state).stdout
    #expect(why.contains("\n   라우팅 테이블 \(table): 일치하는 라우팅 중 가장 구체적인 것은 pl-78a54011 → \(endpoint.id)입니다.\n"))
    #expect(why.contains("\n   게이트웨이 엔드포인트 \(endpoint.id)를 통해 서비스로 전달됩니다.\n"))
    #expect(
      why.hasSuffix(
        "3. V2 호스트가 게이트웨이 엔드포인트 \(endpoint.id)를 거쳐, AWS 네트워크를 벗어나지 않고 s3 ListObjectsV2 API를 호출했고, AccessDenied 오류로 실패했습니다.\n"
      ), "\(why)")
  }

  /// Every explanation the English `why` gives has a Korean rendering of its own.
  @Test(arguments: [
    ("V3", "aws s3 ls"), ("V1", "curl -s \(Golden.s3)/jschoi.acl"), ("idc", "nslookup s3.ap-northeast-2.amazonaws.com"),
    ("V3", "nc -zv 10.0.1.10 80"), ("cloudshell", "curl --connect-timeout 2 http://10.0.12.20/"),
    ("V3", "traceroute -n \(Golden.s3)"),
  ])
  func everyExplanationIsSaidInKorean(host: String, line: String) throws {
    var english = try Golden.state(host)
    var korean = try korean(host)
    let toolEnglish = Golden.run(line, &english)
    let toolKorean = Golden.run(line, &korean)
    // The tools print the same bytes in both languages.
    #expect(toolEnglish.stdout == toolKorean.stdout && toolEnglish.stderr == toolKorean.stderr)
    let whyEnglish = Golden.run("why", &english).stdout
    let whyKorean = Golden.run("why", &korean).stdout
    let englishLines = whyEnglish.split(separator: "\n")
    let koreanLines = whyKorean.split(separator: "\n")
    #expect(englishLines.count == koreanLines.count, "\(whyKorean)")
    for (english, korean) in zip(englishLines, koreanLines) {
      #expect(english != korean, "\(korean)")
      #expect(korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "no Hangul: \(korean)")
    }
  }

  @Test func topologyInKorean() throws {
    var state = try korean("V3")
    let world = state.world
    let vpc = try #require(world.vpcs.first).id
    let igw = try #require(world.internetGateways.first).id
    let vgw = try #require(world.vpnGateways.first).id
    func subnet(_ name: String) -> String { world.subnets.first { $0.name == name }?.id ?? "?" }
    func table(_ name: String) -> String { world.routeTables.first { $0.name == name }?.id ?? "?" }
    let v1 = try #require(world.host(named: "V1"))
    let v1Public = try #require(world.networkInterface(of: v1)?.publicAddress)
    let sg = try #require(world.networkInterface(of: v1)?.securityGroupIds.first)
    let shell = try #require(world.host(named: "cloudshell")).address
    #expect(
      Golden.run("topology", &state).stdout == """
        VPC lab-vpc \(vpc) 10.0.0.0/16, ap-northeast-2 리전 — 리졸버 10.0.0.2, DNS 확인 켜짐, DNS 호스트 이름 켜짐
        ├── 인터넷 게이트웨이 \(igw)
        ├── 서브넷 public-a \(subnet("public-a")) 10.0.1.0/24 ap-northeast-2a
        │   ├── 라우팅 테이블 public \(table("public"))
        │   │     10.0.0.0/16 → local
        │   │     0.0.0.0/0 → \(igw)
        │   │     192.168.0.0/16 → \(vgw)
        │   └── V1 10.0.1.10 퍼블릭 \(v1Public) [\(sg)]
        ├── 서브넷 private-a \(subnet("private-a")) 10.0.11.0/24 ap-northeast-2a
        │   ├── 라우팅 테이블 private-a \(table("private-a"))
        │   │     10.0.0.0/16 → local
        │   │     192.168.0.0/16 → \(vgw)
        │   └── V2 10.0.11.20 [\(sg)]
        ├── 서브넷 private-c \(subnet("private-c")) 10.0.12.0/24 ap-northeast-2c
        │   ├── 라우팅 테이블 private-c \(table("private-c"))
        │   │     10.0.0.0/16 → local
        │   │     192.168.0.0/16 → \(vgw)
        │   └── V3 10.0.12.20 [\(sg)]  ← 현재 위치
        └── 가상 프라이빗 게이트웨이 \(vgw)
              ══ Site-to-Site VPN ══ 온프레미스 192.168.0.0/16, DNS 서버 192.168.0.2
                 idc 192.168.10.20
        cloudshell \(shell) — VPC 밖, 인터넷

        """)
  }

  @Test func topologyNamesEndpointsInKorean() throws {
    var state = try korean("V2")
    let endpoint = try Golden.createGatewayEndpoint(&state)
    let table = try #require(state.world.routeTables.first { $0.name == "private-a" }).id
    let drawing = Golden.run("topology", &state).stdout
    #expect(
      drawing.contains(
        "├── 엔드포인트\n│     \(endpoint.id) Gateway com.amazonaws.ap-northeast-2.s3 (available), 라우팅 테이블 private-a \(table)\n"
      ), "\(drawing)")
  }

  /// labrun's refusals speak Korean; bash's own errors and the tools' stay English.
  @Test(arguments: [
    ("sleep 1 &", "", "-bash: 백그라운드 작업(&): 이 실습 셸에서는 쓸 수 없습니다\n"),
    (
      "man ls", "",
      "labrun: 이 시뮬레이션에는 매뉴얼 페이지가 없습니다. 실습 호스트에서 `ls` 명령이 하는 일은 `help`에 있습니다.\n"
    ),
    (
      "sudo -i", "",
      "sudo -i: 이 실습 셸에서는 쓸 수 없습니다. 명령 하나를 root로 실행하려면 `sudo COMMAND`를 쓰세요.\n"
    ),
    (
      "frobnicate", "",
      "-bash: frobnicate: command not found\nlabrun: `frobnicate` 명령은 이 시뮬레이션에 없습니다. 실습 호스트에서 쓸 수 있는 명령은 `help`로 확인하세요.\n"
    ),
    ("echo 'open", "", "-bash: unexpected EOF while looking for matching `''\n"),
    ("cat /nope", "", "cat: /nope: No such file or directory\n"),
  ])
  func refusalsInKorean(line: String, stdout: String, stderr: String) throws {
    var state = try korean("V3")
    let run = Golden.run(line, &state)
    #expect(run.stdout == stdout)
    #expect(run.stderr == stderr)
  }

  /// Every construct the lab shell refuses is named in Korean in a Korean session, in the
  /// Korean bash manual's terms, with the syntax as typed.
  @Test(arguments: [
    ("echo $'a'", "ANSI-C 인용($'…')"), ("((x = 1))", "산술 명령((( … )))"), ("echo $((1 + 1))", "산술 확장($(( … )))"),
    ("for ((i = 0; i < 2; i++)); do echo; done", "산술 for 반복문(for (( … )))"), ("sleep 1 &", "백그라운드 작업(&)"),
    ("echo {a,b}", "중괄호 확장({a,b}, {1..3})"), ("f() { echo; }", "함수 정의"), ("function f { echo; }", "함수 정의"),
    ("echo ${X:=y}", "값을 대입하거나 오류를 내는 매개변수 확장 연산자(${NAME:=…}, ${NAME:?…})"), ("cat <(echo)", "프로세스 치환(<(…), >(…))"),
    ("cat <> f", "읽기·쓰기 리디렉션(<>)"), ("case x in x) echo;; esac", "복합 명령 case"),
    ("select x in a; do echo; done", "복합 명령 select"), ("coproc echo", "코프로세스(coproc)"),
    ("[[ -n x ]]", "조건 명령([[ … ]])"), ("time echo", "time 예약어"),
  ])
  func refusedConstructsAreNamedInKorean(line: String, name: String) throws {
    var state = try korean("V3")
    let run = Golden.run(line, &state)
    #expect(run.stderr == "-bash: \(name): 이 실습 셸에서는 쓸 수 없습니다\n")
    var english = try Golden.state("V3")
    let refused = Golden.run(line, &english).stderr
    #expect(refused.hasSuffix(": not available in this lab shell\n"), "\(refused)")
  }

  /// The network tools' options labrun does not simulate are refused in Korean, with the usage it
  /// does simulate kept as typed; the tools' own option errors stay English.
  @Test(arguments: [
    (
      "nc -u 10.0.1.10 80",
      "labrun: nc의 -u 옵션은 이 시뮬레이션에 없습니다. TCP 연결만 시뮬레이션합니다: nc [-z] [-v] [-n] [-w SECONDS] HOST PORT\n"
    ),
    (
      "traceroute --mtu 10.0.1.10",
      "labrun: traceroute의 --mtu 옵션은 이 시뮬레이션에 없습니다. 지원하는 형식: traceroute [-n] [-m max_ttl] [-q nqueries] [-w MAX] [-f first_ttl] [-p port] HOST\n"
    ),
    ("traceroute -6 10.0.1.10", "labrun: traceroute의 -6 옵션은 이 시뮬레이션에 없습니다. IPv4에서 UDP 프로브로 추적합니다.\n"),
    ("ping -c 1500 10.0.1.10", "labrun: 이 시뮬레이션의 ping은 프로브를 최대 1000개까지 보냅니다. 요청한 -c 1500보다 적게 보냈습니다.\n"),
    ("nc -Q 10.0.1.10 80", "nc: invalid option -- 'Q'\n" + NcOptions.tryHelp),
    ("traceroute -Z 10.0.1.10", "Bad option `-Z' (argc 1)\n"),
  ])
  func networkToolRefusalsInKorean(line: String, stderr: String) throws {
    var english = try Golden.state("V3")
    var state = try korean("V3")
    let run = Golden.run(line, &state)
    let inEnglish = Golden.run(line, &english)
    #expect(run.stderr.hasSuffix(stderr), "\(run.stderr)")
    #expect(run.stdout == inEnglish.stdout && run.status == inEnglish.status)
    #expect((run.stderr == inEnglish.stderr) == !stderr.hasPrefix("labrun: "))
  }

  /// `help` in Korean lists the same commands, line for line: only the descriptions are Korean.
  @Test func helpInKoreanListsTheSameCommands() throws {
    var state = try korean("V1")
    let korean = Golden.run("help", &state).stdout
    let english = HelpCommandText.shell
    #expect(korean == HelpCommandText.shell(.korean) && korean != english)
    let koreanLines = korean.split(separator: "\n", omittingEmptySubsequences: false)
    let englishLines = english.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(koreanLines.count == englishLines.count)
    for (k, e) in zip(koreanLines, englishLines) where e.hasPrefix("  ") && !e.hasPrefix("  background") {
      // The command column where there is one (a run of spaces before the description), else the
      // first word, at the same indentation; a note in parentheses is said in each language.
      let indent = String(e.prefix { $0 == " " })
      let text = e.dropFirst(indent.count)
      // A description going on under its column is said in each language too.
      if text.hasPrefix("(") || indent.count > 4 { continue }
      let column = text.components(separatedBy: "   ")
      let command = column.count > 1 && !column[0].contains(" (") ? column[0] : String(text.split(separator: " ")[0])
      #expect(k.hasPrefix(indent + command), "\(k)")
    }
  }
}
