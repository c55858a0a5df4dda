import Testing

@testable import Labs

/// `check`'s one-line summary of each condition speaks the lab's language: in a Korean session no
/// summary line is English, and the English lines read as they always have.
@Suite struct CheckSummaryLanguageTests {
  /// The lines `check` prints for its conditions (`  ✓ …`, `  ✗ …`), without the mark.
  static func summaries(_ attempt: inout Attempt) -> [String] {
    attempt.run("check").output.map(\.text).joined().split(separator: "\n").compactMap { line in
      line.hasPrefix("  ✓ ") || line.hasPrefix("  ✗ ") ? String(line.dropFirst(4)) : nil
    }
  }

  static func isHangul(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

  /// Every step of every lab, reached by its reference solution: each summary has Korean in it.
  @Test(arguments: KoreanCourseTests.translated) func everySummaryIsKoreanInAKoreanLab(_ id: String) throws {
    var attempt = try Attempt(lab: try KoreanCourseTests.korean(id).lab, seed: nil)
    var seen = 0
    var lastStep: String?
    for line in GradingFixture.solution(id) {
      if attempt.step?.id != lastStep {
        lastStep = attempt.step?.id
        for summary in Self.summaries(&attempt) {
          #expect(summary.unicodeScalars.contains(where: Self.isHangul), "\(id) \(lastStep ?? ""): \(summary)")
          seen += 1
        }
      }
      _ = attempt.run(try SolutionScript.expand(line, world: attempt.shell.world).get())
    }
    #expect(seen >= attempt.lab.steps.count)
  }

  @Test func englishSummariesReadAsBefore() throws {
    var attempt = try Attempt(lab: try GradingFixture.lab("public-subnet"), seed: nil)
    #expect(
      Self.summaries(&attempt) == [
        "a DNS lookup on V1 of s3.ap-northeast-2.amazonaws.com with the answer the step is about"
      ])
    let messages = LabMessages.english
    #expect(
      Check.call(CallCheck(host: "V1", operation: "ListObjectsV2", bucket: "jschoi.acl")).summary(messages)
        == "a ListObjectsV2 call on jschoi.acl from V1 with the outcome the step is about")
    #expect(Check.call(CallCheck()).summary(messages) == "an API call with the outcome the step is about")
    #expect(
      Check.connection(ConnectionCheck()).summary(messages) == "a connection that ends the way the step describes")
  }

  @Test func koreanSummariesPutThePartsWhereKoreanWantsThem() throws {
    let korean = try KoreanCourseTests.korean("public-subnet").lab.messages
    #expect(
      Check.call(CallCheck(host: "V1", operation: "ListObjectsV2", bucket: "jschoi.acl")).summary(korean)
        == "V1에서 한 버킷 jschoi.acl에 대한 ListObjectsV2 호출 (이 단계가 기대하는 결과가 나와야 함)")
    #expect(
      Check.connection(ConnectionCheck(host: "V3", to: "bucket.vpce-*")).summary(korean)
        == "V3에서 목적지가 bucket.vpce-*인 연결 (이 단계에서 말한 결과로 끝나야 함)")
  }
}
