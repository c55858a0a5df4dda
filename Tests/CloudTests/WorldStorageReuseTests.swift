import CourseWorldSupport
import Testing

@testable import Cloud

/// A start builds the learner's world with the storage of the world the loader built for the
/// lab's default seed: the result must be the world a build from scratch gives.
@Suite struct WorldStorageReuseTests {
  @Test(arguments: [(1, 2), (20_210_614, 7), (99, 99), (0, UInt64.max)] as [(UInt64, UInt64)])
  func reusingStorageGivesTheSameWorld(_ seed: UInt64, _ other: UInt64) throws {
    let description = WorldDescription.course()
    let fresh = try description.build(seed: seed)
    let reused = try description.build(seed: seed, reusingStorageOf: description.build(seed: other))
    #expect(reused == fresh)
    #expect(!(try reused.s3.listBuckets().get()).isEmpty)
  }

  /// The IDs still follow the seed: only the storage is taken over.
  @Test func theIDsAreTheSeedsOwn() throws {
    let description = WorldDescription.course()
    let reused = try description.build(seed: 5, reusingStorageOf: description.build(seed: 6))
    #expect(reused.vpcs.map(\.id) == (try description.build(seed: 5)).vpcs.map(\.id))
    #expect(reused.vpcs.map(\.id) != (try description.build(seed: 6)).vpcs.map(\.id))
  }
}
