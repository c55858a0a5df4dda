import Testing

@testable import Cloud
@testable import Labs

/// Every mistake a lab author can make in lab.yaml is reported as `file:line:col: error: message`,
/// with the line and column of the offending YAML node (FORMAT.md, DESIGN §5).
@Suite struct LabLoaderDiagnosticsTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    /// Every diagnostic, in order, without the `/labs/mini/lab.yaml:` prefix.
    let expected: [String]
    var testDescription: String { name }
  }

  static let file = "/labs/mini/lab.yaml"

  /// The valid lab every case starts from; a case changes one thing.
  static let valid = """
    id: mini
    title: Mini lab
    start: V3
    world:
      base: course
    steps:
      - id: look
        title: Look up S3
        file: step.md
        checks:
          - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com}
        hints:
          - First hint.
          - Second hint.
        points: 10

    """

  /// `valid` with line `number` (1-based) replaced by `lines` (none deletes it).
  static func valid(replacingLine number: Int, with lines: [String]) -> String {
    var all = valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    all.replaceSubrange((number - 1)...(number - 1), with: lines)
    return all.joined(separator: "\n")
  }

  static let cases: [Case] = [
    Case(
      name: "unknown key at the top level",
      yaml: valid(replacingLine: 3, with: ["start: V3", "colour: blue"]),
      expected: [
        "4:1: error: unknown key 'colour' in lab.yaml; expected one of: era, id, seed, start, steps, summary, title, world"
      ]),
    Case(
      name: "unknown key in a step",
      yaml: valid(replacingLine: 9, with: ["    file: step.md", "    colour: blue"]),
      expected: [
        "10:5: error: unknown key 'colour' in steps[0]; expected one of: checks, feedback, file, hints, id, points, title"
      ]),
    Case(
      name: "unknown key in a check",
      yaml: valid(replacingLine: 11, with: ["      - lookup: {host: V3, nmae: s3.ap-northeast-2.amazonaws.com}"]),
      expected: ["11:28: error: unknown key 'nmae' in 'lookup'; expected one of: answer, by, host, name, source"]),
    Case(
      name: "unknown key in world.vpc.subnets[0]",
      yaml: valid(
        replacingLine: 5,
        with: [
          "  base: course", "  vpc:", "    subnets:",
          "      - {name: extra, cidr: 10.0.20.0/24, zone: ap-northeast-2a, routeTable: private-a, colour: blue}",
        ]),
      expected: [
        "8:89: error: unknown key 'colour' in 'world.vpc.subnets[0]'; expected one of: cidr, name, routeTable, zone"
      ]),
    Case(
      name: "a list where a step's title is expected",
      yaml: valid(replacingLine: 8, with: ["    title: [Look, up]"]),
      expected: ["8:12: error: 'title' must be a single value, not a list"]),
    Case(
      name: "missing id",
      yaml: valid(replacingLine: 1, with: []),
      expected: ["1:1: error: missing 'id'"]),
    Case(
      name: "missing title",
      yaml: valid(replacingLine: 2, with: []),
      expected: ["1:1: error: missing 'title'"]),
    Case(
      name: "missing start",
      yaml: valid(replacingLine: 3, with: []),
      expected: ["1:1: error: missing 'start'"]),
    Case(
      name: "missing world",
      yaml: valid(replacingLine: 4, with: []).replacingOccurrences(of: "  base: course\n", with: ""),
      expected: ["1:1: error: missing 'world': describe the starting world (or use `base: course`)"]),
    Case(
      name: "missing steps",
      yaml: "id: mini\ntitle: Mini lab\nstart: V3\nworld:\n  base: course\n",
      expected: ["1:1: error: missing 'steps'"]),
    Case(
      name: "missing a step's file",
      yaml: valid(replacingLine: 9, with: []),
      expected: ["7:5: error: missing 'file'"]),
    Case(
      name: "missing a step's checks",
      yaml: valid(replacingLine: 11, with: []).replacingOccurrences(of: "    checks:\n", with: ""),
      expected: ["7:5: error: steps[0] ('look') needs a non-empty list of checks"]),
    Case(
      name: "missing a step's hints",
      yaml: valid(replacingLine: 12, with: []).replacingOccurrences(
        of: "      - First hint.\n      - Second hint.\n", with: ""),
      expected: ["7:5: error: steps[0] ('look') needs a list of at least two hints"]),
    Case(
      name: "only one hint",
      yaml: valid(replacingLine: 14, with: []),
      expected: ["13:7: error: steps[0] ('look') needs at least two hints"]),
    Case(
      name: "duplicate step id",
      yaml: valid + """
          - id: look
            title: Look again
            file: step.md
            checks:
              - lookup: {host: V1}
            hints: [One., Two.]
            points: 10

        """,
      expected: ["16:9: error: duplicate step id 'look'"]),
    Case(
      name: "missing step Markdown file",
      yaml: valid(replacingLine: 9, with: ["    file: 01-missing.md"]),
      expected: ["9:11: error: missing step file '01-missing.md' (looked for /labs/mini/01-missing.md)"]),
    Case(
      name: "unknown host in a check",
      yaml: valid(replacingLine: 11, with: ["      - lookup: {host: V9}"]),
      expected: ["11:24: error: unknown host 'V9'; the world has V1, V2, V3, idc, cloudshell"]),
    Case(
      name: "unknown subnet in an endpoint check",
      yaml: valid(replacingLine: 11, with: ["      - endpoint: {type: Interface, service: s3, subnets: [private-b]}"]),
      expected: ["11:59: error: unknown subnet 'private-b'; the world has public-a, private-a, private-c"]),
    Case(
      name: "unknown security group in a securityGroup check",
      yaml: valid(replacingLine: 11, with: ["      - securityGroup: {group: web, port: 443, source: 10.0.0.0/16}"]),
      expected: ["11:32: error: unknown security group 'web'; the world has default, vpce-sg"]),
    Case(
      name: "invalid enum value",
      yaml: valid(replacingLine: 11, with: ["      - lookup: {host: V3, answer: privat}"]),
      expected: ["11:36: error: 'privat' is not a valid lookup.answer; use one of: none, nxdomain, private, public"]),
    Case(
      name: "an unknown drop reason",
      yaml: valid(replacingLine: 11, with: ["      - connection: {host: V3, reason: no-rout}"]),
      expected: [
        "11:40: error: 'no-rout' is not a valid connection.reason; use one of: blackhole, endpoint-pending, no-listener, no-public-ip, no-route, not-transitive, other-region, private-from-internet, security-group"
      ]),
    Case(
      name: "an unknown service in an endpoint check",
      yaml: valid(replacingLine: 11, with: ["      - endpoint: {type: Gateway, service: s4}"]),
      expected: ["11:44: error: 's4' is not a valid endpoint.service; use one of: dynamodb, ec2, kinesis, s3, sts"]),
    Case(
      name: "a list where a check's single value is expected",
      yaml: valid(replacingLine: 11, with: ["      - lookup: {host: [V3]}"]),
      expected: ["11:24: error: 'host' must be a single value, not a list"]),
    Case(
      name: "a true-or-false condition with another value",
      yaml: valid(replacingLine: 11, with: ["      - endpoint: {type: Gateway, exists: maybe}"]),
      expected: ["11:43: error: 'exists' must be true or false"]),
    Case(
      name: "a mapping where a list of names is expected",
      yaml: valid(replacingLine: 11, with: ["      - endpoint: {type: Gateway, routeTables: {a: b}}"]),
      expected: ["11:48: error: 'routeTables' must be a list of single values"]),
    Case(
      name: "an answer check of two kinds at once",
      yaml: valid(replacingLine: 11, with: ["      - answer: {words: [gateway], number: 3}"]),
      expected: [
        "11:17: error: an answer check takes one of: choices + correct, number (+ tolerance), or words; this one gives number and words"
      ]),
    Case(
      name: "a multiple-choice answer without its choices",
      yaml: valid(replacingLine: 11, with: ["      - answer: {correct: a}"]),
      expected: ["11:17: error: a multiple-choice answer needs at least two 'choices' and 'correct'"]),
    Case(
      name: "a tolerance that is not a number",
      yaml: valid(replacingLine: 11, with: ["      - answer: {number: 3, tolerance: some}"]),
      expected: ["11:40: error: 'tolerance' must be a number"]),
    Case(
      name: "feedback on a state check",
      yaml: valid(
        replacingLine: 12,
        with: [
          "    feedback:", "      - when: {endpoint: {type: Gateway}}", "        say: Not that.", "    hints:",
        ]),
      expected: ["13:15: error: feedback 'when' must be an observation: lookup, connection or call"]),
    Case(
      name: "an unknown key in a feedback item",
      yaml: valid(
        replacingLine: 12,
        with: [
          "    feedback:", "      - when: {lookup: {host: V1}}", "        say: Not that.", "        tone: kind",
          "    hints:",
        ]),
      expected: ["15:9: error: unknown key 'tone' in feedback; expected when, say"]),
    Case(
      name: "unknown start host",
      yaml: valid(replacingLine: 3, with: ["start: V7"]),
      expected: ["3:8: error: unknown start host 'V7'; the world has V1, V2, V3, idc, cloudshell"]),
    Case(
      name: "a check with a list for its conditions",
      yaml: valid(replacingLine: 11, with: ["      - lookup: [a]"]),
      expected: ["11:17: error: 'lookup' needs a mapping of conditions"]),
    Case(
      name: "a check with two kinds",
      yaml: valid(replacingLine: 11, with: ["      - lookup: {host: V3}", "        call: {host: V3}"]),
      expected: [
        "11:9: error: a check is a mapping with exactly one of: answer, call, connection, endpoint, lookup, securityGroup"
      ]),
    Case(
      name: "a port that is not a number",
      yaml: valid(replacingLine: 11, with: ["      - connection: {host: V3, port: https}"]),
      expected: ["11:38: error: 'port' must be a whole number"]),
    Case(
      name: "an unknown route table in the world's endpoints",
      yaml: valid(
        replacingLine: 5,
        with: [
          "  base: course", "  vpc:", "    endpoints:",
          "      - {name: x, type: Gateway, service: s3, routeTables: [nope]}",
        ]),
      expected: ["8:61: error: world.vpc.endpoints[0].routeTables[0]: no route table named 'nope' in this VPC"]),
    Case(
      name: "id not matching the folder",
      yaml: valid(replacingLine: 1, with: ["id: other"]),
      expected: ["1:5: error: id 'other' must equal the lab's folder name 'mini'"]),
    Case(
      name: "a base other than the course",
      yaml: valid(replacingLine: 5, with: ["  base: other"]),
      expected: ["5:9: error: unknown base 'other'; the only base is 'course'"]),
  ]

  @Test(arguments: cases)
  func reportsTheMistakeWhereItIs(_ test: Case) {
    guard case .failure(let problems) = LabFixtures.load(test.yaml) else {
      Issue.record("the lab loaded, but it should have been refused")
      return
    }
    #expect(problems.diagnostics.map(\.description) == test.expected.map { "\(Self.file):\($0)" })
  }

  /// The list of known names helps the author pick one, so it names only tables that have a name.
  @Test func anUnknownRouteTableInACheckListsTheNamedTables() {
    let yaml = Self.valid(
      replacingLine: 11, with: ["      - endpoint: {type: Gateway, service: s3, routeTables: [private-b]}"])
    guard case .failure(let problems) = LabFixtures.load(yaml) else {
      Issue.record("the lab loaded, but it should have been refused")
      return
    }
    #expect(problems.diagnostics.count == 1)
    #expect(problems.diagnostics.first?.line == 11)
    #expect(problems.diagnostics.first?.column == 61)
    // The VPC's main route table has no name on AWS; checks call it "main".
    #expect(
      problems.diagnostics.first?.message
        == "unknown route table 'private-b'; the world has public, private-a, private-c, main")
  }

  /// A value of the wrong kind is one mistake, so it should be one diagnostic, at the value.
  static let wrongKindCases = [
    ("title", valid(replacingLine: 2, with: ["title: [Mini, lab]"]), 2, 8),
    (
      "world", valid(replacingLine: 4, with: ["world: [a]"]).replacingOccurrences(of: "  base: course\n", with: ""), 4,
      8
    ),
    ("world.vpc.cidr", valid(replacingLine: 5, with: ["  base: course", "  vpc:", "    cidr: [10.0.0.0/16]"]), 7, 11),
  ]

  @Test(arguments: wrongKindCases)
  func aValueOfTheWrongKindIsReportedOnce(key: String, yaml: String, line: Int, column: Int) {
    guard case .failure(let problems) = LabFixtures.load(yaml) else {
      Issue.record("the lab loaded, but it should have been refused")
      return
    }
    #expect(
      problems.diagnostics.allSatisfy { $0.line == line && $0.column == column && $0.message.contains(key) },
      "\(problems)")
    do {  // Fixed; this once was a known issue.
      #expect(problems.diagnostics.count == 1, "\(problems)")
    }
  }

  @Test func theValidLabLoads() throws {
    let lab = try LabFixtures.lab(Self.valid)
    #expect(lab.id == "mini")
    #expect(lab.steps.map(\.id) == ["look"])
  }

  /// A bad CIDR is named by its field path in the author's file, located at the value.
  @Test func aBadCIDRNamesItsFieldPath() {
    let yaml = """
      id: mini
      title: Mini lab
      start: V3
      world:
        vpc:
          routeTables:
            - {name: main, main: true}
          subnets:
            - {name: a, cidr: 10.0.1.0/24, zone: ap-northeast-2a}
            - {name: c, cidr: 10.0.300.0/24, zone: ap-northeast-2c}
          instances:
            - {host: V3, subnet: a}
      steps:
        - id: look
          title: Look up S3
          file: step.md
          checks:
            - lookup: {host: V3}
          hints: [One., Two.]
          points: 10

      """
    guard case .failure(let problems) = LabFixtures.load(yaml) else {
      Issue.record("a world with a bad CIDR loaded")
      return
    }
    #expect(problems.diagnostics.count == 1)
    let diagnostic = problems.diagnostics.first
    #expect(diagnostic?.file == Self.file)
    #expect(diagnostic?.line == 10)
    #expect(diagnostic?.column == 25)
    #expect(diagnostic?.message.hasPrefix("world.vpc.subnets[1].cidr: ") == true, "\(problems)")
    #expect(diagnostic?.message.contains("10.0.300.0/24") == true, "\(problems)")
  }

  /// The same mistake in a lab that adds to the course network: the path must be the author's
  /// (`subnets[0]`, the only subnet they wrote), not the index in the merged course world.
  @Test func aBadCIDRAddedToTheCourseNamesTheAuthorsPath() {
    let yaml = Self.valid(
      replacingLine: 5,
      with: [
        "  base: course", "  vpc:", "    subnets:",
        "      - {name: extra, cidr: 10.0.300.0/24, zone: ap-northeast-2a, routeTable: private-a}",
      ])
    guard case .failure(let problems) = LabFixtures.load(yaml) else {
      Issue.record("a world with a bad CIDR loaded")
      return
    }
    #expect(problems.diagnostics.count == 1)
    let diagnostic = problems.diagnostics.first
    #expect(diagnostic?.line == 8)
    do {  // Fixed; this once was a known issue.
      #expect(diagnostic?.column == 29)
      #expect(diagnostic?.message.hasPrefix("world.vpc.subnets[0].cidr: ") == true, "\(problems)")
    }
  }

  struct SyntaxCase: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let line: Int
    var testDescription: String { name }
  }

  static let syntaxCases: [SyntaxCase] = [
    SyntaxCase(name: "tab indentation", yaml: valid(replacingLine: 8, with: ["\ttitle: Look up S3"]), line: 8),
    SyntaxCase(
      name: "unclosed bracket",
      yaml: valid(replacingLine: 11, with: ["      - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com"]),
      line: 11),
  ]

  /// Invalid YAML is one diagnostic, at the line of the mistake, saying it is not YAML.
  @Test(arguments: syntaxCases)
  func invalidYAMLIsLocated(_ test: SyntaxCase) {
    guard case .failure(let problems) = LabFixtures.load(test.yaml) else {
      Issue.record("invalid YAML loaded")
      return
    }
    #expect(problems.diagnostics.count == 1)
    #expect(problems.diagnostics.first?.file == Self.file)
    #expect(problems.diagnostics.first?.line == test.line, "\(problems)")
    #expect(problems.diagnostics.first?.message.hasPrefix("invalid YAML: ") == true, "\(problems)")
  }

  /// Several mistakes in one file are all reported, in file order, so an author fixes them in one go.
  @Test func everyMistakeIsReported() {
    let yaml = """
      id: mini
      title: Mini lab
      start: V3
      world:
        base: course
      steps:
        - id: look
          title: Look up S3
          file: step.md
          checks:
            - lookup: {host: V9, answer: privat}
          hints: [Only one.]
          points: 10

      """
    guard case .failure(let problems) = LabFixtures.load(yaml) else {
      Issue.record("the lab loaded")
      return
    }
    #expect(
      problems.diagnostics.map(\.description) == [
        "\(Self.file):11:36: error: 'privat' is not a valid lookup.answer; use one of: none, nxdomain, private, public",
        "\(Self.file):11:24: error: unknown host 'V9'; the world has V1, V2, V3, idc, cloudshell",
        "\(Self.file):12:12: error: steps[0] ('look') needs at least two hints",
      ])
  }
}

