import Yams

/// One lab found in a labs folder, as `labrun list` shows it.
public struct CatalogEntry: Equatable, Sendable {
  /// The lab's id, which is also its folder name.
  public let id: String
  /// The lab's title from `lab.yaml`.
  public let title: String
  /// How many steps the lab has.
  public let stepCount: Int
}

/// A lab folder that could not be read well enough to list it.
public struct CatalogProblem: Equatable, Sendable, CustomStringConvertible {
  /// The path of the file (or folder) at fault.
  public let path: String
  /// What is wrong with it.
  public let message: String

  public var description: String { "\(path): error: \(message)" }
}

/// The labs of one folder: each sub-folder holding a `lab.yaml` is a lab, in the order `course.yaml`
/// gives them.
public struct Catalog: Sendable {
  /// The name of the file, in the labs folder, that gives the course's title and order.
  public static let courseFileName = "course.yaml"

  /// The folder the labs live in.
  public let root: String
  /// The labs that could be read, in course order: those `course.yaml` lists, in its order, then
  /// the others by id.
  public let entries: [CatalogEntry]
  /// Sub-folders whose `lab.yaml` could not be read.
  public let problems: [CatalogProblem]
  /// The course `course.yaml` describes; nil when the folder has none.
  public let course: Course?
  /// What is wrong with `course.yaml`, or probably forgotten in it; empty without one.
  public let courseDiagnostics: [CourseDiagnostic]
  /// Every folder holding a `lab.yaml`, readable or not, by id in course order.
  public let labFolders: [String]
  /// The ids `course.yaml` lists that have a lab folder, in its order: the course learners follow.
  public let courseOrder: [String]
  private let files: any LabFiles

  /// Reads `course.yaml` and the lab summaries in `root` through `files`.
  ///
  /// Without `summaries`, the labs' own files are not parsed (`entries` and `problems` stay empty):
  /// enough to load one lab in its place in the course, which is all `labrun start` needs.
  ///
  /// With a `memo`, a `lab.yaml` whose bytes it has seen is not parsed again: the summary it recorded
  /// is used, and what is parsed is recorded. The entries and problems are the same either way.
  public init(root: String, files: any LabFiles, summaries: Bool = true, memo: (any SummaryMemo)? = nil) {
    self.root = root
    self.files = files
    var manifests: [String: String] = [:]
    var unreadable: [String: String] = [:]
    for name in files.entries(in: root) ?? [] where !name.hasPrefix(".") {
      // A lab.yaml that is there but cannot be read still makes a lab folder, reported below,
      // never one skipped in silence.
      switch files.contents(at: root + "/" + name + "/lab.yaml") {
      case .text(let text): manifests[name] = text
      case .missing: continue
      case .unreadable(let reason, _, _): unreadable[name] = reason
      }
    }
    let folders = (manifests.keys.sorted() + unreadable.keys.sorted()).sorted()
    let coursePath = root + "/" + Catalog.courseFileName
    var courseFile = files.text(at: coursePath).map { CourseFile(path: coursePath, text: $0) }
    var order: [String] = []
    if let file = courseFile {
      for listed in file.listed {
        guard folders.contains(listed.id) else {
          var message = "lab '\(listed.id)' has no folder in \(root)"
          if let near = Suggestion.closest(to: listed.id, among: folders.filter { !file.course.labIDs.contains($0) }) {
            message += "; did you mean '\(near)'?"
          }
          courseFile?.diagnostics.append(
            CourseDiagnostic(
              file: coursePath, line: listed.line, column: listed.column, severity: .error, message: message))
          continue
        }
        order.append(listed.id)
      }
      // A lab left out still runs, after the course: an author may try a new lab before placing it.
      // When the file itself is broken, every lab is left out, and saying so for each is noise.
      for unlisted in folders where !order.contains(unlisted) && file.diagnostics.isEmpty {
        courseFile?.diagnostics.append(
          CourseDiagnostic(
            file: coursePath, line: file.labsLine, column: file.labsColumn, severity: .warning,
            message:
              "lab '\(unlisted)' is not in the course's order, so it comes after the listed labs; add it to 'labs'"))
      }
    }
    self.course = courseFile?.course
    self.courseDiagnostics = courseFile?.diagnostics ?? []
    self.courseOrder = order
    self.labFolders = order + folders.filter { !order.contains($0) }

    var found: [CatalogEntry] = []
    var problems: [CatalogProblem] = []
    for name in labFolders where summaries {
      let manifestPath = root + "/" + name + "/lab.yaml"
      guard let text = manifests[name] else {
        if let reason = unreadable[name] {
          problems.append(CatalogProblem(path: manifestPath, message: "cannot be read: \(reason)"))
        }
        continue
      }
      switch Catalog.summary(of: text, folder: name, memo: memo) {
      case .success(let entry): found.append(entry)
      case .failure(let problem):
        problems.append(CatalogProblem(path: manifestPath, message: problem.message))
      }
    }
    self.entries = found
    self.problems = problems
  }

