import Yams

/// The course a labs folder teaches: its title and the order of its labs, from `course.yaml`.
public struct Course: Equatable, Sendable {
  /// The course's title, shown above `labrun list`; nil when the file gives none.
  public let title: String?
  /// The ids the file lists, in order, each once (an id listed twice counts where it first appears).
  public let labIDs: [String]

  public init(title: String?, labIDs: [String]) {
    self.title = title
    self.labIDs = labIDs
  }
}

/// The keys of `course.yaml`.
enum CourseKey: String, CaseIterable, Sendable {
  case title, labs
}

/// `course.yaml` as read: the course, where each id was written, and what is wrong with the file.
struct CourseFile {
  /// One id of `labs`, with where it was written.
  struct Listed {
    let id: String
    let line: Int
    let column: Int
  }

  let path: String
  var title: String?
  var listed: [Listed] = []
  /// Where `labs:` was written, for findings about the whole list.
  var labsLine = 1
  var labsColumn = 1
  var diagnostics: [CourseDiagnostic] = []

  var course: Course { Course(title: title, labIDs: listed.map(\.id)) }

  /// Reads the text of `course.yaml`; every mistake becomes an error located to its line and column.
  init(path: String, text: String) {
    self.path = path
    let root: Node
    switch LabYAML.compose(text, file: path) {
    case .failure(let problems):
      diagnostics += problems.diagnostics.map { CourseDiagnostic($0, severity: .error) }
      return
    case .success(nil):
      error(line: 1, column: 1, "course.yaml is empty; give the course's `title` and its `labs` in order")
      return
    case .success(let node?): root = node
    }
    guard let mapping = root.mapping else {
      error(at: root, "course.yaml must be a mapping with `title` and `labs`")
      return
    }
    let known = CourseKey.allCases.map(\.rawValue)
    for (key, _) in mapping {
      guard let name = key.string, !known.contains(name) else { continue }
      error(at: key, "unknown key '\(name)' in course.yaml; expected one of: \(known.sorted().joined(separator: ", "))")
    }
    if let node = mapping[CourseKey.title.rawValue] {
      if case .scalar(let scalar) = node, !scalar.string.isEmpty {
        title = scalar.string
      } else {
        error(at: node, "'title' must be one line of text")
      }
    }
    guard let labsNode = mapping[CourseKey.labs.rawValue] else {
      error(at: root, "missing 'labs': list the course's lab ids in the order learners take them")
      return
    }
    let labsKey = mapping.first { $0.key.string == CourseKey.labs.rawValue }?.key ?? labsNode
    labsLine = labsKey.mark?.line ?? 1
    labsColumn = labsKey.mark?.column ?? 1
    guard let items = labsNode.sequence, !items.isEmpty else {
      error(at: labsNode, "'labs' must be a non-empty list of lab ids")
      return
    }
    for item in items {
      guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
        error(at: item, "each item of 'labs' must be a lab id, not a \(item.kindName)")
        continue
      }
      let id = scalar.string
      let mark = item.mark
      if let earlier = listed.firstIndex(where: { $0.id == id }) {
        error(
          at: item, "lab '\(id)' is listed twice; it is already number \(earlier + 1), on line \(listed[earlier].line)")
        continue
      }
      listed.append(Listed(id: id, line: mark?.line ?? 1, column: mark?.column ?? 1))
    }
  }

  private mutating func error(at node: Node, _ message: String) {
    error(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message)
  }

  private mutating func error(line: Int, column: Int, _ message: String) {
    diagnostics.append(CourseDiagnostic(file: path, line: line, column: column, severity: .error, message: message))
  }
}
