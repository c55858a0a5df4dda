import LabFilesOnDisk
import Labs

/// The course's labs and labrun's own sentences in one language, for the commands that show them
/// outside a lab (`list`, `status`, `grade`).
struct SpokenCourse {
  let catalog: Catalog
  let language: Language
  /// labrun's sentences in `language`; English where the catalogue has no current translation.
  let messages: LabMessages

  init(catalog: Catalog, language: Language) {
    self.catalog = catalog
    self.language = language
    messages = LabTranslator(files: DiskLabFiles()).messages(root: catalog.root, language: language).messages
  }

  /// The course's title (`course.yaml`) in the course's language; nil when the course has none.
  var courseTitle: String? {
    catalog.course?.title.map {
      LabTranslator(files: DiskLabFiles()).courseTitle($0, root: catalog.root, language: language).title
    }
  }

  /// `lab` with its texts in the course's language (English texts where a translation is missing).
  func speaking(_ lab: Lab) -> Lab {
    guard language != .en else { return lab }
    return LabTranslator(files: DiskLabFiles()).translate(lab, folder: catalog.root + "/" + lab.id, to: language).lab
  }

  /// `lab` (as loaded, in English) the way a workspace's transcript speaks it: in the language the
  /// workspace records (`labrun.json`'s `language`), and in any other a line of it records.
  static func translations(of lab: Lab, root: String, workspaceLanguage: String?) -> LabTranslations {
    let translate: @Sendable (Language) -> Lab = { language in
      guard language != .en else { return lab }
      return LabTranslator(files: DiskLabFiles()).translate(lab, folder: root + "/" + lab.id, to: language).lab
    }
    return LabTranslations(
      translate(workspaceLanguage.flatMap(Language.init(rawValue:)) ?? .en), translate: translate)
  }

  /// Labs already put into the course's language, by id.
  private var spoken: [String: Lab] = [:]
  /// Step headings retitled into the course's language, by lab, step and points.
  private var headings: [String: StepGrade.Heading] = [:]

  /// Puts `grade`'s lab and step titles into the course's language; `lab` is its lab as loaded.
  ///
  /// In place, so the steps are not copied: a class's grades are titled one by one as they come.
  mutating func title(_ grade: inout LearnerGrade, lab loaded: Lab) {
    let lab: Lab
    if let cached = spoken[loaded.id] {
      lab = cached
    } else {
      lab = speaking(loaded)
      spoken[loaded.id] = lab
    }
    grade.labTitle = lab.title
    for index in grade.steps.indices {
      let current = grade.steps[index].heading
      guard let step = lab.step(current.id), step.title != current.title else { continue }
      // One heading per step and language for the class, not one per attempt.
      let key = lab.id + "\u{0}" + current.id + "\u{0}" + String(current.points)
      if let shared = headings[key], shared.title == step.title {
        grade.steps[index].heading = shared
      } else {
        grade.steps[index].title = step.title
        headings[key] = grade.steps[index].heading
      }
    }
  }

  /// The title of the lab `id` in the course's language; the catalogue's English one if the lab does not load.
  func title(of entry: CatalogEntry) -> String {
    guard language != .en, case .success(let lab) = catalog.load(entry.id) else { return entry.title }
    return speaking(lab).title
  }
}
