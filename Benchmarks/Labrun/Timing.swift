/// Measures an operation the way the benchmarks report it: the median over batches of the
/// mean time per call, in a process that does nothing else.
struct Timing {
  /// Median, minimum and maximum of the per-call batch means, in nanoseconds.
  struct Figures {
    let median: Double
    let minimum: Double
    let maximum: Double

    /// `1.23 µs`-style text.
    static func text(_ nanoseconds: Double) -> String {
      if nanoseconds < 0 { return "-" + text(-nanoseconds) }
      if nanoseconds >= 1_000_000 { return format(nanoseconds / 1_000_000) + " ms" }
      if nanoseconds >= 1_000 { return format(nanoseconds / 1_000) + " µs" }
      return format(nanoseconds) + " ns"
    }

    private static func format(_ value: Double) -> String {
      let hundredths = (value * 100).rounded()
      let whole = Int(hundredths) / 100
      let fraction = Int(hundredths) % 100
      return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
  }

  /// Runs `body` in `batches` batches of `perBatch` calls after a warm-up batch.
  static func measure(batches: Int = 21, perBatch: Int, _ body: () -> Void) -> Figures {
    let clock = ContinuousClock()
    for _ in 0..<perBatch { body() }
    var means: [Double] = []
    for _ in 0..<batches {
      let elapsed = clock.measure {
        for _ in 0..<perBatch { body() }
      }
      let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
      means.append(nanoseconds / Double(perBatch))
    }
    means.sort()
    return Figures(median: means[means.count / 2], minimum: means.first!, maximum: means.last!)
  }
}

/// Prints one benchmark line: name, median (min–max), and the target it is held to.
func report(_ name: String, _ figures: Timing.Figures, target: String) {
  let text = Timing.Figures.text
  print(
    "\(name): median \(text(figures.median)) (min \(text(figures.minimum)), max \(text(figures.maximum))); target \(target)"
  )
}
