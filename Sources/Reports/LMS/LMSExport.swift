import Labs

/// A class's grades written for an LMS's importer, and what the instructor must be told on the side.
public struct LMSExport: Sendable, Equatable {
  /// The file to import.
  public var text: String
  /// Learners graded but not in the roster, as `Name <email> (path)`: not exported.
  public var missingFromRoster: [String]
  /// Other things to say on standard error, one sentence each.
  public var notes: [String]

  /// Renders `report` in `format` (`canvas`, `moodle` or `gradescope`) with `roster`, when given.
  ///
  /// Fails for Gradescope when the report does not hold exactly one graded attempt: its
  /// `results.json` is one submission's.
  public static func render(_ report: GradeReport, as format: ReportFormat, roster: LMSRoster?) -> Result<
    LMSExport, LMSExportError
  > {
    let (kept, missing) = rostered(report.grades, roster: roster)
    var notes: [String] = []
    let flagged = kept.count { $0.status == .flagged }
    if flagged > 0 {
      notes.append(
        "\(flagged) exported attempt\(flagged == 1 ? " is" : "s are") flagged with integrity findings; their points are replay's, but look at the grade report before importing"
      )
    }
    switch format {
    case .canvas:
      if roster == nil {
        notes.append("without --roster, the ID columns are empty and Canvas matches students by name only")
      }
      return .success(
        LMSExport(
          text: CanvasExport.render(kept, labs: report.labs, roster: roster), missingFromRoster: missing, notes: notes))
    case .moodle:
      return .success(
        LMSExport(
          text: MoodleExport.render(kept, labs: report.labs, roster: roster), missingFromRoster: missing, notes: notes))
    case .gradescope:
      guard report.grades.count == 1, let only = report.grades.first else {
        return .failure(.notOneSubmission(graded: report.grades.count))
      }
      // Gradescope knows who submitted: a learner missing from the roster is said, not dropped.
      return .success(LMSExport(text: GradescopeExport.render(only), missingFromRoster: missing, notes: notes))
    default:
      return .failure(.notAnLMSFormat(format.rawValue))
    }
  }

  /// The grades of learners in the roster (all of them without one), and those left out.
  static func rostered(_ grades: [LearnerGrade], roster: LMSRoster?) -> ([LearnerGrade], [String]) {
    guard let roster else { return (grades, []) }
    var kept: [LearnerGrade] = []
    var missing: [String] = []
    for grade in grades {
      if roster.entry(forEmail: grade.learnerEmail) != nil {
        kept.append(grade)
      } else {
        missing.append("\(grade.learnerName) <\(grade.learnerEmail)> (\(grade.path))")
      }
    }
    return (kept, missing)
  }

  /// One row per learner (e-mail, case aside), sorted by name and e-mail, with their best points at each lab.
  static func learners(_ grades: [LearnerGrade]) -> [(email: String, name: String, best: [String: LearnerGrade])] {
    var order: [String] = []
    var rows: [String: (email: String, name: String, best: [String: LearnerGrade])] = [:]
    for grade in grades {
      let key = VariantSeed.canonical(grade.learnerEmail)
      if rows[key] == nil {
        order.append(key)
        rows[key] = (grade.learnerEmail, grade.learnerName, [:])
      }
      if let best = rows[key]!.best[grade.labID], (best.points, grade.path) >= (grade.points, best.path) { continue }
      rows[key]!.best[grade.labID] = grade
    }
    return order.map { rows[$0]! }.sorted { ($0.name, $0.email) < ($1.name, $1.email) }
  }
}

/// Why an LMS export cannot be written.
public enum LMSExportError: Error, Equatable, Sendable, CustomStringConvertible {
  case notOneSubmission(graded: Int)
  case notAnLMSFormat(String)

  public var description: String {
    switch self {
    case .notOneSubmission(let graded):
      return
        "--format gradescope writes the results.json of one submission, but \(graded) attempts were graded; grade the one workspace Gradescope handed over (/autograder/submission)"
    case .notAnLMSFormat(let name):
      return "'\(name)' is not an LMS format; use canvas, moodle or gradescope"
    }
  }
}

extension ReportFormat {
  /// Whether the format is an LMS's import file (and takes `--roster`).
  public var isLMS: Bool { self == .canvas || self == .moodle || self == .gradescope }
}
