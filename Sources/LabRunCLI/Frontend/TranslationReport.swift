import Foundation
import Labs

/// What `labrun validate` says about a lab's translations.
enum TranslationReport {
  /// The findings for every language the course is being translated into; with `strict`,
  /// warnings become errors.
  ///
  /// A course is in translation into a language once any of its labs has a translation file for it:
  /// from then on every lab without one is reported, while a course written in English alone hears
  /// nothing about languages it never meant to ship.
  static func check(_ lab: Lab, folder: String, strict: Bool) -> [TranslationDiagnostic] {
    let translator = LabTranslator(files: DiskLabFiles())
    let root = (folder as NSString).deletingLastPathComponent
    let siblings = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    let findings = Language.allCases.filter { $0 != .en }.flatMap { language in
      let file = language.rawValue + ".yaml"
      let inTranslation = siblings.contains { FileManager.default.fileExists(atPath: root + "/" + $0 + "/" + file) }
      return inTranslation ? translator.translate(lab, folder: folder, to: language).diagnostics : []
    }
    return strict ? findings.map(\.strict) : findings
  }

  /// The findings about the catalogue of labrun's own sentences in the labs folder `root`, for each
  /// language the course is being translated into (it has the catalogue or a lab translation).
  /// `courseTitle` is `course.yaml`'s title, whose translation the catalogue holds too.
  static func messages(root: String, labFolders: [String], courseTitle: String?, strict: Bool)
    -> [TranslationDiagnostic]
  {
    let translator = LabTranslator(files: DiskLabFiles())
    let findings = Language.allCases.filter { $0 != .en }.flatMap { language -> [TranslationDiagnostic] in
      let file = language.rawValue + ".yaml"
      let inTranslation =
        FileManager.default.fileExists(atPath: root + "/messages." + file)
        || labFolders.contains { FileManager.default.fileExists(atPath: $0 + "/" + file) }
      guard inTranslation else { return [] }
      let title = courseTitle.map { translator.courseTitle($0, root: root, language: language).diagnostics } ?? []
      return translator.messages(root: root, language: language).diagnostics + title
    }
    return strict ? findings.map(\.strict) : findings
  }
}
