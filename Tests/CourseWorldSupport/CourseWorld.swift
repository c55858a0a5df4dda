import Cloud
import Foundation
import Yams

/// The course's world for tests and benchmarks of the modules below Labs, read from the same file
/// the labs build on (`labs/course.world.yaml`), so there is one course and it lives in the data.
public enum CourseWorld {
  /// The repository's `labs/course.world.yaml`.
  public static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("labs/course.world.yaml").path

  /// The course's world as described in the file; a file that does not decode stops the test run,
  /// since nothing below it can mean anything.
  public static let description: WorldDescription = {
    do {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      return try YAMLDecoder().decode(WorldDescription.self, from: text)
    } catch {
      fatalError("\(path) does not describe a world: \(error)")
    }
  }()
}

extension WorldDescription {
  /// The course's network (`labs/course.world.yaml`) in `era`.
  public static func course(era: Era = .y2021) -> WorldDescription {
    var description = CourseWorld.description
    description.era = era
    return description
  }
}

extension S3Store {
  /// The course's buckets: `jschoi.acl` as the article lists it, and a bucket in us-east-1.
  public static let articleFixture: S3Store = {
    do {
      return try WorldDescription.course().build(seed: 1).s3
    } catch {
      fatalError("the course's world does not build: \(error)")
    }
  }()
}
