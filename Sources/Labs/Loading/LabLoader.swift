import Cloud
import Yams

/// Reads a lab folder into a `Lab`, reporting every mistake with its file, line and column.
public struct LabLoader {
  let files: any LabFiles

  public init(files: any LabFiles) {
    self.files = files
  }

  // Keys derive from the key enums (LabKeys.swift; a check's keys and words from CheckKind), so what
  // the loader accepts and what FormatDocumentationTests requires FORMAT.md to document cannot drift.
  static let topKeys: [String: YAMLShape] = Dictionary(
    uniqueKeysWithValues: LabKey.allCases.map { ($0.rawValue, $0.shape) })
  static let stepKeys: Set<String> = Set(StepKey.allCases.map(\.rawValue))

  /// Loads the lab in `folder` (whose last path component is its id).
  public func load(folder: String) -> Result<Lab, LabDiagnostics> {
    let manifest = folder + "/lab.yaml"
    var diagnostics = DiagnosticCollector(file: manifest)
    let text: String
    switch files.contents(at: manifest) {
    case .text(let read): text = read
    case .missing:
      return .failure(
        LabDiagnostics([Diagnostic(file: manifest, line: 1, column: 1, message: "no lab.yaml in \(folder)")]))
    case .unreadable(let reason, let line, let column):
      return .failure(
        LabDiagnostics([
          Diagnostic(file: manifest, line: line, column: column, message: "lab.yaml cannot be read: \(reason)")
        ]))
    }
    let root: Node
    switch LabYAML.compose(text, file: manifest) {
    case .failure(let problems): return .failure(problems)
    case .success(nil):
      return .failure(LabDiagnostics([Diagnostic(file: manifest, line: 1, column: 1, message: "lab.yaml is empty")]))
    case .success(let node?): root = node
    }
    guard let mapping = root.mapping else {
      diagnostics.add(root, "lab.yaml must be a mapping with id, title, start, world and steps")
      return .failure(LabDiagnostics(diagnostics.items))
    }
    YAMLShape.map(Self.topKeys).check(root, path: "") { node, message in diagnostics.add(node, message) }

    let folderName = folder.split(separator: "/").last.map(String.init) ?? folder
    let id = diagnostics.string(mapping, "id", required: true, in: root) ?? folderName
    if id != folderName, let node = mapping["id"] {
      diagnostics.add(node, "id '\(id)' must equal the lab's folder name '\(folderName)'")
    }
    let title = diagnostics.string(mapping, "title", required: true, in: root) ?? id
    let summary = diagnostics.string(mapping, "summary", required: false, in: root) ?? ""
    var era = Era.y2021
    if let node = mapping["era"] {
      if let text = node.string, let value = Era(rawValue: text) {
        era = value
      } else {
        diagnostics.add(node, "era must be \"2021\" or \"2023\"")
      }
    }
    var seed: UInt64 = 1
    if let node = mapping["seed"] {
      if let text = node.string, let value = UInt64(text) {
        seed = value
      } else {
        diagnostics.add(node, "seed must be a whole number ≥ 0")
      }
    }
    let start = diagnostics.string(mapping, "start", required: true, in: root) ?? ""

    // The world, on its base world when it names one.
    var world: World?
    var description: WorldDescription?
    var base: BaseWorld?
    if let worldNode = mapping["world"] {
      if let baseNode = worldNode.mapping?["base"] {
        base = WorldLoading.base(
          named: baseNode.string ?? "", labsRoot: Self.parent(of: folder), files: files, reference: baseNode,
          diagnostics: &diagnostics)
      }
      var merged = worldNode
      description = WorldLoading.description(
        from: worldNode, era: era, base: base, diagnostics: &diagnostics, merged: &merged)
      if let description {
        do {
          world = try description.build(seed: seed)
        } catch {
          for problem in error.errors {
            // On a base world, indexes in the built world are the merged lists'; name the author's.
            if let located = WorldLoading.locate(problem.path, merged: merged, author: worldNode, base: base) {
              diagnostics.add(located.node, "world.\(located.path): \(problem.message)", file: located.file)
            } else {
              diagnostics.add(
                worldNode.node(atPath: problem.path) ?? worldNode, "world.\(problem.path): \(problem.message)")
            }
          }
        }
      }
    } else {
      diagnostics.add(root, "missing 'world': describe the starting world (or use `base: course`)")
    }
    if let world, !start.isEmpty, world.host(named: start) == nil, let node = mapping["start"] {
      diagnostics.add(
        node, "unknown start host '\(start)'; the world has \(world.hosts.map(\.name).joined(separator: ", "))")
    }

    // The steps.
    var steps: [Step] = []
    // The digest covers everything the lab loads: lab.yaml, its base world and every step's text.
    var digestInput = text + "\u{0}" + (base?.text ?? "")
    if let stepsNode = mapping["steps"] {
      if let sequence = stepsNode.sequence, !sequence.isEmpty {
        var seen: Set<String> = []
        for (index, stepNode) in sequence.enumerated() {
          var loader = StepLoading(folder: folder, files: files, world: world, index: index)
          if let step = loader.step(from: stepNode, diagnostics: &diagnostics) {
            if seen.contains(step.id), let idNode = stepNode.mapping?["id"] {
              diagnostics.add(idNode, "duplicate step id '\(step.id)'")
            }
            seen.insert(step.id)
            steps.append(step)
            digestInput += "\u{0}" + step.instructions
          }
        }
      } else {
        diagnostics.add(stepsNode, "'steps' must be a non-empty list")
      }
    } else {
      diagnostics.add(root, "missing 'steps'")
    }

    guard diagnostics.items.isEmpty, let description else { return .failure(LabDiagnostics(diagnostics.items)) }
    return .success(
      Lab(
        id: id, title: title, summary: summary, era: era, startHost: start, defaultSeed: seed, world: description,
        steps: steps, digest: "md5:" + MD5.hexDigest(of: Array(digestInput.utf8)), prebuiltWorld: world))
  }

  /// The folder that holds `folder` (the labs folder, for a lab's folder).
  static func parent(of folder: String) -> String {
    var parts = folder.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count > 1 else { return "." }
    parts.removeLast()
    return parts.joined(separator: "/")
  }

  static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
    LabYAML.diagnostic(for: error, file: file)
  }
}

/// Collects diagnostics for one file, located by YAML node marks.
struct DiagnosticCollector {
  let file: String
  var items: [Diagnostic] = []

  /// Adds a diagnostic, unless one is already reported at the same place (the shape check and
  /// the decoder often see the same mistake).
  mutating func add(_ node: Node, _ message: String, file other: String? = nil) {
    let mark = node.mark
    add(Diagnostic(file: other ?? file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
  }

  mutating func add(_ diagnostic: Diagnostic) {
    let sameSpot = items.contains {
      $0.file == diagnostic.file && $0.line == diagnostic.line && $0.column == diagnostic.column && diagnostic.line > 1
    }
    if !sameSpot { items.append(diagnostic) }
  }

  mutating func string(_ mapping: Node.Mapping, _ key: String, required: Bool, in parent: Node) -> String? {
    guard let node = mapping[key] else {
      if required { add(parent, "missing '\(key)'") }
      return nil
    }
    guard case .scalar(let scalar) = node else {
      add(node, "'\(key)' must be a single value, not a \(node.kindName)")
      return nil
    }
    return scalar.string
  }
}
