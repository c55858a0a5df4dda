import Cloud
import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// The Regions part of the awscli fidelity suite: how the real awscli 1.18.147 picks its Region
/// (`--region`, `AWS_DEFAULT_REGION`, `~/.aws/config`), what `aws configure get/set/list` print and
/// write, and which endpoint each Region's calls go to. Captured by
/// scripts/capture/awscli_region_fidelity.py (docs/fidelity.md, "Regions"), each case run here on
/// its host of the course world and compared byte for byte, exit status included.
@Suite struct AWSRegionFidelityTests {
  static let file: AWSFidelityTests.File? = {
    guard
      let url = Bundle.module.url(
        forResource: "regions", withExtension: "json", subdirectory: "Resources/captures/awscli-fidelity"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return try? JSONDecoder().decode(AWSFidelityTests.File.self, from: data)
  }()

  static let captures: [AWSFidelityTests.Capture] = file?.cases ?? []

  @Test func theCaptureIsFromTheClaimedVersion() throws {
    let file = try #require(Self.file)
    #expect(file.tools.first?.hasPrefix("aws-cli/1.18.147 Python/2.7.18 ") == true)
    #expect(file.tools.first?.hasSuffix(" botocore/1.18.6") == true)
    #expect(file.cases.count == 27)
  }

  @Test(arguments: captures)
  func identical(_ capture: AWSFidelityTests.Capture) throws {
    let mine = try AWSFidelityTests.run(capture)
    #expect(mine.stdout == capture.stdout, "\(capture.command)")
    #expect(mine.stderr == capture.stderr, "\(capture.command)")
    #expect(mine.status == capture.status, "\(capture.command)")
  }
}
