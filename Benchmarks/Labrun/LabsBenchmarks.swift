import Foundation
import Labs
import Shell

/// Issue 5's figures: what checks add to a command, and how soon `labrun start` shows its prompt.
enum LabsBenchmarks {
  struct DiskFiles: LabFiles {
    func entries(in path: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: path) }
    func text(at path: String) -> String? {
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
  }

  static func run(repository: String) throws {
    let catalog = Catalog(root: repository + "/labs", files: DiskFiles())
    guard case .success(let lab) = catalog.load("interface-endpoint") else {
      print("labs: interface-endpoint did not load; skipping the labs figures")
      return
    }
    var sink = 0
    let line = "nslookup ec2.ap-northeast-2.amazonaws.com"
    let attempt = try Attempt(lab: lab)
    // The two are measured in alternation, so that load on a shared machine hits both alike.
    // Each call starts from the same attempt, so the step's record of events does not grow.
    var differences: [Double] = []
    for _ in 0..<15 {
      let checked = Timing.measure(batches: 3, perBatch: 500) {
        var copy = attempt
        sink &+= copy.run(line).output.count
      }
      let bare = Timing.measure(batches: 3, perBatch: 500) {
        var copy = attempt.shell
        sink &+= LabShell.run(line, state: &copy).output.count
      }
      differences.append(checked.median - bare.median)
    }
    differences.sort()
    print(
      "labs: checks add \(Timing.Figures.text(differences[7])) per command (median of 15 paired differences, range \(Timing.Figures.text(differences[0])) to \(Timing.Figures.text(differences[14]))); target ≤ 10 µs"
    )

    let binary = repository + "/.build/release/labrun"
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print(
        "labs: \(binary) is missing; build it with `swift build -c release --product labrun` for the start-up figure")
      return
    }
    var times: [Double] = []
    for run in 0..<11 {
      let folder = NSTemporaryDirectory() + "labrun-bench-\(getpid())-\(run)"
      let start = DispatchTime.now().uptimeNanoseconds
      let status = spawn(
        binary, ["start", "interface-endpoint", "--workspace", folder, "--learner", "Bench <bench@example.com>"])
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
      try? FileManager.default.removeItem(atPath: folder)
      if status != 0 {
        print("labs: labrun start exited \(status)")
        return
      }
      times.append(elapsed)
    }
    times.sort()
    print(
      "labs: labrun start interface-endpoint to its first prompt (new workspace, whole process): median \(Timing.Figures.text(times[5])) (min \(Timing.Figures.text(times[0])), max \(Timing.Figures.text(times[10]))); target ≤ 100 ms"
    )
    if sink == 42 { print("") }
  }

  /// Runs a program with standard input from /dev/null and its output discarded; returns its status.
  static func spawn(_ path: String, _ arguments: [String]) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for string in argv { free(string) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
  }
}
