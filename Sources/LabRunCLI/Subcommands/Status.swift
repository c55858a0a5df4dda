import ArgumentParser
import Cloud
import Foundation
import Labs
import Workspace

extension LabRun {
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "Show your progress in one lab or in all of them."
    )

    @Argument(help: "The lab to show; all labs when omitted.")
    var lab: String?

    @Flag(help: "Print the progress as JSON.")
    var json = false

    @OptionGroup var labs: LabsOptions
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
      let environment = ProcessEnvironment.values
      let console = Console(environment: environment)
      let chosen = try language.resolve(environment: environment)
      let catalog = try labs.catalog()
      // Progress is the same in every language; only the words around it change.
      let course = SpokenCourse(catalog: catalog, language: chosen)
      // A workspace named without a lab is read once: for its lab, then for its progress.
      let named = lab == nil ? try workspace.folder.map(Self.snapshot(inWorkspace:)) : nil
      let ids = lab.map { [$0] } ?? named.map { [$0.metadata.labID] } ?? catalog.ids
      var reports: [StatusReport] = []
      for id in ids {
        let english = try LabLookup.load(id, in: catalog, messages: course.messages)
        var report = try StatusReport.make(
          lab: course.speaking(english), path: try workspace.path(for: id), snapshot: named,
          translations: { SpokenCourse.translations(of: english, root: catalog.root, workspaceLanguage: $0) })
        report.number = catalog.number(of: id)
        reports.append(report)
      }
      if json {
        let values = reports.map(\.json)
        let data = try JSONSerialization.data(
          withJSONObject: lab == nil ? values as Any : values[0], options: [.prettyPrinted, .sortedKeys])
        console.out(String(decoding: data, as: UTF8.self))
        return
      }
      for report in reports { console.out(report.text) }
    }

    /// The workspace at `folder`, for `status --workspace DIR` without a LAB: one folder holds one
    /// lab's attempt, and it names the lab.
    static func snapshot(inWorkspace folder: String) throws -> WorkspaceSnapshot {
      guard FileManager.default.fileExists(atPath: folder + "/.git") else {
        throw CLIFailure.usage(
          "--workspace \(folder) holds no workspace, so it names no lab; name the lab too: labrun status LAB --workspace \(folder)"
        )
      }
      do {
        return try Workspace.read(at: folder)
      } catch let error as WorkspaceError {
        throw error.cliFailure()
      }
    }
  }
}

/// One lab's progress, replayed from its workspace.
struct StatusReport {
  let lab: Lab
  let attempt: Attempt?
  /// The lab's number in the course, as `labrun list` shows it.
  var number: Int?

  init(lab: Lab, attempt: Attempt?, number: Int? = nil) {
    self.lab = lab
    self.attempt = attempt
    self.number = number
  }

  /// `lab` is in the language the report is said in; `translations` gives the lab as the transcript
  /// of a workspace started in a language speaks it, since an answer typed in Korean is judged by
  /// the Korean choices. `snapshot` is the workspace at `path` when the caller has read it already.
  static func make(
    lab: Lab, path: String, snapshot known: WorkspaceSnapshot? = nil, translations: (String?) -> LabTranslations
  ) throws -> StatusReport {
    guard FileManager.default.fileExists(atPath: path + "/.git") else { return StatusReport(lab: lab, attempt: nil) }
    do {
      let snapshot = try known ?? Workspace.read(at: path)
      guard snapshot.metadata.labID == lab.id else {
        throw CLIFailure.badData("\(path) holds lab '\(snapshot.metadata.labID)', not '\(lab.id)'.")
      }
      // The checkpoint the last session left spares replaying what it covers; status writes none.
      let build = BuildIdentity.current
      let saved = build == nil ? nil : Workspace.readCheckpoint(at: path).flatMap(AttemptCheckpoint.init(bytes:))
      let attempt = try Attempt.resume(
        lab: translations(snapshot.metadata.language), seed: snapshot.metadata.seed, entries: snapshot.entries,
        checkpoint: saved, build: build
      ).attempt
      return StatusReport(lab: lab, attempt: attempt)
    } catch let error as WorkspaceError {
      throw error.cliFailure(lab.messages)
    } catch let error as DescriptionErrors {
      throw CLIFailure.badData("lab '\(lab.id)' has a world that does not build: \(error)")
    }
  }

  var json: [String: Any] {
    [
      "lab": lab.id,
      "steps": lab.steps.map {
        ["id": $0.id, "title": $0.title, "passed": attempt?.passed.contains($0.id) ?? false] as [String: Any]
      },
      "points": attempt?.points ?? 0,
      "maxPoints": lab.maxPoints,
      "hintsUsed": attempt?.hintsUsed ?? 0,
      "commands": attempt?.commands ?? 0,
    ]
  }

  var text: String {
    let name = (number.map { "\($0). " } ?? "") + lab.id
    let say = lab.messages.say
    guard let attempt else {
      return say(.statusNotStarted, ["name": name, "count": "\(lab.steps.count)", "max": "\(lab.maxPoints)"])
    }
    let values = [
      "name": name, "passed": "\(attempt.passed.count)", "count": "\(lab.steps.count)", "points": "\(attempt.points)",
      "max": "\(lab.maxPoints)", "hints": "\(attempt.hintsUsed)", "commands": "\(attempt.commands)",
    ]
    var lines = [say(.statusLine, values)]
    for (index, step) in lab.steps.enumerated() {
      let mark = StepMark.mark(passed: attempt.passed.contains(step.id), current: index == attempt.currentStep)
      lines.append("  \(mark) \(index + 1). \(step.title)")
    }
    return lines.joined(separator: "\n")
  }
}
