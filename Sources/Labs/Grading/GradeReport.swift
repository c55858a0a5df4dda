/// A class's grades: every attempt graded, every one that could not be, and the class view per lab.
public struct GradeReport: Sendable, Equatable {
  /// Graded attempts, sorted by lab, learner name, email and path.
  public var grades: [LearnerGrade]
  /// Attempts that could not be graded, sorted by path.
  public var ungraded: [UngradedAttempt]
  /// One summary per lab with graded attempts, sorted by lab id.
  public var labs: [LabSummary]
  /// Pairs of attempts whose command sequences are much alike: evidence for a human, never a finding.
  public var similarCommandSequences: [SimilarCommandSequences] = []

  /// Sorts the results, links attempts by the same learner at the same lab, and builds the class view.
  ///
  /// The grades are consumed and sorted in place, and each lab's summary reads its stretch of them
  /// where it lies: a class's grades are the report's largest part and are never held twice.
  public init(grades: consuming [LearnerGrade], ungraded: [UngradedAttempt]) {
    var sorted = grades
    sorted.sort {
      ($0.labID, $0.learnerName, $0.learnerEmail, $0.path) < ($1.labID, $1.learnerName, $1.learnerEmail, $1.path)
    }
    // One learner is one email address (case aside) at one lab.
    var byLearner: [String: [Int]] = [:]
    for (index, grade) in sorted.enumerated() {
      byLearner[grade.labID + "\u{0}" + grade.learnerEmail.lowercased(), default: []].append(index)
    }
    for indices in byLearner.values where indices.count > 1 {
      for index in indices {
        sorted[index].otherAttempts = indices.filter { $0 != index }.map { sorted[$0].path }.sorted()
      }
    }
    self.ungraded = ungraded.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
    var labs: [LabSummary] = []
    var start = 0
    while start < sorted.count {
      var end = start
      while end < sorted.count, sorted[end].labID == sorted[start].labID { end += 1 }
      let group = sorted[start..<end]
      labs.append(
        LabSummary.make(
          labID: sorted[start].labID, labTitle: sorted[start].labTitle,
          steps: sorted[start].steps.map { ($0.id, $0.title) },
          grades: group))
      start = end
    }
    self.labs = labs
    self.grades = sorted
  }

  /// 0 when every attempt passed every step; 1 when some attempt could not be graded (or none was
  /// found); 3 when every attempt was graded and some has integrity findings; 2 when every attempt
  /// was graded, none has findings, and some did not pass every step.
  public var exitStatus: Int32 {
    if !ungraded.isEmpty || grades.isEmpty { return 1 }
    if grades.contains(where: { $0.status == .flagged }) { return 3 }
    return grades.allSatisfy(\.passedAll) ? 0 : 2
  }

  /// How many integrity findings there are in all.
  public var findingCount: Int { grades.reduce(0) { $0 + $1.findings.count } }
}
