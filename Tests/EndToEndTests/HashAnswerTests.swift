import Foundation
import Testing

/// `labrun hash-answer` makes keys a lab file can hold, `validate` reads them (and refuses a bad one
/// at its line and column, exit 65), and a learner's answer is graded against them.
@Suite struct HashAnswerTests {
  @Test func aSaltedKeyIsPrintedAndReadsTheAnswerAsTyped() throws {
    let one = try LabrunProcess.run(["hash-answer", "--salt", "abc123", "Through the internet gateway"])
    #expect(one.status == 0, "stderr: \(one.stderr)")
    let two = try LabrunProcess.run(["hash-answer", "--salt", "abc123", "  through THE   internet gateway "])
    #expect(one.stdout == two.stdout)
    #expect(one.stdout.hasPrefix("sha256:abc123:"))
    #expect(one.stdout.count == "sha256:abc123:".count + 64 + 1)
    let random = try LabrunProcess.run(["hash-answer", "Through the internet gateway"])
    #expect(random.status == 0)
    #expect(random.stdout != one.stdout)
  }

  @Test(arguments: [["hash-answer"], ["hash-answer", "--salt", "no spaces", "x"], ["hash-answer", "   "]])
  func aMissingAnswerOrBadSaltIsAUsageError(arguments: [String]) throws {
    let result = try LabrunProcess.run(arguments)
    #expect(result.status == 64, "stderr: \(result.stderr)")
    #expect(!result.stderr.isEmpty)
  }

  @Test func aLabWithAHashedKeyValidatesGradesAndABrokenOneIsLocated() throws {
    let course = try TempCourse("hash-answer")
    defer { course.remove() }
    let key = try LabrunProcess.run(["hash-answer", "--salt", "s1", "Through the internet gateway"]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try course.addProbe()
    let path = "labs/probe/lab.yaml"
    let plain = try String(contentsOf: course.root.appendingPathComponent(path), encoding: .utf8)
    try course.write(plain.replacingOccurrences(of: "correct: a}", with: "correct: \"\(key)\"}"), to: path)
    let good = try course.labrun(["validate"])
    #expect(good.status == 0, "stderr: \(good.stderr)")
    let verified = try course.labrun(["verify-solutions"])
    #expect(verified.status == 0, "stdout: \(verified.stdout) stderr: \(verified.stderr)")

    try course.write(plain.replacingOccurrences(of: "correct: a}", with: "correct: \"sha256:s1:xyz\"}"), to: path)
    let bad = try course.labrun(["validate"])
    #expect(bad.status == 65)
    #expect(
      bad.stderr.contains(
        "lab.yaml:35:96: error: 'sha256:s1:xyz': the digest of a hashed key must be 64 lowercase hexadecimal digits; make one with `labrun hash-answer`"
      ), "\(bad.stderr)")
  }
}
