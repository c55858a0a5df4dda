import Testing

@testable import Labs

@Suite struct VariantSeedTests {
  static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }

  // FIPS 180-2 appendix B and the NIST "two-block" example.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func sha256MatchesTheStandardsExamples(input: String, digest: String) {
    #expect(Self.hex(SHA256.digest(of: Array(input.utf8))) == digest)
  }

  // RFC 4231 test cases 1, 2 and 6 (a key longer than a block is hashed first).
  @Test(arguments: [
    (
      [UInt8](repeating: 0x0b, count: 20), "Hi There",
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    ),
    (
      Array("Jefe".utf8), "what do ya want for nothing?",
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    ),
    (
      [UInt8](repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First",
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
    ),
  ])
  func hmacMatchesRFC4231(key: [UInt8], message: String, mac: String) {
    #expect(Self.hex(SHA256.hmac(key: key, message: Array(message.utf8))) == mac)
  }

  static let secret = try! CourseSecret("course-secret-for-tests-2026")

  @Test func theSeedIsTheLearnersAtTheLabUnderTheSecret() throws {
    let ada = VariantSeed.seed(labID: "public-subnet", email: "ada@example.org", secret: Self.secret)
    #expect(ada == VariantSeed.seed(labID: "public-subnet", email: "  ADA@Example.org ", secret: Self.secret))
    #expect(ada != VariantSeed.seed(labID: "public-subnet", email: "bob@example.org", secret: Self.secret))
    #expect(ada != VariantSeed.seed(labID: "private-subnet", email: "ada@example.org", secret: Self.secret))
    #expect(ada != VariantSeed.seed(labID: "public-subnet", email: "ada@example.org", secret: nil))
    let other = try CourseSecret("another-course-secret-2026")
    #expect(ada != VariantSeed.seed(labID: "public-subnet", email: "ada@example.org", secret: other))
  }

  @Test(arguments: [
    ("", CourseSecretProblem.empty),
    ("short", .tooShort(length: 5)),
    (" padded-course-secret-2026", .surroundingSpace),
    ("course-secret-with-newline\n", .surroundingSpace),
  ])
  func aMalformedSecretIsRefusedWithItsReason(text: String, problem: CourseSecretProblem) {
    #expect(throws: problem) { try CourseSecret(text) }
    #expect(problem.description.contains(CourseSecret.environmentVariable))
  }

  @Test func theEnvironmentWithoutTheVariableHasNoSecret() throws {
    #expect(try CourseSecret.from(environment: [:]) == nil)
    #expect(
      try CourseSecret.from(environment: ["LABRUN_COURSE_SECRET": "course-secret-for-tests-2026"]) == Self.secret)
  }

  @Test func twoLearnersGetDifferentWorlds() throws {
    let lab = try GradingFixture.lab("interface-endpoint")
    let ada = try Attempt(lab: lab, seed: VariantSeed.seed(labID: lab.id, email: "ada@example.org", secret: nil))
    let bob = try Attempt(lab: lab, seed: VariantSeed.seed(labID: lab.id, email: "bob@example.org", secret: nil))
    #expect(ada.shell.world.vpcs.map(\.id) != bob.shell.world.vpcs.map(\.id))
    #expect(ada.shell.world.subnets.map(\.id) != bob.shell.world.subnets.map(\.id))
    #expect(ada.shell.world.routeTables.map(\.id) != bob.shell.world.routeTables.map(\.id))
  }

  @Test func twoLearnersSeeDifferentAddressesAndEndpointNames() throws {
    let lab = try GradingFixture.lab("interface-endpoint")
    let script = try #require(GradingFixture.catalog.solutions(for: lab.id).solution)
    func run(_ email: String) throws -> (lookup: String, endpointLines: [String]) {
      var attempt = try Attempt(lab: lab, seed: VariantSeed.seed(labID: lab.id, email: email, secret: nil))
      var typed: [String] = []
      for raw in script.lines {
        let line = try SolutionScript.expand(raw, world: attempt.shell.world).get()
        typed.append(line)
        _ = attempt.run(line)
      }
      var lookups = ""
      for _ in 0..<4 { lookups += attempt.run("nslookup s3.ap-northeast-2.amazonaws.com").text }
      return (lookups, typed.filter { $0.contains("vpce-") })
    }
    let ada = try run("ada@example.org")
    let bob = try run("bob@example.org")
    #expect(!ada.endpointLines.isEmpty)
    #expect(ada.endpointLines != bob.endpointLines)
    #expect(ada.lookup != bob.lookup)
  }

  @Test(arguments: GradingFixture.labIDs)
  func theSolutionPassesInEveryVariantTried(labID: String) throws {
    let lab = try GradingFixture.lab(labID)
    let solution = try #require(GradingFixture.catalog.solutions(for: labID).solution)
    let seeds = VariantSeed.samples(labID: labID, count: SolutionVerifier.variantCount)
    #expect(Set(seeds).count == SolutionVerifier.variantCount)
    let proof = SolutionVerifier.verifyVariants(lab: lab, solution: solution, seeds: seeds)
    #expect(proof.problems == [])
    #expect(proof.proven == SolutionVerifier.variantCount)
  }

  @Test func aSolutionThatHardCodesAnIDFailsInAnotherVariant() throws {
    let lab = try GradingFixture.lab("interface-endpoint")
    let script = try #require(GradingFixture.catalog.solutions(for: lab.id).solution)
    // The default world's ids typed in: right in that world only.
    var attempt = try Attempt(lab: lab)
    let typed = try script.lines.map { raw in
      let line = try SolutionScript.expand(raw, world: attempt.shell.world).get()
      _ = attempt.run(line)
      return line
    }
    #expect(attempt.finished)
    let hardCoded = SolutionScript(path: "hard-coded.sh", text: typed.joined(separator: "\n"))
    let proof = SolutionVerifier.verifyVariants(
      lab: lab, solution: hardCoded, seeds: VariantSeed.samples(labID: lab.id, count: 3))
    #expect(proof.proven < 3)
    #expect(proof.problems.first?.contains("variant seed") == true)
  }
}
