import Cloud
import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// awscli stops every command with botocore's traceback when its config or credentials file is
/// one Python 2.7's parser refuses: the captures of `scripts/capture/awscli_config_refused.py`,
/// from the real awscli 1.18.147, compared byte for byte with the exit status.
@Suite struct AWSConfigRefusedTests {
  struct Capture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let broken: String
    let text: String
    let command: String
    let stdout: String
    let stderr: String
    let status: Int32
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tool: String
    let cases: [Capture]
  }

  static let file: File? = {
    guard
      let url = Bundle.module.url(
        forResource: "captures", withExtension: "json", subdirectory: "Resources/captures/awscli-config-refused"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return try? JSONDecoder().decode(File.self, from: data)
  }()

  static func shell() throws -> ShellState {
    ShellState(world: try WorldDescription.course(era: .y2021).build(seed: 1), hostName: "V1")
  }

  @Test func theCaptureIsFromTheClaimedVersion() throws {
    let file = try #require(Self.file)
    #expect(file.tool == "aws-cli/1.18.147 Python/2.7.18 botocore/1.18.6")
    #expect(file.cases.count == 9)
  }

  @Test(arguments: file?.cases ?? [])
  func everyCommandStopsAsAwscliDoes(_ capture: Capture) throws {
    var state = try Self.shell()
    // The capture's other file is a good one: the host's own config, and no credentials file.
    var named: [String] = []
    if capture.broken != "credentials" { named.append("~/.aws/config") }
    if capture.broken != "config" { named.append("~/.aws/credentials") }
    for name in named {
      let path = HostFiles.resolve(HostFiles.expandingTilde(name, state: state), state: state)
      try HostFiles.write(capture.text, to: path, append: false, state: &state).get()
    }
    // Both files broken: botocore reads the config file first, and names it.
    let shown = HostFiles.expandingTilde(named[0], state: state)
    let result = LabShell.run(capture.command, state: &state)
    #expect(result.stdout == capture.stdout)
    #expect(result.stderr == capture.stderr.replacingOccurrences(of: "FILE", with: shown))
    #expect(result.status == capture.status)
  }

  /// Written and mended through the shell: the traceback names the file as botocore does, and a
  /// good file makes `aws` answer again.
  @Test func aFileBrokenAndMendedInTheShell() throws {
    var state = try Self.shell()
    #expect(LabShell.run("printf 'region = x\\n' > ~/.aws/config", state: &state).status == 0)
    let broken = LabShell.run("aws s3 ls", state: &state)
    #expect(broken.status == 1)
    #expect(broken.stdout.isEmpty)
    #expect(broken.stderr.hasPrefix("Traceback (most recent call last):\n  File \"/usr/bin/aws\", line 27"))
    #expect(
      broken.stderr.hasSuffix(
        "botocore.exceptions.ConfigParseError: Unable to parse config file: /home/ec2-user/.aws/config\n"))
    _ = LabShell.run("export AWS_CONFIG_FILE=elsewhere/config", state: &state)
    #expect(LabShell.run("mkdir elsewhere && printf '[default\\n' > elsewhere/config", state: &state).status == 0)
    // botocore names a relative path as it was given.
    #expect(LabShell.run("aws --version", state: &state).stderr.hasSuffix("config file: elsewhere/config\n"))
    _ = LabShell.run("unset AWS_CONFIG_FILE", state: &state)
    #expect(
      LabShell.run("printf '[default]\\nregion = ap-northeast-2\\n' > ~/.aws/config", state: &state).status == 0)
    let mended = LabShell.run("aws s3 ls", state: &state)
    #expect(mended.status == 0)
    #expect(mended.stderr.isEmpty)
  }
}
