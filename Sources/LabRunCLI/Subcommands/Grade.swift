import ArgumentParser
import Foundation
import Labs
import Reports

extension ReportFormat: ExpressibleByArgument {}

extension LabRun {
  struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "grade",
      abstract: "Regrade learners' workspaces by replay and report the results.",
      discussion: """
        Every attempt is replayed from its transcript against the current lab; recorded outputs, \
        progress pages and commit trailers are compared with the replay, never trusted. \
        Exit status: 0 every attempt passed every step; 2 some did not; \
        3 some attempt is flagged with integrity findings (commit dates outside the course included); \
        1 some could not be graded (the rest are still reported); \
        64 a usage error (a malformed LABRUN_COURSE_SECRET, an unreadable --roster); \
        65 bad data (a roster with bad rows, a course secret that fits no attempt). \
        With LABRUN_COURSE_SECRET set, each attempt's seed is checked to be its learner's.
        """
    )

    @Argument(help: "Workspaces, bare repositories, or folders to search for them.")
    var paths: [String]

    @Option(help: "The report format.")
    var format: ReportFormat = .table

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "The course's length in days: an attempt whose commits span longer is flagged.")
    var courseDays: Int = 180

    @Option(
      help: ArgumentHelp(
        "A CSV of learners' e-mails and LMS ids and sections, for --format canvas, moodle or gradescope.",
        valueName: "file"))
    var roster: String?

    @OptionGroup var labs: LabsOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
      if paths.isEmpty {
        throw ValidationError("Name at least one workspace or folder to grade.")
      }
      if courseDays < 1 || courseDays > 36_500 {
        throw ValidationError("--course-days must be a whole number of days from 1 to 36500, not \(courseDays).")
      }
      if roster != nil, !format.isLMS {
        throw ValidationError("--roster is for --format canvas, moodle or gradescope, not \(format.rawValue).")
      }
    }

    func run() throws {
      let environment = ProcessEnvironment.values
      let console = Console(environment: environment)
      // All three are read before any grading, so a mistake in any costs nothing.
      let secret = try CourseSecretOption.read(environment)
      let rosterFile = try roster.map(RosterFile.load)
      let chosen = try language.resolve(environment: environment)
      let catalog = try labs.catalog()
      let found = AttemptDiscovery.find(paths, currentDirectory: FileManager.default.currentDirectoryPath)
      // Each attempt was replayed in its own language; the report names labs and steps in one.
      // Titled as they come, so the class is never held twice.
      var course = SpokenCourse(catalog: catalog, language: chosen)
      // Plausible commit times: from this release's first build to now, over at most the course.
      let window = CommitWindow(
        earliest: LabRun.releaseTime, latest: Int64(Date().timeIntervalSince1970),
        longestSpan: Int64(courseDays) * 86_400)
      let (grades, failures) = GradeRunner(catalog: catalog, window: window).grade(found.repositories) {
        course.title(&$0, lab: $1)
      }
      let ungraded = found.problems + failures
      let report = try ClassReview.report(
        grades: consume grades, ungraded: ungraded, secret: secret, console: console)
      // The report goes out in pieces as it is rendered (JSON streams): a class's report held whole,
      // then copied to bytes, was most of grading's memory.
      let file = try output.map(ReportFile.init)
      let write: (String) -> Void = { piece in
        if let file { file.write(piece) } else { console.write(piece, to: STDOUT_FILENO) }
      }
      if format.isLMS {
        write(try LMSOutput.text(report, format: format, roster: rosterFile, console: console))
      } else {
        GradeReportRenderer.render(report, as: format, words: ReportWords(chosen), into: write)
      }
      if let file {
        try file.commit()
        let passed = report.grades.count(where: \.passedAll)
        console.err(
          "Wrote \(file.path): \(report.grades.count) graded, \(passed) passed every step, \(report.ungraded.count) could not be graded, \(report.findingCount) integrity findings."
        )
      }
      if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
  }
}
