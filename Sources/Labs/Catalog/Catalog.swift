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

/// The labs of one folder: each sub-folder holding a `lab.yaml` is a lab.
public struct Catalog: Sendable {
  /// The folder the labs live in.
  public let root: String
  /// The labs that could be read, sorted by id.
  public let entries: [CatalogEntry]
  /// Sub-folders whose `lab.yaml` could not be read.
  public let problems: [CatalogProblem]
  private let files: any LabFiles

  /// Reads the lab summaries in `root` through `files`.
  public init(root: String, files: any LabFiles) {
    self.root = root
    self.files = files
    var found: [CatalogEntry] = []
    var problems: [CatalogProblem] = []
    for name in (files.entries(in: root) ?? []).sorted() where !name.hasPrefix(".") {
      let manifestPath = root + "/" + name + "/lab.yaml"
      guard let text = files.text(at: manifestPath) else { continue }
      switch Catalog.summary(of: text, folder: name) {
      case .success(let entry): found.append(entry)
      case .failure(let problem):
        problems.append(CatalogProblem(path: manifestPath, message: problem.message))
      }
    }
    self.entries = found
    self.problems = problems
  }

  /// The ids of every listed lab, sorted.
  public var ids: [String] { entries.map(\.id) }

  /// The lab with this id, if listed.
  public func entry(id: String) -> CatalogEntry? { entries.first { $0.id == id } }

  /// Loads a lab in full, with every mistake in its files reported.
  public func load(_ id: String) -> Result<Lab, LabDiagnostics> {
    LabLoader(files: files).load(folder: root + "/" + id)
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

  static func summary(of yaml: String, folder: String) -> Result<CatalogEntry, SummaryProblem> {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch {
      return .failure(SummaryProblem(message: "not valid YAML: \(error)"))
    }
    guard let mapping = node?.mapping else {
      return .failure(SummaryProblem(message: "expected a mapping with id, title and steps"))
    }
    guard let id = mapping["id"]?.string, !id.isEmpty else {
      return .failure(SummaryProblem(message: "missing 'id'"))
    }
    guard id == folder else {
      return .failure(SummaryProblem(message: "id '\(id)' does not match its folder name '\(folder)'"))
    }
    let title = mapping["title"]?.string ?? id
    let steps = mapping["steps"]?.sequence?.count ?? 0
    return .success(CatalogEntry(id: id, title: title, stepCount: steps))
  }
}
