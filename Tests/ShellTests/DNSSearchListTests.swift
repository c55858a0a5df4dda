import Testing

@testable import Shell

/// How resolv.conf's search list turns a typed name into the names asked, in order (bind 9.18's
/// order, as the `search-*` captures of the fidelity suite show it).
@Suite struct DNSSearchListTests {
  struct Case: Sendable, CustomStringConvertible {
    let file: String
    let typed: String
    let asked: [String]
    var description: String { typed }
  }

  static let instance = "search ap-northeast-2.compute.internal\noptions timeout:2 attempts:5\nnameserver 10.0.0.2\n"

  static let cases: [Case] = [
    Case(
      file: instance, typed: "ip-10-0-11-20",
      asked: ["ip-10-0-11-20.ap-northeast-2.compute.internal", "ip-10-0-11-20"]),
    Case(
      file: instance, typed: "google.com", asked: ["google.com", "google.com.ap-northeast-2.compute.internal"]),
    Case(file: instance, typed: "ip-10-0-11-20.", asked: ["ip-10-0-11-20."]),
    Case(file: "nameserver 10.0.0.2\n", typed: "ip-10-0-11-20", asked: ["ip-10-0-11-20"]),
    // glibc: the last search or domain line wins; ndots moves the point where the name is tried first.
    Case(
      file: "search a.example\ndomain b.example\noptions ndots:2\n", typed: "x.y", asked: ["x.y.b.example", "x.y"]),
    Case(file: "search a.example b.example\n", typed: "x", asked: ["x.a.example", "x.b.example", "x"]),
  ]

  @Test(arguments: cases)
  func theNamesAskedFollowTheFile(_ test: Case) {
    #expect(SearchList.parse(test.file).candidates(test.typed) == test.asked)
  }
}
