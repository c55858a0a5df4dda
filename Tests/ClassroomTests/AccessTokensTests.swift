import Testing

@testable import Classroom

@Suite struct AccessTokensTests {
  /// A deterministic stand-in for the CSPRNG: distinct 32-byte values.
  final class Counter: @unchecked Sendable {
    var next: UInt8 = 0
    func bytes() -> [UInt8] {
      next += 1
      return (0..<32).map { UInt8(truncatingIfNeeded: Int($0) &* 7 &+ Int(next)) }
    }
  }

  static let roster = Roster(learners: [
    .init(email: "a@example.com", name: "A", key: "a@example.com"),
    .init(email: "b@example.com", name: "B", key: "b@example.com"),
  ])

  @Test func eachHolderGetsA256BitTokenThatAdmitsOnlyThem() throws {
    let counter = Counter()
    let tokens = AccessTokens().updated(for: Self.roster, random: counter.bytes)
    let a = try #require(tokens.token(for: .learner(key: "a@example.com")))
    let instructor = try #require(tokens.token(for: .instructor))
    #expect(a.count == 43)
    #expect(Base64URL.decode(a)?.count == 32)
    #expect(tokens.lookup(a) == .admitted(.learner(key: "a@example.com")))
    #expect(tokens.lookup(instructor) == .admitted(.instructor))
    #expect(a != instructor)
  }

  @Test(arguments: [
    "", "x", String(repeating: "A", count: 43), "../../etc/passwd", "%2e%2e", String(repeating: "A", count: 44),
  ])
  func anythingElseIsUnknown(_ presented: String) {
    let tokens = AccessTokens().updated(for: Self.roster, random: Counter().bytes)
    #expect(tokens.lookup(presented) == .unknown)
  }

  @Test func aRestartKeepsTheLinksAndARemovedLearnerIsRevoked() throws {
    let counter = Counter()
    let first = AccessTokens().updated(for: Self.roster, random: counter.bytes)
    let reread = try AccessTokens.parse(first.fileText).get()
    #expect(reread == first)
    let smaller = Roster(learners: [Self.roster.learners[0]])
    let second = reread.updated(for: smaller, random: counter.bytes)
    #expect(second.token(for: .learner(key: "a@example.com")) == first.token(for: .learner(key: "a@example.com")))
    #expect(second.token(for: .instructor) == first.token(for: .instructor))
    let removed = try #require(first.token(for: .learner(key: "b@example.com")))
    #expect(second.lookup(removed) == .revoked)
    // Back on the roster: a new link, the old one stays withdrawn.
    let third = second.updated(for: Self.roster, random: counter.bytes)
    let renewed = try #require(third.token(for: .learner(key: "b@example.com")))
    #expect(renewed != removed)
    #expect(third.lookup(removed) == .revoked)
    #expect(third.lookup(renewed) == .admitted(.learner(key: "b@example.com")))
  }

  @Test(arguments: ["instructor", "a@example.com,short", "a@example.com,\(String(repeating: "A", count: 43)),gone"])
  func aDamagedTokensFileIsRefusedAtItsLine(_ line: String) {
    switch AccessTokens.parse("# comment\n" + line + "\n") {
    case .success: Issue.record("parsed")
    case .failure(let problem): #expect(problem.line == 2)
    }
  }

  /// RFC 4648 §10's test vectors, unpadded.
  @Test(arguments: [
    ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"),
    ("foobar", "Zm9vYmFy"),
  ])
  func base64URLMatchesTheRFC(_ plain: String, _ encoded: String) {
    #expect(Base64URL.encode(Array(plain.utf8)) == encoded)
    #expect(Base64URL.decode(encoded) == Array(plain.utf8))
  }

  @Test func base64URLUsesTheURLAlphabetAndOneSpelling() {
    #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
    #expect(Base64URL.decode("Zh") == nil)
    #expect(Base64URL.decode("Zm9v+") == nil)
  }
}
