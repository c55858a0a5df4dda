import Cloud
import Testing

@testable import Shell

/// The layout and size rules, checked against lines and sizes dig 9.18 printed on loopback
/// (the `format-*` captures of Resources/captures/bind9-dnsutils).
@Suite struct DNSFormatTests {
  /// The first line dig printed.
  static func firstLine(_ capture: String) -> String {
    String(DNSCaptures.stdout(capture).split(separator: "\n", omittingEmptySubsequences: false)[0])
  }

  @Test(arguments: [
    ("example.test.", UInt32(0), "10.0.12.133", "format-record-ttl0"),
    ("s3.ap-northeast-2.amazonaws.com.", 60, "52.219.60.145", "format-record-s3"),
    ("abcdefghijklmnopqrstuvwxyz0123.test.", 59, "10.1.1.1", "format-record-owner36"),
    ("abcdefghijklmnopqrstuvwxyz01234567.test.", 59, "10.1.1.2", "format-record-owner40"),
    ("abcdefghijklmnopqrstuvwxyz012345678901.test.", 59, "10.1.1.3", "format-record-owner43"),
    (
      "bucket.vpce-0916e80803286e2d6-s14qjhy6.s3.ap-northeast-2.vpce.amazonaws.com.", 59, "10.0.11.80",
      "format-record-vpce"
    ),
  ])
  func recordColumns(owner: String, ttl: UInt32, address: String, capture: String) {
    #expect(BindColumns.record(owner: owner, ttl: ttl, type: "A", data: address) == Self.firstLine(capture))
  }

  @Test(arguments: [
    ("a.soa.test.", "A", "format-question-soa-test"),
    ("x.example.test.", "AAAA", "format-question-aaaa"),
    ("s3.ap-northeast-2.amazonaws.com.", "A", "format-question-s3"),
    ("1.0.0.10.in-addr.arpa.", "PTR", "format-question-ptr"),
    ("bucket.vpce-0916e80803286e2d6-s14qjhy6.s3.ap-northeast-2.vpce.amazonaws.com.", "A", "format-question-vpce"),
  ])
  func questionColumns(name: String, type: String, capture: String) {
    #expect(BindColumns.question(name: name, type: type) == Self.firstLine(capture))
  }

  @Test func soaColumnsMatchDig() {
    #expect(
      BindColumns.record(
        owner: "soa.test.", ttl: 600, type: "SOA", data: "ns.test. root.amazon.com. 2010 180 60 2592000 600")
        == Self.firstLine("format-soa"))
  }

  /// `MSG SIZE  rcvd:` values dig printed for answers without an authority section.
  @Test(arguments: [
    ("s3.ap-northeast-2.amazonaws.com.", 1, "format-size-s3-1"),
    ("s3.ap-northeast-2.amazonaws.com.", 3, "format-size-s3-3"),
    ("ec2.ap-northeast-2.amazonaws.com.", 2, "format-size-ec2-2"),
    ("bucket.vpce-0916e80803286e2d6-s14qjhy6.s3.ap-northeast-2.vpce.amazonaws.com.", 2, "format-size-vpce-2"),
    ("nosuch.ap-northeast-2.amazonaws.com.", 0, "format-size-nxdomain"),
    ("example.test.", 1, "format-size-test-1"),
    ("x.example.test.", 0, "format-size-test-0"),
  ])
  func messageSizes(name: String, answers: Int, capture: String) throws {
    let line = try #require(
      DNSCaptures.stdout(capture).split(separator: "\n").first { $0.hasPrefix(";; MSG SIZE  rcvd: ") })
    let expected = try #require(Int(line.dropFirst(";; MSG SIZE  rcvd: ".count)))
    let records = (0..<answers).map { _ in DNSRecord(owner: name, ttl: 60, data: .a(IPv4Address(0x0A00_0001))) }
    #expect(DNSWireSize.message(question: name, records: records, withOPT: true) == expected)
  }

  @Test func compressionPointsIntoEarlierNames() {
    // amazonaws.com. is a suffix of the question; com. and amazon.com. repeat inside the SOA.
    let soa = DNSRecord(
      owner: "amazonaws.com.", ttl: 60,
      data: .soa(
        SOAData(
          primary: "dns-external-master.amazon.com.", mailbox: "root.amazon.com.",
          serial: 1, refresh: 180, retry: 60, expire: 3_024_000, minimum: 60)))
    #expect(
      DNSWireSize.message(question: "nosuch.ap-northeast-2.amazonaws.com.", records: [soa], withOPT: true)
        == 12 + 41 + (2 + 10 + (20 + 7 + 2) + (5 + 2) + 20) + 11)
  }

  @Test(arguments: [
    (SimClock(year: 2021, month: 4, day: 13, hour: 4, minute: 43, second: 47), "Tue Apr 13 04:43:47 UTC 2021"),
    (SimClock(year: 2026, month: 11, day: 29, hour: 11, minute: 25, second: 37), "Sun Nov 29 11:25:37 UTC 2026"),
    (SimClock(year: 2021, month: 4, day: 5, hour: 0, minute: 0, second: 9), "Mon Apr 05 00:00:09 UTC 2021"),
  ])
  func whenLine(clock: SimClock, expected: String) {
    #expect(Dig.whenText(clock) == expected)
  }
}
