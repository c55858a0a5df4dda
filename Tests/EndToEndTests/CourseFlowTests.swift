import Foundation
import Testing

/// The course's order through the built binary: `list` and `status` number the labs in it, a
/// finished lab names the next, `validate` checks `course.yaml`, `reset --to` takes a number.
@Suite struct CourseFlowTests {
  /// Three copies of the probe lab, `first`, `second` and `extra`; `course.yaml` lists the first two,
  /// out of alphabetical order.
  static func course(_ name: String, courseYAML: String = "title: The probe course\nlabs:\n  - second\n  - first\n")
    throws -> TempCourse
  {
    let course = try TempCourse(name)
    for id in ["first", "second", "extra"] { try course.addProbe(id: id) }
    try course.write(courseYAML, to: "labs/course.yaml")
    return course
  }

  static func start(_ course: TempCourse, _ lab: String, input: [String]) throws -> LabrunProcess.Result {
    try course.labrun(
      ["start", lab, "--workspace", course.path("ws-" + lab), "--learner", ProbeLab.learner],
      input: input.map { $0 + "\n" }.joined())
  }

  @Test func listNumbersTheLabsInCourseOrderUnderTheTitle() throws {
    let course = try Self.course("course-list")
    defer { course.remove() }
    let result = try course.labrun(["list"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdout == """
        The probe course

           ID      TITLE      STEPS
        1. second  Probe lab  3
        2. first   Probe lab  3
        3. extra   Probe lab  3

        """)
  }

  @Test func statusNumbersTheLabsInCourseOrder() throws {
    let course = try Self.course("course-status")
    defer { course.remove() }
    #expect(try Self.start(course, "first", input: ["nslookup s3.ap-northeast-2.amazonaws.com"]).status == 0)
    // One workspace folder per lab, as $LABRUN_HOME/<lab> gives them.
    let home = course.path("home")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: course.path("ws-first"), toPath: home + "/first")
    let result = try LabrunProcess.run(["status", "--labs", course.labs.path], environment: ["LABRUN_HOME": home])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout == """
        1. second: not started (3 steps, 35 points)
        2. first: 1/3 steps, 10/35 points, hints used: 0, commands: 1
          ✓ 1. Look up S3 on V3
          → 2. List the bucket from V1
            3. Which way?
        3. extra: not started (3 steps, 35 points)

        """)
    let one = try LabrunProcess.run(
      ["status", "extra", "--labs", course.labs.path], environment: ["LABRUN_HOME": home])
    #expect(one.stdout == "3. extra: not started (3 steps, 35 points)\n")
  }

  /// `status --workspace DIR` without a LAB shows the lab that workspace holds, not the first of
  /// the course; a folder that holds none is a usage error that says to name the lab.
  @Test func statusOfAWorkspaceAloneShowsItsLab() throws {
    let course = try Self.course("course-status-workspace")
    defer { course.remove() }
    #expect(try Self.start(course, "first", input: ["nslookup s3.ap-northeast-2.amazonaws.com"]).status == 0)
    let result = try LabrunProcess.run(["status", "--labs", course.labs.path, "--workspace", course.path("ws-first")])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout.hasPrefix("2. first: 1/3 steps, 10/35 points, hints used: 0, commands: 1\n"), "\(result.stdout)")
    let empty = course.path("empty")
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let none = try LabrunProcess.run(["status", "--labs", course.labs.path, "--workspace", empty])
    #expect(none.status == 64 && none.stdout == "")
    #expect(
      none.stderr
        == "labrun: error: --workspace \(empty) holds no workspace, so it names no lab; name the lab too: labrun status LAB --workspace \(empty)\n"
    )
  }

  @Test(arguments: [
    ("second", "\n★ Lab complete: 35/35 points.\nNext: labrun start first\n"),
    (
      "first",
      "\n★ Lab complete: 35/35 points.\nThat was the last lab of the course. `labrun status` shows how far you got in each.\n"
    ),
    ("extra", "\n★ Lab complete: 35/35 points.\nSaved in"),
  ])
  func aFinishedLabSaysWhatComesNext(lab: String, note: String) throws {
    let course = try Self.course("course-next-\(lab)")
    defer { course.remove() }
    let result = try Self.start(course, lab, input: ProbeLab.solution)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("(+5 points)\n" + note), "\(result.stdout)")
    // What the learner saw is what the transcript holds, and grading reproduces it.
    let graded = try LabrunProcess.run([
      "grade", course.path("ws-" + lab), "--format", "json", "--labs", course.labs.path,
    ])
    #expect(graded.status == 0, "stderr: \(graded.stderr)")
    let report = try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any]
    let learner = (report?["learners"] as? [[String: Any]])?.first
    #expect((learner?["findings"] as? [Any])?.isEmpty == true, "\(graded.stdout)")
  }

  /// Moving a lab in the course changes what its finished note says, so grading an attempt made
  /// before reports the lab as changed rather than its output as tampered with.
  @Test func reorderingTheCourseIsALabChange() throws {
    let course = try Self.course("course-reorder")
    defer { course.remove() }
    #expect(try Self.start(course, "second", input: ProbeLab.solution).status == 0)
    try course.write("title: The probe course\nlabs: [first, second]\n", to: "labs/course.yaml")
    let graded = try LabrunProcess.run([
      "grade", course.path("ws-second"), "--format", "json", "--labs", course.labs.path,
    ])
    let report = try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any]
    let findings = ((report?["learners"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
    #expect(findings.compactMap { $0["kind"] as? String } == ["lab-changed"], "\(graded.stdout)")
  }

  @Test func validateWarnsOfALabLeftOutAndFailsOnAnIdWithNoFolder() throws {
    let warned = try Self.course("course-validate-warn")
    defer { warned.remove() }
    let ok = try warned.labrun(["validate"])
    #expect(ok.status == 0)
    #expect(
      ok.stdout == "second: ok (3 steps, 35 points)\nfirst: ok (3 steps, 35 points)\nextra: ok (3 steps, 35 points)\n")
    #expect(
      ok.stderr
        == "\(warned.labs.path)/course.yaml:2:1: warning: lab 'extra' is not in the course's order, so it comes after the listed labs; add it to 'labs'\n"
    )

    let broken = try Self.course(
      "course-validate-error", courseYAML: "title: T\nlabs:\n  - first\n  - secnd\n  - extra\n")
    defer { broken.remove() }
    let failed = try broken.labrun(["validate"])
    #expect(failed.status == 65)
    #expect(
      failed.stdout
        == "first: ok (3 steps, 35 points)\nextra: ok (3 steps, 35 points)\nsecond: ok (3 steps, 35 points)\n")
    let path = broken.labs.path + "/course.yaml"
    #expect(
      failed.stderr == """
        \(path):4:5: error: lab 'secnd' has no folder in \(broken.labs.path); did you mean 'second'?
        \(path):2:1: warning: lab 'second' is not in the course's order, so it comes after the listed labs; add it to 'labs'
        labrun: error: course.yaml has 1 mistake.

        """)
    // The labs still run, and `list` names what breaks the order.
    let listed = try broken.labrun(["list"])
    #expect(listed.status == 0)
    #expect(
      listed.stderr
        == "labrun: warning: \(path):4:5: error: lab 'secnd' has no folder in \(broken.labs.path); did you mean 'second'?\n"
    )
    // Validating one folder checks that lab alone.
    let one = try broken.labrun(["validate", broken.labs.path + "/first"])
    #expect(one.status == 0)
    #expect(one.stderr == "")
    // The course's own folder named as a lab says how to check the whole course.
    let course = try broken.labrun(["validate", broken.labs.path])
    #expect(course.status == 64 && course.stdout == "")
    #expect(
      course.stderr
        == "labrun: error: '\(broken.labs.path)' is a course's folder (it holds course.yaml), not a lab's; check every lab in it with: labrun validate --labs \(broken.labs.path)\n"
    )
  }

  @Test func resetToAStepNumber() throws {
    let course = try Self.course("course-reset-number")
    defer { course.remove() }
    let workspace = course.path("ws-first")
    #expect(try Self.start(course, "first", input: ProbeLab.solution).status == 0)
    let reset = try course.labrun(["reset", "first", "--to", "2", "--yes", "--workspace", workspace])
    #expect(reset.status == 0, "stderr: \(reset.stderr)")
    #expect(
      reset.stdout
        == "Reset first: now at step 2 of 3 (List the bucket from V1). Resume with `labrun start first --workspace \(workspace) --labs \(course.labs.path)`.\n"
    )
    // The history names the step by id, as `--to list-bucket` would.
    #expect(try GitCLI.history(workspace).last == "reset to step list-bucket|")

    for bad in ["0", "4"] {
      let refused = try course.labrun(["reset", "first", "--to", bad, "--yes", "--workspace", workspace])
      #expect(refused.status == 64)
      #expect(
        refused.stderr
          == "labrun: error: lab 'first' has no step '\(bad)'; give a step number from 1 to 3 or a step id: lookup-s3, list-bucket, which-way.\n"
      )
    }
  }
}
