import Cloud
import Testing

@testable import Shell

/// Invariant 1: same seed + same lines ⇒ identical results and worlds.
@Suite struct SafetyDeterminismTests {
  static let script = [
    "hostname",
    "cat /etc/resolv.conf",
    "nslookup s3.ap-northeast-2.amazonaws.com",
    "curl -s http://169.254.169.254/latest/meta-data/instance-id",
    "curl -i https://s3.ap-northeast-2.amazonaws.com/",
    "curl -v https://s3.ap-northeast-2.amazonaws.com/jschoi.acl",
    "ping -c 3 10.0.12.20",
    "ping -c 2 s3.ap-northeast-2.amazonaws.com",
    "aws s3 ls s3://jschoi.acl",
    "ip addr",
    "ssh V3",
    "dig +short s3.ap-northeast-2.amazonaws.com",
    "curl --connect-timeout 5 https://s3.ap-northeast-2.amazonaws.com/",
    "why",
    "aws s3 ls s3://jschoi.acl --debug | tail -3",
    "why",
    "ip route",
    "export X=1; echo $X && false || echo fallback",
    "exit",
    "ssh cloudshell",
    "aws ec2 describe-route-tables --query 'RouteTables[].RouteTableId' --output text",
    "curl -I https://s3.ap-northeast-2.amazonaws.com/no-such-bucket-9",
    "host ec2.ap-northeast-2.amazonaws.com",
    "exit",
    "ssh idc",
    "nslookup s3.ap-northeast-2.amazonaws.com",
    "curl -m 2 https://s3.ap-northeast-2.amazonaws.com/",
    "topology",
    "history | tail -2",
    "hosts",
  ]

  @Test func thirtyLinesTwiceGiveTheSameResultsAndWorld() throws {
    #expect(Self.script.count == 30)
    var first = try Golden.state("V1", seed: 2021)
    var second = try Golden.state("V1", seed: 2021)
    var firstResults: [LineResult] = []
    for line in Self.script { firstResults.append(LabShell.run(line, state: &first)) }
    var secondResults: [LineResult] = []
    for line in Self.script { secondResults.append(LabShell.run(line, state: &second)) }
    for (index, line) in Self.script.enumerated() {
      #expect(firstResults[index] == secondResults[index], "\(line)")
    }
    #expect(first.world == second.world)
    #expect(first == second)
    // The script did things: time passed, the clock moved by the timeouts, the lines had output.
    let start = try Golden.state("V1", seed: 2021).world.now
    #expect(first.world.now - start > 300_000)
    #expect(firstResults.filter { !$0.output.isEmpty }.count >= 28)
    #expect(first.history.count == 30)
  }

  @Test func anotherSeedDrawsOtherIDsButTheSameShapes() throws {
    var a = try Golden.state("V1", seed: 1)
    var b = try Golden.state("V1", seed: 2)
    let idA = LabShell.run("curl -s http://169.254.169.254/latest/meta-data/instance-id", state: &a).stdout
    let idB = LabShell.run("curl -s http://169.254.169.254/latest/meta-data/instance-id", state: &b).stdout
    #expect(idA != idB)
    #expect(idA.count == idB.count)
  }
}
