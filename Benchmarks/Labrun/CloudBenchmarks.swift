import Cloud
import CourseWorldSupport

/// Issue 3's figures: resolve + connect + list a bucket, and building a fresh lab world.
enum CloudBenchmarks {
  static func run() throws {
    let description = WorldDescription.course()
    var world = try description.build(seed: 2021)
    var sink = 0

    let exchange = Timing.measure(perBatch: 2_000) {
      let result = world.s3Exchange(
        from: "V1", endpointHost: "s3.ap-northeast-2.amazonaws.com",
        request: .listObjectsV2(bucket: "jschoi.acl", prefix: "", delimiter: "/"), signingRegion: "ap-northeast-2")
      sink &+= result.events.count
    }
    report("cloud: resolve + connect + list jschoi.acl (V1)", exchange, target: "≤ 20 µs")

    var seed: UInt64 = 0
    let fresh = Timing.measure(perBatch: 500) {
      seed &+= 1
      if let built = try? description.build(seed: seed) { sink &+= built.hosts.count }
    }
    report("cloud: build the course world", fresh, target: "≤ 100 µs")
    if sink == 42 { print("") }  // Keeps the work from being optimised away.
  }
}
