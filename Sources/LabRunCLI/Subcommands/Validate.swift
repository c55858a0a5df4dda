import ArgumentParser
import Foundation
import Labs

extension LabRun {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check lab files for mistakes and report each as file:line:col."
    )

    @Argument(help: "Lab folders to check; every lab of the course when omitted.")
    var paths: [String] = []

    @OptionGroup var labs: LabsOptions

    func run() throws {
      let console = Console(environment: ProcessInfo.processInfo.environment)
      var folders: [String] = []
      if paths.isEmpty {
        let catalog = try labs.catalog()
        let names = (DiskLabFiles().entries(in: catalog.root) ?? []).sorted().filter {
          DiskLabFiles().text(at: catalog.root + "/" + $0 + "/lab.yaml") != nil
        }
        folders = names.map { catalog.root + "/" + $0 }
        if folders.isEmpty { console.out("No labs in \(catalog.root).") }
      } else {
        for path in paths {
          let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
          var isDirectory: ObjCBool = false
          guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIFailure.usage("'\(path)' is not a lab folder; name folders that hold a lab.yaml.")
          }
          folders.append(absolute)
        }
      }
      var failed = 0
      for folder in folders {
        switch LabLoader(files: DiskLabFiles()).load(folder: folder) {
        case .success(let lab):
          console.out("\(lab.id): ok (\(lab.steps.count) steps, \(lab.maxPoints) points)")
        case .failure(let problems):
          failed += 1
          for diagnostic in problems.diagnostics { console.err(diagnostic.description) }
        }
      }
      if failed > 0 {
        console.err("labrun: error: \(failed) of \(folders.count) lab\(folders.count == 1 ? "" : "s") have mistakes.")
        throw ExitCode(65)
      }
    }
  }
}
