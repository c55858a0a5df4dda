import ArgumentParser
import Foundation
import Labs

extension LabRun {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check lab files for mistakes and report each as file:line:col."
    )

    @Argument(help: "Lab folders to check; every lab of the course when omitted.")
    var paths: [String] = []

    @OptionGroup var labs: LabsOptions

    @Flag(help: "Treat a missing or stale translation as an error, as CI does for the shipped course.")
    var strict = false

    func run() throws {
      let console = Console(environment: ProcessEnvironment.values)
      var folders: [String] = []
      var courseErrors = 0
      var messageErrors = 0
      if paths.isEmpty {
        let catalog = try labs.catalog()
        folders = catalog.labFolders.map { catalog.root + "/" + $0 }
        if folders.isEmpty { console.out("No labs in \(catalog.root).") }
        // The course's order is checked with the whole course; a lab left out of it is only a warning.
        for diagnostic in catalog.courseDiagnostics { console.err(diagnostic.description) }
        courseErrors = catalog.courseDiagnostics.filter { $0.severity == .error }.count
        let messages = TranslationReport.messages(
          root: catalog.root, labFolders: folders, courseTitle: catalog.course?.title, strict: strict)
        for finding in messages { console.err(finding.description) }
        messageErrors = messages.filter { $0.severity == .error }.count
      } else {
        for path in paths {
          let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
          var isDirectory: ObjCBool = false
          guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue
          else {
            throw CLIFailure.usage("'\(path)' is not a lab folder; name folders that hold a lab.yaml.")
          }
          // A course's folder named as if it were a lab: say how to check the whole course.
          if !FileManager.default.fileExists(atPath: absolute + "/lab.yaml"),
            FileManager.default.fileExists(atPath: absolute + "/course.yaml")
          {
            throw CLIFailure.usage(
              "'\(path)' is a course's folder (it holds course.yaml), not a lab's; check every lab in it with: labrun validate --labs \(path)"
            )
          }
          folders.append(absolute)
        }
      }
      var failed = 0
      var translationErrors = messageErrors
      for folder in folders {
        switch LabLoader(files: DiskLabFiles()).load(folder: folder) {
        case .success(let lab):
          let findings = TranslationReport.check(lab, folder: folder, strict: strict)
          for finding in findings { console.err(finding.description) }
          let errors = findings.filter { $0.severity == .error }.count
          translationErrors += errors
          if errors > 0 {
            failed += 1
          } else {
            console.out("\(lab.id): ok (\(lab.steps.count) steps, \(lab.maxPoints) points)")
          }
        case .failure(let problems):
          failed += 1
          for diagnostic in problems.diagnostics { console.err(diagnostic.description) }
        }
      }
      if failed > 0 {
        console.err("labrun: error: \(failed) of \(folders.count) lab\(folders.count == 1 ? "" : "s") have mistakes.")
      }
      if courseErrors > 0 {
        console.err(
          "labrun: error: \(Catalog.courseFileName) has \(courseErrors) mistake\(courseErrors == 1 ? "" : "s").")
      }
      if translationErrors > 0 {
        console.err(
          "labrun: error: \(translationErrors) translation mistake\(translationErrors == 1 ? "" : "s")\(strict ? " (--strict counts missing and stale ones)" : "")."
        )
      }
      if failed > 0 || courseErrors > 0 || messageErrors > 0 { throw ExitCode(65) }
    }
  }
}