/// A valid lab on the course network, with additions, loads and builds the world it describes.
@Suite struct LabLoaderValidTests {
  static let yaml = """
    id: mini
    title: Mini lab
    summary: >
      One paragraph.
    era: "2021"
    start: V2
    seed: 2021
    world:
      base: course
      vpc:
        securityGroups:
          - name: vpce-sg
            ingress:
              - {protocol: tcp, ports: 443, cidr: 10.0.0.0/16}
        endpoints:
          - {name: s3-gw, type: Gateway, service: s3, routeTables: [private-a]}
    steps:
      - id: list
        title: List from V2
        file: step.md
        points: 15
        checks:
          - call: {host: V2, operation: ListObjectsV2, via: gateway}
        feedback:
          - when: {call: {host: V3, operation: ListObjectsV2}}
            say: V3 is not behind the endpoint.
        hints:
          - One.
          - Two.

    """

  @Test func loadsWithTheCourseBaseAndTheAdditions() throws {
    let lab = try LabFixtures.lab(Self.yaml)
    #expect(lab.title == "Mini lab")
    #expect(lab.summary == "One paragraph.\n")
    #expect(lab.startHost == "V2")
    #expect(lab.defaultSeed == 2021)
    #expect(lab.maxPoints == 15)
    #expect(lab.steps.first?.instructions == "Do the thing.\n")
    #expect(lab.steps.first?.checks == [.call(CallCheck(host: "V2", operation: "ListObjectsV2", via: .gateway))])
    #expect(
      lab.steps.first?.feedback == [
        Feedback(when: .call(CallCheck(host: "V3", operation: "ListObjectsV2")), say: "V3 is not behind the endpoint.")
      ])

