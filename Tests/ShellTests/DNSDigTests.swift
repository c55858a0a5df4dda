import Cloud
import Testing

@testable import Shell

/// `dig`, compared whole-output with bind 9.18's layout (captured on loopback: Fixtures/DNSCaptures.swift,
/// DNSFormatNotes.md).
@Suite struct DNSDigTests {
  /// The course world's clock when the lab starts.
  static let when = ";; WHEN: Tue Apr 13 04:40:00 UTC 2021\n"

  @Test func publicAnswerFromV1() throws {
    var lab = try DNSLab(host: "V1")
    let id = lab.nextDigID()
    let result = lab.run("dig s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(DNSFixtures.s3Pool.contains { $0.contains(address) })
    #expect(result.stdout == DNSCaptures.withS3(DNSCaptures.dig("dig-s3", id: id, when: Self.when), address))
    #expect(result.status == DNSCaptures.status("dig-s3"))
    #expect(DNSFixtures.lookups(result).map(\.type) == ["A"])
  }

  @Test func privateAnswersWithShortAndWithNoallAnswer() throws {
    var lab = try DNSLab(host: "V3")
    try lab.addInterfaceEndpoint(.ec2)
    let short = lab.run("dig +short ec2.ap-northeast-2.amazonaws.com")
    let addresses = DNSFixtures.addresses(short)
    #expect(DNSFixtures.onePerZone(addresses))
    #expect(short.stdout == DNSCaptures.withEC2(DNSCaptures.stdout("dig-short-ec2"), addresses))

    let answers = lab.run("dig ec2.ap-northeast-2.amazonaws.com +noall +answer")
    #expect(
      answers.stdout == DNSCaptures.withEC2(DNSCaptures.stdout("dig-noall-answer-ec2"), DNSFixtures.addresses(answers)))
  }

  @Test func nxdomainCarriesAmazonsSOA() throws {
    var lab = try DNSLab(host: "V1")
    let id = lab.nextDigID()
    let result = lab.run("dig nosuch.ap-northeast-2.amazonaws.com")
    // dnsmasq wrote the SOA's names in full (158 bytes); a resolver that compresses them as RFC 1035
    // section 4.1.4 allows sends 132 (DNSFormatTests.compressionPointsIntoEarlierNames counts them).
    let real = DNSCaptures.dig("dig-nxdomain", id: id, when: Self.when)
      .replacingOccurrences(of: ";; MSG SIZE  rcvd: 158\n", with: ";; MSG SIZE  rcvd: 132\n")
    #expect(result.stdout == real)
    #expect(result.status == DNSCaptures.status("dig-nxdomain"))
    let short = lab.run("dig +short nosuch.ap-northeast-2.amazonaws.com")
    #expect(
      short
        == CommandResult(
          stdout: DNSCaptures.stdout("dig-short-nxdomain"), status: DNSCaptures.status("dig-short-nxdomain"),
          events: short.events))
  }

  /// The capture ran with a resolv.conf of `nameserver` alone, dig's own 3 tries of 5 s: CloudShell's
  /// file. An instance's sets `timeout:2 attempts:5` (ResolverTimeoutsTests).
  @Test func noServerTimesOutAndExitsNine() throws {
    var lab = try DNSLab(host: "cloudshell")
    let before = lab.state.world.now
    let result = lab.run("dig @10.0.99.99 x")
    #expect(result.stdout == DNSCaptures.stdout("dig-no-reply"))
    #expect(result.status == DNSCaptures.status("dig-no-reply"))
    #expect(lab.state.world.now - before == 15_000)

    let short = lab.run("dig +short @10.0.99.99 x")
    #expect(short.stdout == DNSCaptures.stdout("dig-short-no-reply"))
    #expect(short.status == DNSCaptures.status("dig-short-no-reply"))

    let oneTry = lab.run("dig +tries=1 +short @10.0.99.99 x")
    #expect(oneTry.stdout == DNSCaptures.stdout("dig-tries1-short-no-reply"))
  }

  @Test func explicitServerAndPort() throws {
    var lab = try DNSLab(host: "V1")
    let id = lab.nextDigID()
    let result = lab.run("dig -p 53 @10.0.0.2 s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    let real = Golden.lines(DNSCaptures.withS3(DNSCaptures.dig("dig-port-server", id: id), address))
    let header = try #require(real.firstIndex { $0.hasPrefix(";; ->>HEADER<<-") })
    #expect(result.stdout.hasPrefix(real[...header].joined(separator: "\n") + "\n"))
    let answer = try #require(real.first { $0.hasPrefix("s3.ap-northeast-2.amazonaws.com.") })
    #expect(result.stdout.contains(answer + "\n"))
    let server = try #require(real.first { $0.hasPrefix(";; SERVER: ") })
    #expect(result.stdout.contains(server + "\n"))

    // The resolver listens on 53 only: another port gets no reply.
    let otherPort = lab.run("dig +short -p 5353 @10.0.0.2 s3.ap-northeast-2.amazonaws.com")
    let timedOut = try #require(Golden.lines(DNSCaptures.stdout("dig-short-other-port")).first)
    #expect(otherPort.stdout.hasPrefix(timedOut + "\n"))
  }

  @Test(arguments: [
    ("+bogus", "dig-bogus"), ("-z", "dig-z"), ("-t", "dig-t"), ("s3.ap-northeast-2.amazonaws.com -p", "dig-p"),
  ])
  func usageErrors(arguments: String, capture: String) throws {
    var lab = try DNSLab()
    let result = lab.run("dig " + arguments)
    #expect(result.stderr == DNSCaptures.stderr(capture))
    #expect(result.stdout == DNSCaptures.stdout(capture))
    #expect(result.status == DNSCaptures.status(capture))
  }

  @Test func printSwitchesShapeTheOutput() throws {
    var lab = try DNSLab(host: "V1")
    let noComments = lab.run("dig +nocomments +nocmd +nostats s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(noComments).first)
    #expect(noComments.stdout == DNSCaptures.withS3(DNSCaptures.stdout("dig-nocomments"), address))

    let stats = lab.run("dig s3.ap-northeast-2.amazonaws.com +noall +answer +stats")
    let statsAddress = try #require(DNSFixtures.addresses(stats).first)
    #expect(
      stats.stdout
        == DNSCaptures.withS3(DNSCaptures.dig("dig-noall-answer-stats", id: "", when: Self.when), statsAddress))

    let extraType = lab.run("dig -t A -t MX +noall +question s3.ap-northeast-2.amazonaws.com")
    #expect(extraType.stdout == DNSCaptures.stdout("dig-extra-type"))
    #expect(extraType.stderr == DNSCaptures.stderr("dig-extra-type"))
  }

  @Test func noDataForAAAAHasAnSOAAndNoAnswerSection() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run("dig s3.ap-northeast-2.amazonaws.com AAAA +nocmd +nostats")
    let id = result.stdout.split(separator: "\n")[1].split(separator: " ").last!
    #expect(result.stdout == DNSCaptures.dig("dig-aaaa-nodata", id: id))
  }

  @Test func rootNameServersWhenNoNameIsGiven() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(["dig"])
    #expect(result.stdout.contains(";.\t\t\t\tIN\tNS\n"))
    #expect(result.stdout.contains(".\t\t\t518400\tIN\tNS\ta.root-servers.net.\n"))
    #expect(result.stdout.contains(";; MSG SIZE  rcvd: 239\n"))
  }
}
