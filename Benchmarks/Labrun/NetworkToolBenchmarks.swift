import Cloud
import CourseWorldSupport
import Shell

/// Issue 12's network tools in-process: one connect test and one full trace per run.
enum NetworkToolBenchmarks {
  static func run() throws {
    let world = try WorldDescription.course().build(seed: 2021)
    var sink = 0
    let lines = [
      ("V1", "nc -zv s3.ap-northeast-2.amazonaws.com 443"),
      ("V3", "nc -zv s3.ap-northeast-2.amazonaws.com 443"),
      ("V1", "telnet s3.ap-northeast-2.amazonaws.com 443"),
      ("V3", "traceroute s3.ap-northeast-2.amazonaws.com"),
      ("V1", "ip route get 52.219.60.1"),
    ]
    for (host, line) in lines {
      var state = ShellState(world: world, hostName: host)
      let figures = Timing.measure(perBatch: 2_000) {
        sink &+= LabShell.run(line, state: &state).output.count
        state.history.removeAll(keepingCapacity: true)
      }
      report("shell: \(line) (\(host))", figures, target: "≤ 50 µs")
    }
    if sink == 42 { print("") }
  }
}
