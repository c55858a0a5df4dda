import Testing

@testable import Labs

/// A step's grade keeps its optionals without their tags (issue 17): every value a grade can hold
/// reads back as it was set, nil included, and the smaller record is what a class holds.
@Suite struct StepGradeStorageTests {
  struct Case: Sendable, CustomStringConvertible {
    let passed: Bool
    let commands: Int?
    let seconds: Int64?
    var description: String {
      "passed \(passed), commands \(String(describing: commands)), seconds \(String(describing: seconds))"
    }
  }

  static let cases: [Case] = [
    Case(passed: false, commands: nil, seconds: nil),
    Case(passed: true, commands: 0, seconds: 0),
    Case(passed: true, commands: 1, seconds: nil),
    Case(passed: true, commands: nil, seconds: 59),
    Case(passed: true, commands: 10_000, seconds: 180 * 86_400),
    Case(passed: true, commands: Int(Int32.max), seconds: Int64.max),
  ]

  @Test(arguments: cases)
  func optionalsReadBackAsSet(_ item: Case) {
    var step = StepGrade(
      id: "s", title: "S", points: 3, passed: item.passed, commands: item.commands, seconds: item.seconds)
    #expect(step.commands == item.commands)
    #expect(step.seconds == item.seconds)
    #expect(step.earned == (item.passed ? 3 : 0))
    step.commands = nil
    step.seconds = nil
    #expect(step.commands == nil && step.seconds == nil)
    step.commands = item.commands
    step.seconds = item.seconds
    #expect(
      step
        == StepGrade(
          id: "s", title: "S", points: 3, passed: item.passed, commands: item.commands, seconds: item.seconds))
  }

  @Test func gradesThatDifferOnlyInAnOptionalAreNotEqual() {
    let none = StepGrade(id: "s", title: "S", points: 1, passed: true, commands: nil, seconds: nil)
    let zero = StepGrade(id: "s", title: "S", points: 1, passed: true, commands: 0, seconds: 0)
    #expect(none != zero)
    #expect(StepGrade(id: "s", title: "S", points: 1, passed: true, commands: 0, seconds: nil) != zero)
  }

  @Test func aStepRecordIsThirtyTwoBytes() {
    // 88 with its own strings and tagged optionals; a class of 5,000 attempts at a ten-step lab
    // holds 50,000 of them.
    #expect(MemoryLayout<StepGrade>.stride == 32)
  }

  @Test func aHeadingIsSharedUntilItChanges() {
    let heading = StepGrade.Heading(id: "s", title: "S", points: 2)
    var step = StepGrade(heading: heading, passed: true, commands: 1, seconds: 5)
    #expect(step.earned == 2)
    step.title = "S"
    step.points = 2
    #expect(step.heading === heading)
    step.title = "에스"
    #expect(step.heading !== heading && heading.title == "S")
    #expect(step.id == "s" && step.title == "에스" && step.points == 2)
    // Equal by what they say, not by which copy.
    #expect(
      StepGrade(heading: StepGrade.Heading(id: "s", title: "S", points: 2), passed: true, commands: 1, seconds: 5)
        == StepGrade(id: "s", title: "S", points: 2, passed: true, commands: 1, seconds: 5))
  }

  @Test func listsAreKeptWithoutTheRoomAppendingLeft() {
    var grown: [Int] = []
    for value in 0..<9 { grown.append(value) }
    #expect(grown.capacity > grown.count)
    let kept = grown.exactlyAllocated
    #expect(kept == grown)
    // The allocator may round the request up by a few bytes, never to the doubled room.
    #expect(kept.capacity < grown.capacity)
    #expect(kept.capacity - kept.count <= 2)
  }

  @Test func gradesOfOneLabShareItsHeadings() throws {
    let lab = try GradingFixture.lab("public-subnet")
    let headings = Grader.headings(of: lab)
    let record = try GradingFixture.record(lab, script: Array(GradingFixture.solution(lab.id).prefix(2)))
    let shared = try Grader.grade(record, lab: LabTranslations(lab), headings: headings).get()
    let own = try Grader.grade(record, lab: LabTranslations(lab)).get()
    #expect(shared == own)
    #expect(zip(shared.steps, headings).allSatisfy { $0.heading === $1 })
    #expect(zip(own.steps, headings).allSatisfy { $0.heading !== $1 })
    // Another lab's headings are not taken: the grade says this lab's steps.
    let other = Grader.headings(of: try GradingFixture.lab("gateway-endpoint"))
    let refused = try Grader.grade(record, lab: LabTranslations(lab), headings: other).get()
    #expect(refused == own)
  }
}
