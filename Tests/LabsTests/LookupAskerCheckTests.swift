import Foundation
import Testing

@testable import Cloud
@testable import Labs

/// A lookup check counts the DNS tools' lookups only, unless its `by` says otherwise (issue 14):
/// "look up S3's name" must not pass on awscli's own resolution, which prints no DNS answer.
@Suite struct LookupAskerCheckTests {
  static func lab(by: String?) -> String {
    let condition = by.map { ", by: \($0)" } ?? ""
    return LabFixtures.yaml(
      steps: LabFixtures.step(
        "look",
        checks: "      - lookup: {host: V3, name: s3.ap-northeast-2.amazonaws.com, answer: public\(condition)}"))
  }

  struct Case: Sendable, CustomStringConvertible {
    let by: String?
    let line: String
    let passes: Bool
    var description: String { "by \(by ?? "(default)"): \(line) → \(passes)" }
  }

  static let s3 = "s3.ap-northeast-2.amazonaws.com"
  static let cases: [Case] = [
    Case(by: nil, line: "nslookup \(s3)", passes: true),
    Case(by: nil, line: "dig +short \(s3)", passes: true),
    Case(by: nil, line: "aws s3api list-objects-v2 --bucket jschoi.acl", passes: false),
    Case(by: nil, line: "aws s3 ls s3://jschoi.acl", passes: false),
    Case(by: nil, line: "curl -s -m 2 https://\(s3)/", passes: false),
    Case(by: "dns-tool", line: "host \(s3)", passes: true),
    Case(by: "dns-tool", line: "ping -c 1 \(s3)", passes: false),
    Case(by: "client", line: "nslookup \(s3)", passes: false),
    Case(by: "client", line: "aws s3api list-objects-v2 --bucket jschoi.acl", passes: true),
    Case(by: "any", line: "aws s3 ls s3://jschoi.acl", passes: true),
    Case(by: "any", line: "nslookup \(s3)", passes: true),
  ]

  @Test(arguments: cases)
  func onlyTheProgramsTheCheckNamesCount(_ test: Case) throws {
    let lab = try LabFixtures.lab(Self.lab(by: test.by))
    let (attempt, _) = try LabFixtures.run([test.line], lab: lab)
    #expect(attempt.finished == test.passes)
  }

  @Test func anUnknownAskerIsRefusedWithTheWordsAccepted() {
    guard case .failure(let problems) = LabFixtures.load(Self.lab(by: "awscli"), id: "mini") else {
      Issue.record("a lab with `by: awscli` loaded")
      return
    }
    #expect("\(problems)".contains("dns-tool"))
  }

  /// Every lookup check of the course asks for what a DNS tool shows (reviewed for issue 14): none
  /// needs `by`, and each still passes on `nslookup` — `verify-solutions` proves that part.
  @Test func noCourseLookupCheckCountsClients() throws {
    for lab in try Self.courseLabs() {
      for step in lab.steps {
        for check in step.checks {
          if case .lookup(let lookup) = check { #expect(lookup.by == nil, "\(lab.id) \(step.id)") }
        }
      }
    }
  }

  /// The course's labs as `Catalog` loads them from the repository's `labs/` folder.
  static func courseLabs() throws -> [Lab] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("labs")
    var files: [String: String] = [:]
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = walker?.nextObject() as? URL {
      guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
      let relative = url.path.dropFirst(root.path.count)
      files["/labs" + relative] = try String(contentsOf: url, encoding: .utf8)
    }
    let catalog = Catalog(root: "/labs", files: InMemoryLabFiles(files))
    let ids = files.keys.filter { $0.hasSuffix("/lab.yaml") }.map { $0.split(separator: "/")[1] }.map(String.init)
    #expect(ids.count >= 7)
    return try ids.sorted().map { try catalog.load($0).get() }
  }
}
