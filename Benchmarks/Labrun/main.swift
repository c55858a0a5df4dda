// labrun's benchmarks, in release mode: `swift build -c release && .build/release/labrun-bench [cloud|shell|labs|all]`.
import Foundation

let which = CommandLine.arguments.dropFirst().first ?? "all"
// The repository is found from the working directory, where `swift build` is run.
let repository = FileManager.default.currentDirectoryPath
do {
  if which == "profile-s3ls" {
    // A fixed loop for a profiler (valgrind --tool=callgrind) to look at.
    try ShellBenchmarks.profile()
  }
  if which == "profile-nslookup" { try ShellBenchmarks.profileNslookup() }
  if which == "cloud" || which == "all" { try CloudBenchmarks.run() }
  if which == "shell" || which == "all" { try ShellBenchmarks.run() }
  if which == "labs" || which == "all" { try LabsBenchmarks.run(repository: repository) }
} catch {
  print("benchmark failed: \(error)")
}
