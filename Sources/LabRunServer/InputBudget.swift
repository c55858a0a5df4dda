/// A token bucket over input bytes: a paste may arrive at once, a flood may not go on.
struct InputBudget {
  private let rate: Double
  private let burst: Double
  private var available: Double
  private var last: ContinuousClock.Instant

  init(bytesPerSecond: Int, burstBytes: Int, now: ContinuousClock.Instant = .now) {
    rate = Double(bytesPerSecond)
    burst = Double(burstBytes)
    available = burst
    last = now
  }

  /// Whether `count` bytes may go through now; spends them when they may.
  mutating func spend(_ count: Int, now: ContinuousClock.Instant = .now) -> Bool {
    let elapsed = now - last
    last = now
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    available = min(burst, available + seconds * rate)
    guard Double(count) <= available else { return false }
    available -= Double(count)
    return true
  }
}
