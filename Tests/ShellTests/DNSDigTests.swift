import Cloud
import Testing
@testable import Shell

/// `dig`, compared whole-output with bind 9.18's layout (captured on loopback, DNSFormatNotes.md).
@Suite struct DNSDigTests {
  static let when = ";; WHEN: Tue Apr 13 04:40:00 UTC 2021\n"

  @Test func publicAnswerFromV1() throws {
    var lab = try DNSLab(host: "V1")
    let id = lab.nextDigID()
    let result = lab.run("dig s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(DNSFixtures.s3Pool.contains { $0.contains(address) })
    #expect(result.stdout == """

      ; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> s3.ap-northeast-2.amazonaws.com
      ;; global options: +cmd
      ;; Got answer:
      ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \(id)
      ;; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1

      ;; OPT PSEUDOSECTION:
      ; EDNS: version: 0, flags:; udp: 1232
      ;; QUESTION SECTION:
      ;s3.ap-northeast-2.amazonaws.com. IN\tA

      ;; ANSWER SECTION:
      s3.ap-northeast-2.amazonaws.com. 5 IN\tA\t\(address)

      ;; Query time: 1 msec
      ;; SERVER: 10.0.0.2#53(10.0.0.2) (UDP)

      """ + Self.when + ";; MSG SIZE  rcvd: 76\n\n")
    #expect(result.status == 0)
    #expect(DNSFixtures.lookups(result).map(\.type) == ["A"])
  }

  @Test func privateAnswersWithShortAndWithNoallAnswer() throws {
    var lab = try DNSLab(host: "V3")
    try lab.addInterfaceEndpoint(.ec2)
    let short = lab.run("dig +short ec2.ap-northeast-2.amazonaws.com")
    let addresses = DNSFixtures.addresses(short)
    #expect(DNSFixtures.onePerZone(addresses))
    #expect(short.stdout == addresses.map { "\($0)\n" }.joined())

    let answers = lab.run("dig ec2.ap-northeast-2.amazonaws.com +noall +answer")
    #expect(answers.stdout == DNSFixtures.addresses(answers)
      .map { "ec2.ap-northeast-2.amazonaws.com. 60 IN\tA\t\($0)\n" }.joined())
  }

  @Test func nxdomainCarriesAmazonsSOA() throws {
    var lab = try DNSLab(host: "V1")
    let id = lab.nextDigID()
    let result = lab.run("dig nosuch.ap-northeast-2.amazonaws.com")
    #expect(result.stdout == """

      ; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> nosuch.ap-northeast-2.amazonaws.com
      ;; global options: +cmd
      ;; Got answer:
      ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: \(id)
      ;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1

      ;; OPT PSEUDOSECTION:
      ; EDNS: version: 0, flags:; udp: 1232
      ;; QUESTION SECTION:
      ;nosuch.ap-northeast-2.amazonaws.com. IN\tA

      ;; AUTHORITY SECTION:
      amazonaws.com.\t\t60\tIN\tSOA\tdns-external-master.amazon.com. root.amazon.com. 2010125067 180 60 3024000 60

      ;; Query time: 1 msec
      ;; SERVER: 10.0.0.2#53(10.0.0.2) (UDP)

      """ + Self.when + ";; MSG SIZE  rcvd: 132\n\n")
    #expect(result.status == 0)
    let short = lab.run("dig +short nosuch.ap-northeast-2.amazonaws.com")
    #expect(short == CommandResult(stdout: "", status: 0, events: short.events))
  }

  @Test func noServerTimesOutAndExitsNine() throws {
    var lab = try DNSLab(host: "V1")
    let before = lab.state.world.now
    let result = lab.run("dig @10.0.99.99 x")
    #expect(result.stdout == String(repeating: ";; communications error to 10.0.99.99#53: timed out\n", count: 3) + """

      ; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> @10.0.99.99 x
      ; (1 server found)
      ;; global options: +cmd
      ;; no servers could be reached

      """)
    #expect(result.status == 9)
    #expect(lab.state.world.now - before == 15_000)

    let short = lab.run("dig +short @10.0.99.99 x")
    #expect(short.stdout == String(repeating: ";; communications error to 10.0.99.99#53: timed out\n", count: 3)
      + ";; no servers could be reached\n")
    #expect(short.status == 9)

    let oneTry = lab.run("dig +tries=1 +short @10.0.99.99 x")
    #expect(oneTry.stdout == ";; communications error to 10.0.99.99#53: timed out\n;; no servers could be reached\n")
  }

  @Test func explicitServerAndPort() throws {
    var lab = try DNSLab(host: "V1")
    let id = lab.nextDigID()
    let result = lab.run("dig -p 53 @10.0.0.2 s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(result.stdout.hasPrefix("""

      ; <<>> DiG 9.18.49-1~deb12u3-Debian <<>> -p 53 @10.0.0.2 s3.ap-northeast-2.amazonaws.com
      ; (1 server found)
      ;; global options: +cmd
      ;; Got answer:
      ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \(id)

      """))
    #expect(result.stdout.contains("s3.ap-northeast-2.amazonaws.com. 5 IN\tA\t\(address)\n"))
    #expect(result.stdout.contains(";; SERVER: 10.0.0.2#53(10.0.0.2) (UDP)\n"))

    // The resolver listens on 53 only: another port gets no reply.
    let otherPort = lab.run("dig +short -p 5353 @10.0.0.2 s3.ap-northeast-2.amazonaws.com")
    #expect(otherPort.stdout.hasPrefix(";; communications error to 10.0.0.2#5353: timed out\n"))
  }

  @Test(arguments: ["+bogus", "-z", "-t", "s3.ap-northeast-2.amazonaws.com -p"])
  func usageErrors(arguments: String) throws {
    var lab = try DNSLab()
    let result = lab.run("dig " + arguments)
    let option = arguments.split(separator: " ").last!
    #expect(result.stderr == """
      Invalid option: \(option)
      Usage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}
                  {global-d-opt} host [@local-server] {local-d-opt}
                  [ host [@local-server] {local-d-opt} [...]]

      Use "dig -h" (or "dig -h | more") for complete list of options

      """)
    #expect(result.stdout == "")
    #expect(result.status == 1)
  }

  @Test func printSwitchesShapeTheOutput() throws {
    var lab = try DNSLab(host: "V1")
    let noComments = lab.run("dig +nocomments +nocmd +nostats s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(noComments).first)
    #expect(noComments.stdout == ";s3.ap-northeast-2.amazonaws.com. IN\tA\ns3.ap-northeast-2.amazonaws.com. 5 IN\tA\t\(address)\n")

    let stats = lab.run("dig s3.ap-northeast-2.amazonaws.com +noall +answer +stats")
    let statsAddress = try #require(DNSFixtures.addresses(stats).first)
    #expect(stats.stdout == "s3.ap-northeast-2.amazonaws.com. 5 IN\tA\t\(statsAddress)\n;; Query time: 1 msec\n"
      + ";; SERVER: 10.0.0.2#53(10.0.0.2) (UDP)\n" + Self.when + ";; MSG SIZE  rcvd: 76\n\n")

    let extraType = lab.run("dig -t A -t MX +noall +question s3.ap-northeast-2.amazonaws.com")
    #expect(extraType.stdout == ";s3.ap-northeast-2.amazonaws.com. IN\tMX\n")
    #expect(extraType.stderr == ";; Warning, extra type option\n")
  }

  @Test func noDataForAAAAHasAnSOAAndNoAnswerSection() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run("dig s3.ap-northeast-2.amazonaws.com AAAA +nocmd +nostats")
    let id = result.stdout.split(separator: "\n")[1].split(separator: " ").last!
    #expect(result.stdout == """
      ;; Got answer:
      ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \(id)
      ;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1

      ;; OPT PSEUDOSECTION:
      ; EDNS: version: 0, flags:; udp: 1232
      ;; QUESTION SECTION:
      ;s3.ap-northeast-2.amazonaws.com. IN\tAAAA

      ;; AUTHORITY SECTION:
      amazonaws.com.\t\t60\tIN\tSOA\tdns-external-master.amazon.com. root.amazon.com. 2010125067 180 60 3024000 60


      """)
  }

  @Test func rootNameServersWhenNoNameIsGiven() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(["dig"])
    #expect(result.stdout.contains(";.\t\t\t\tIN\tNS\n"))
    #expect(result.stdout.contains(".\t\t\t518400\tIN\tNS\ta.root-servers.net.\n"))
    #expect(result.stdout.contains(";; MSG SIZE  rcvd: 239\n"))
  }
}
