import Yams

/// One lab's texts in another language, as its translation file (`labs/<id>/ko.yaml`) gives them.
///
/// Each text carries the digest of the English text it translates (`source:`), so a changed English
/// text shows its translation as stale instead of silently teaching the old step.
struct LabTranslation: Sendable {
  /// Where a translated text came from, for diagnostics.
  struct Place: Sendable, Equatable {
    var file: String
    var line: Int
    var column: Int
  }

  /// One translated text and the digest of the English it translates.
  struct Text: Sendable {
    var source: String
    var sourcePlace: Place
    var text: String
    /// Where the text starts: the scalar's position, or line 1 of its Markdown file.
    var textPlace: Place
    /// True when the text is a Markdown file's whole contents (so spans are located inside it).
    var isFile: Bool
  }

  /// A step's translated texts, hints and feedback by position.
  struct StepTexts: Sendable {
    var place: Place
    var title: Text?
    var instructions: Text?
    var hints: [Text?] = []
    var feedback: [Text?] = []
    /// The questions' texts (choices shown by labrun, choice and wrong-value feedback, why).
    var answers: [Text?] = []
  }

  var file: String
  var title: Text?
  var summary: Text?
  var steps: [String: StepTexts] = [:]
  var stepOrder: [String] = []
  var stepsPlace: Place
}

/// Reads a translation file through `LabFiles`, reporting its mistakes located to line and column.
struct LabTranslationReader {
  let files: any LabFiles
  let folder: String
  let language: Language

  /// The file's path: `<lab folder>/<language>.yaml`.
  var path: String { folder + "/" + language.rawValue + ".yaml" }

  /// The translation, or nil when there is no such file or it cannot be read at all.
  func read(into diagnostics: inout [TranslationDiagnostic]) -> LabTranslation? {
    guard let text = files.text(at: path) else { return nil }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        diagnostics.append(.init(.error, file: path, line: 1, column: 1, message: "the translation file is empty"))
        return nil
      }
      root = node
    } catch {
      diagnostics.append(TranslationDiagnostic.invalidYAML(error, file: path))
      return nil
    }
    guard let mapping = root.mapping else {
      diagnostics.append(error(root, "a translation file is a mapping with 'title', 'summary' and 'steps'"))
      return nil
    }
    var translation = LabTranslation(file: path, stepsPlace: place(root))
    for (key, value) in mapping {
      switch key.string ?? "" {
      case "title": translation.title = translatedText(value, &diagnostics)
      case "summary": translation.summary = translatedText(value, &diagnostics)
      case "steps":
        readSteps(value, into: &translation, &diagnostics)
        translation.stepsPlace = place(key)
      default: diagnostics.append(error(key, "unknown key '\(key.string ?? "")'; expected title, summary or steps"))
      }
    }
    return translation
  }

  private func readSteps(
    _ node: Node, into translation: inout LabTranslation, _ diagnostics: inout [TranslationDiagnostic]
  ) {
    translation.stepsPlace = place(node)
    guard let stepNodes = node.mapping else {
      diagnostics.append(error(node, "'steps' maps each step's id to its texts"))
      return
    }
    for (idNode, stepNode) in stepNodes {
      let id = idNode.string ?? ""
      var step = LabTranslation.StepTexts(place: place(idNode))
      guard let fields = stepNode.mapping else {
        diagnostics.append(error(stepNode, "step '\(id)' must map title, instructions, hints and feedback to texts"))
        continue
      }
      for (key, value) in fields {
        switch key.string ?? "" {
        case "title": step.title = translatedText(value, &diagnostics)
        case "instructions": step.instructions = translatedText(value, &diagnostics)
        case "hints": step.hints = list(value, &diagnostics)
        case "feedback": step.feedback = list(value, &diagnostics)
        case "answers": step.answers = list(value, &diagnostics)
        default:
          diagnostics.append(
            error(
              key,
              "unknown key '\(key.string ?? "")' in step '\(id)'; expected title, instructions, hints, feedback or answers"
            )
          )
        }
      }
      translation.steps[id] = step
      translation.stepOrder.append(id)
    }
  }

  private func list(_ node: Node, _ diagnostics: inout [TranslationDiagnostic]) -> [LabTranslation.Text?] {
    guard let sequence = node.sequence else {
      diagnostics.append(error(node, "expected a list of texts, in the English order"))
      return []
    }
    return sequence.map { translatedText($0, &diagnostics) }
  }

  /// `{source: md5:…, text: …}` or `{source: md5:…, file: ko/NN-….md}`.
  private func translatedText(_ node: Node, _ diagnostics: inout [TranslationDiagnostic]) -> LabTranslation.Text? {
    guard let fields = node.mapping else {
      diagnostics.append(
        error(node, "expected {source: md5:…, text: …}: the English text's digest and its translation"))
      return nil
    }
    var source: (String, LabTranslation.Place)?
    var body: (String, LabTranslation.Place, Bool)?
    for (key, value) in fields {
      switch key.string ?? "" {
      case "source": source = (value.string ?? "", place(value))
      case "text": body = (value.string ?? "", place(value), false)
      case "file":
        let name = value.string ?? ""
        guard let contents = files.text(at: folder + "/" + name) else {
          diagnostics.append(error(value, "no file '\(name)' beside \(language.rawValue).yaml"))
          return nil
        }
        body = (contents, LabTranslation.Place(file: folder + "/" + name, line: 1, column: 1), true)
      default: diagnostics.append(error(key, "unknown key '\(key.string ?? "")'; expected source and text (or file)"))
      }
    }
    guard let source else {
      diagnostics.append(error(node, "missing 'source': the digest of the English text this translates"))
      return nil
    }
    guard let body else {
      diagnostics.append(error(node, "missing 'text' (or 'file'): the translation itself"))
      return nil
    }
    return LabTranslation.Text(
      source: source.0, sourcePlace: source.1, text: body.0, textPlace: body.1, isFile: body.2)
  }

  private func place(_ node: Node) -> LabTranslation.Place {
    LabTranslation.Place(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  private func error(_ node: Node, _ message: String) -> TranslationDiagnostic {
    TranslationDiagnostic(
      .error, file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
  }
}