    // The replaced group keeps its place (one vpce-sg, now with a rule); the course's hosts are all there.
    let groups = lab.world.vpc.securityGroups
    #expect(groups.map(\.name) == ["vpce-sg"])
    #expect(groups.first?.ingress == [RuleDescription(protocol: "tcp", ports: "443", cidr: "10.0.0.0/16")])
    #expect(
      lab.world.vpc.endpoints == [
        EndpointDescription(name: "s3-gw", type: .gateway, service: "s3", routeTables: ["private-a"])
      ])
    #expect(lab.world.vpc.instances.map(\.host) == ["V1", "V2", "V3"])

    let world = try lab.world.build(seed: lab.defaultSeed)
    let privateA = try #require(world.routeTables.first { $0.name == "private-a" })
    let endpoints = world.liveEndpoints
    #expect(endpoints.count == 1)
    #expect(endpoints.first?.type == .gateway)
    #expect(endpoints.first?.routeTableIds == [privateA.id])
    let vpceSG = try #require(world.securityGroups.first { $0.name == "vpce-sg" })
    #expect(
      vpceSG.ingress.contains { $0.coversTCP(port: 443) && $0.cidrs.contains { $0.description == "10.0.0.0/16" } })
  }

  /// The digest changes when a step's Markdown changes, so a workspace can tell the lab was edited.
  @Test func theDigestCoversTheInstructions() throws {
    let before = try LabFixtures.lab(Self.yaml)
    var markdown = LabFixtures.markdown
    markdown["step.md"] = "Do the other thing.\n"
    guard case .success(let after) = LabFixtures.load(Self.yaml, markdown: markdown) else {
      Issue.record("the lab did not load")
      return
    }
    #expect(before.digest.hasPrefix("md5:"))
    #expect(before.digest != after.digest)
  }
}