  /// Whether the labs folder has a folder `id` with a `lab.yaml`.
  public func hasLab(_ id: String) -> Bool {
    labFolders.contains(id)
  }

  /// The ids of every listed lab, in course order.
  public var ids: [String] { entries.map(\.id) }

  /// The lab's number in `entries` (1 for the first), as `labrun list` shows it.
  public func number(of id: String) -> Int? { entries.firstIndex { $0.id == id }.map { $0 + 1 } }

  /// Where the lab stands in the course: which lab follows it, or that it is the last.
  public func position(of id: String) -> CoursePosition {
    guard let index = courseOrder.firstIndex(of: id) else { return .unlisted }
    return index + 1 < courseOrder.count ? .followedBy(courseOrder[index + 1]) : .last
  }

  /// The lab with this id, if listed.
  public func entry(id: String) -> CatalogEntry? { entries.first { $0.id == id } }

  /// Loads a lab in full, with every mistake in its files reported, placed in the course.
  public func load(_ id: String) -> Result<Lab, LabDiagnostics> {
    LabLoader(files: files).load(folder: root + "/" + id).map { $0.placed(position(of: id)) }
  }

  /// The solutions folder beside the labs folder (`labs/../solutions`).
  public var solutionsFolder: String {
    var parts = root.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count > 1 { parts.removeLast() }
    return parts.joined(separator: "/") + "/solutions"
  }

  /// The reference solution and the wrong-answer fixtures of a lab, read from the solutions folder.
  public func solutions(for id: String, folder: String? = nil) -> (solution: SolutionScript?, wrong: [SolutionScript]) {
    let base = folder ?? solutionsFolder
    let path = base + "/" + id + ".sh"
    let solution = files.text(at: path).map { SolutionScript(path: path, text: $0) }
    let wrongFolder = base + "/" + id + ".wrong"
    let wrong = (files.entries(in: wrongFolder) ?? []).sorted().filter { $0.hasSuffix(".sh") }.compactMap { name in
      files.text(at: wrongFolder + "/" + name).map { SolutionScript(path: wrongFolder + "/" + name, text: $0) }
    }
    return (solution, wrong)
  }

  struct SummaryProblem: Error { let message: String }

  /// The lab's summary: scanned from the YAML events when `SummaryScan` can, composed otherwise
  /// (which also gives every mistake's message).
  static func summary(of yaml: String, folder: String, memo: (any SummaryMemo)? = nil) -> Result<
    CatalogEntry, SummaryProblem
  > {
    let found: Result<SummaryScan.Fields, SummaryProblem>
    if let memo {
      let digest = MemoizedSummary.digest(of: yaml)
      if let recorded = memo.summary(forDigest: digest) {
        found = recorded.result
      } else {
        found = fields(of: yaml)
        memo.record(MemoizedSummary(found), forDigest: digest)
      }
    } else {
      found = fields(of: yaml)
    }
    let fields: SummaryScan.Fields
    switch found {
    case .success(let read): fields = read
    case .failure(let problem): return .failure(problem)
    }
    guard let id = fields.id, !id.isEmpty else {
      return .failure(SummaryProblem(message: "missing 'id'"))
    }
    guard id == folder else {
      return .failure(SummaryProblem(message: "id '\(id)' does not match its folder name '\(folder)'"))
    }
    return .success(CatalogEntry(id: id, title: fields.title ?? id, stepCount: fields.steps ?? 0))
  }

  /// The summary's fields: scanned from the YAML events when `SummaryScan` can, composed otherwise.
  static func fields(of yaml: String) -> Result<SummaryScan.Fields, SummaryProblem> {
    if LabYAML.depthProblem(yaml, file: "lab.yaml") == nil, let scanned = SummaryScan.scan(yaml) {
      return .success(scanned)
    }
    return composedFields(of: yaml)
  }

  /// The summary's fields from the composed file, or what makes it unreadable.
  static func composedFields(of yaml: String) -> Result<SummaryScan.Fields, SummaryProblem> {
    let node: Node?
    switch LabYAML.compose(yaml, file: "lab.yaml") {
    case .success(let root): node = root
    case .failure(let problems):
      let first = problems.diagnostics.first
      return .failure(
        SummaryProblem(message: "\(first?.line ?? 1):\(first?.column ?? 1): \(first?.message ?? "not valid YAML")"))
    }
    guard let mapping = node?.mapping else {
      return .failure(SummaryProblem(message: "expected a mapping with id, title and steps"))
    }
    return .success(
      SummaryScan.Fields(
        id: mapping["id"]?.string, title: mapping["title"]?.string, steps: mapping["steps"]?.sequence?.count))
  }
}
