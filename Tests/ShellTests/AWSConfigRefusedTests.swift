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
    /// `AWS_CONFIG_FILE` as botocore is given it, FOLDER standing for the home; nil for the default.
    let configFile: String?
    /// A variable exported with it (name, value).
    let variable: [String]?
    var testDescription: String { name }
  }

  struct Writer: Decodable {
    let configFile: String
    let setStatus: Int32
    let written: [String: String]
    let getStatus: Int32
    let getStdout: String
  }

  struct Profile: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let command: String
    let stdout: String
    let stderr: String
    let status: Int32
    var testDescription: String { name }
  }

  struct CredentialsWriter: Decodable {
    struct Command: Decodable {
      let command: String
      let status: Int32
      let stdout: String
      let stderr: String
    }
    struct Written: Decodable {
      let text: String
      let mode: String
    }
    let commands: [Command]
    let files: [String: Written]
  }

  struct File: Decodable {
    let tool: String
    let cases: [Capture]
    let writer: Writer
    let profiles: [Profile]
    let credentialsWriter: CredentialsWriter
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
    #expect(file.cases.count == 20)
  }

  @Test(arguments: (file?.cases ?? []).filter { $0.configFile == nil })
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

  /// botocore expands `$NAME` and `${NAME}` in the file's name, then `~`: the traceback names the
  /// path it read.
  @Test(arguments: (file?.cases ?? []).filter { $0.configFile != nil })
  func theNameIsExpandedAsBotocoreExpandsIt(_ capture: Capture) throws {
    var state = try Self.shell()
    let home = SessionEnvironment.home(state)
    let given = try #require(capture.configFile).replacingOccurrences(of: "FOLDER", with: home)
    state.variables["AWS_CONFIG_FILE"] = given
    if let variable = capture.variable, variable.count == 2 {
      state.variables[variable[0]] = variable[1].replacingOccurrences(of: "FOLDER", with: home)
    }
    let expected = capture.stderr.replacingOccurrences(of: "FOLDER", with: home)
    let named = try #require(expected.split(separator: "\n").last?.split(separator: ": ").last)
    // A name left relative (`~nosuchuser/c`) is read from the working folder, the home.
    let path = HostFiles.resolve(String(named), state: state)
    if case .failure(let error) = HostFiles.makeDirectory(FileTree.parent(of: path), state: &state) {
      #expect(error == .exists)
    }
    try HostFiles.write(capture.text, to: path, append: false, state: &state).get()
    let result = LabShell.run(capture.command, state: &state)
    #expect(result.stdout == capture.stdout)
    #expect(result.stderr == expected)
    #expect(result.status == capture.status)
  }

  /// `aws configure set` writes where awscli's writer does, as captured: `~` expanded, `$NAME` left
  /// as written (a path relative to the working folder), so the reader never reads it back.
  @Test func configureSetWritesAtTheUnexpandedName() throws {
    let writer = try #require(Self.file?.writer)
    let (path, text) = try #require(writer.written.first)
    #expect(writer.written.count == 1)
    var state = try Self.shell()
    state.variables["AWS_CONFIG_FILE"] = writer.configFile
    #expect(LabShell.run("mkdir '$HOME'", state: &state).status == 0)
    #expect(LabShell.run("aws configure set region us-east-1", state: &state).status == writer.setStatus)
    #expect(LabShell.run("cat '\(path)'", state: &state).stdout == text)
    let get = LabShell.run("aws configure get region", state: &state)
    #expect(get.status == writer.getStatus)
    #expect(get.stdout == writer.getStdout)
  }

  /// A profile is a section botocore reads as one: an indented `[profile p]` continues the value
  /// above it, and `[DEFAULT]` is no profile.
  @Test(arguments: file?.profiles ?? [])
  func profilesAreTheSectionsBotocoreReads(_ capture: Profile) throws {
    var state = try Self.shell()
    let path = HostFiles.resolve(HostFiles.expandingTilde("~/.aws/config", state: state), state: state)
    try HostFiles.write(capture.text, to: path, append: false, state: &state).get()
    let result = LabShell.run(capture.command, state: &state)
    #expect(result.stdout == capture.stdout)
    #expect(result.stderr == capture.stderr)
    #expect(result.status == capture.status)
  }

  /// `aws configure set` writes the three credential keys to the shared credentials file (a
  /// profile's section by its bare name) and the rest to the config file, as captured.
  @Test func credentialKeysGoToTheCredentialsFile() throws {
    let capture = try #require(Self.file?.credentialsWriter)
    var state = try Self.shell()
    for command in capture.commands {
      let result = LabShell.run(command.command, state: &state)
      #expect(result.status == command.status, "\(command.command)")
      #expect(result.stdout == command.stdout)
      #expect(result.stderr == command.stderr)
    }
    for name in [".aws/config", ".aws/credentials"] {
      let written = try #require(capture.files[name])
      #expect(LabShell.run("cat ~/\(name)", state: &state).stdout == written.text, "\(name)")
    }
    // A file the command made is the owner's alone; the config file was the image's.
    let credentials = try #require(capture.files[".aws/credentials"])
    #expect(credentials.mode == "0o600")
    let path = HostFiles.resolve(HostFiles.expandingTilde("~/.aws/credentials", state: state), state: state)
    #expect(try HostFiles.lookup(path, state: state).get().mode == 0o600)
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
