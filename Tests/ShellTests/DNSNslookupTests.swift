import Cloud
import Testing

@testable import Shell

/// `nslookup`, compared whole-output with bind 9.18's (captured on loopback: Fixtures/DNSCaptures.swift,
/// DNSFormatNotes.md).
@Suite struct DNSNslookupTests {

  @Test func publicAnswerFromV1() throws {
    var lab = try DNSLab(host: "V1")
    let before = lab.state.world.now
    let result = lab.run("nslookup s3.ap-northeast-2.amazonaws.com")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(DNSFixtures.s3Pool.contains { $0.contains(address) })
    #expect(result.stdout == DNSCaptures.withS3(DNSCaptures.stdout("nslookup-s3"), address))
    #expect(result.stderr == DNSCaptures.stderr("nslookup-s3"))
    #expect(result.status == DNSCaptures.status("nslookup-s3"))
    // A, then AAAA (which S3's plain name lacks, so nothing more is printed).
    #expect(DNSFixtures.lookups(result).map(\.type) == ["A", "AAAA"])
    #expect(lab.state.world.now - before == 2)
  }

  @Test func privateAnswersFromAnInterfaceEndpointWithPrivateDNS() throws {
    var lab = try DNSLab(host: "V3")
    try lab.addInterfaceEndpoint(.ec2)
    let result = lab.run("nslookup ec2.ap-northeast-2.amazonaws.com")
    let addresses = DNSFixtures.addresses(result)
    #expect(DNSFixtures.onePerZone(addresses))
    #expect(result.stdout == DNSCaptures.withEC2(DNSCaptures.stdout("nslookup-ec2"), addresses))
    #expect(result.status == DNSCaptures.status("nslookup-ec2"))
  }

  @Test(arguments: [
    ("nslookup nosuch.ap-northeast-2.amazonaws.com", "nslookup-nxdomain"),
    ("nslookup example.invalid 10.0.0.2", "nslookup-nxdomain-server"),
    ("nslookup -type=AAAA s3.ap-northeast-2.amazonaws.com", "nslookup-type-aaaa"),
    ("nslookup -q=aaaa s3.ap-northeast-2.amazonaws.com", "nslookup-q-aaaa"),
  ])
  func negativeAnswers(line: String, capture: String) throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(line)
    #expect(result.stdout == DNSCaptures.stdout(capture))
    #expect(result.status == DNSCaptures.status(capture))
  }

  /// Captured under a resolv.conf of `nameserver` alone (the tool's own 5 s): CloudShell's file. An
  /// instance's `options timeout:2 attempts:5` changes the wait (ResolverOptionsFidelityTests).
  @Test func noServerTimesOutThreeTimesInFifteenSeconds() throws {
    var lab = try DNSLab(host: "cloudshell")
    let before = lab.state.world.now
    let result = lab.run("nslookup s3.ap-northeast-2.amazonaws.com 10.0.99.99")
    #expect(result.stdout == DNSCaptures.stdout("nslookup-no-reply"))
    #expect(result.status == DNSCaptures.status("nslookup-no-reply"))
    #expect(lab.state.world.now - before == 15_000)
    #expect(DNSFixtures.lookups(result).map(\.outcome) == [.noResponse])
  }

  @Test func explicitServerFromTheDataCentre() throws {
    var lab = try DNSLab(host: "idc")
    let result = lab.run("nslookup s3.ap-northeast-2.amazonaws.com 192.168.0.2")
    let address = try #require(DNSFixtures.addresses(result).first)
    #expect(result.stdout == DNSCaptures.withS3(DNSCaptures.stdout("nslookup-onprem-server"), address))
    #expect(DNSFixtures.lookups(result).allSatisfy { $0.resolverRole == .onPremises })
  }

  @Test func aServerNameThatDoesNotResolveIsAnError() throws {
    var lab = try DNSLab(host: "V1")
    let missing = lab.run("nslookup s3.ap-northeast-2.amazonaws.com nosuch.example.invalid")
    #expect(missing.stdout == DNSCaptures.stdout("nslookup-server-not-found"))
    #expect(missing.stderr == DNSCaptures.stderr("nslookup-server-not-found"))
    #expect(missing.status == DNSCaptures.status("nslookup-server-not-found"))
  }

  @Test(arguments: [
    ("nslookup -bogus s3.ap-northeast-2.amazonaws.com", "nslookup-bogus-option"),
    ("nslookup -type=bogus s3.ap-northeast-2.amazonaws.com", "nslookup-bogus-type"),
  ])
  func badOptionsAreReportedAndTheLookupStillRuns(line: String, capture: String) throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run(line)
    // Up to the part of the address every S3 answer shares (the capture's is 52.219.60.145).
    let real = DNSCaptures.stdout(capture)
    let prefix = try #require(real.range(of: "Address: 52.219.")).upperBound
    #expect(result.stdout.hasPrefix(real[..<prefix]))
    #expect(result.status == DNSCaptures.status(capture))
  }

  @Test func usageErrors() throws {
    var lab = try DNSLab()
    let tooMany = lab.run("nslookup a b c")
    #expect(tooMany.stderr == DNSCaptures.stderr("nslookup-too-many"))
    #expect(tooMany.status == DNSCaptures.status("nslookup-too-many"))
    // Standard input at its end, as the capture ran it.
    let interactive = lab.run(["nslookup"])
    #expect(
      interactive
        == CommandResult(
          stdout: DNSCaptures.stdout("nslookup-interactive-eof"), status: DNSCaptures.status("nslookup-interactive-eof")
        ))
  }

  @Test func otherTypesShowWhereAuthoritativeAnswersAre() throws {
    var lab = try DNSLab(host: "V1")
    let result = lab.run("nslookup -type=MX s3.ap-northeast-2.amazonaws.com")
    #expect(result.stdout == DNSCaptures.stdout("nslookup-type-mx"))
  }
}
