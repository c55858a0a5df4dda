// labrun's benchmarks: run in release mode, `swift run -c release labrun-bench [cloud|shell|all]`.
let which = CommandLine.arguments.dropFirst().first ?? "all"
do {
  if which == "cloud" || which == "all" { try CloudBenchmarks.run() }
} catch {
  print("benchmark failed: \(error)")
}
