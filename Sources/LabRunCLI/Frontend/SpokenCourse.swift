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

  /// `lab` with its texts in the course's language (English texts where a translation is missing).
  func speaking(_ lab: Lab) -> Lab {
    guard language != .en else { return lab }
    return LabTranslator(files: DiskLabFiles()).translate(lab, folder: catalog.root + "/" + lab.id, to: language).lab
  }

  /// Labs already put into the course's language, by id (nil: the lab does not load).
  private var spoken: [String: Lab?] = [:]

  /// `grade` with its lab's and steps' titles in the course's language; as it was if the lab does not load.
  mutating func titled(_ grade: LearnerGrade) -> LearnerGrade {
    let found: Lab?
    if let cached = spoken[grade.labID] {
      found = cached
    } else {
      found = (try? catalog.load(grade.labID).get()).map(speaking)
      spoken[grade.labID] = .some(found)
    }
    guard let lab = found else { return grade }
    var titled = grade
    titled.labTitle = lab.title
    for index in titled.steps.indices {
      if let step = lab.step(titled.steps[index].id) { titled.steps[index].title = step.title }
    }
    return titled
  }

  /// The title of the lab `id` in the course's language; the catalogue's English one if the lab does not load.
  func title(of entry: CatalogEntry) -> String {
    guard language != .en, case .success(let lab) = catalog.load(entry.id) else { return entry.title }
    return speaking(lab).title
  }
}
