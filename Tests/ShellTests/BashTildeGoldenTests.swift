import CourseWorldSupport
import Testing

@testable import Shell

/// Tilde expansion against real bash (captures by scripts/capture/bash_tilde.py, bash 5.2, with
/// `$HOME` the home of V1's login user): each case runs on V1 and must print the same bytes on
/// each stream with the same status.
@Suite struct BashTildeGoldenTests {
  static let captures = BashConstructGoldenTests.cases(in: "tilde")

  @Test func theCaptureIsThere() {
    #expect(BashTildeGoldenTests.captures.count >= 20)
  }

  @Test(arguments: captures) func sameAsBash(_ capture: BashConstructGoldenTests.Capture) throws {
    var state = try Golden.state("V1")
    let result = LabShell.run(capture.script, state: &state)
    #expect(result.stdout == capture.stdout, "stdout of \(capture.script.debugDescription)")
    #expect(result.stderr == capture.stderr, "stderr of \(capture.script.debugDescription)")
    #expect(result.status == capture.status, "status of \(capture.script.debugDescription)")
  }

  /// `~NAME` for the login user, which the capture machine has no account for: bash gives the
  /// home its password entry names (the bash manual, "Tilde Expansion"), `/home/ec2-user` on V1
  /// and `/home/cloudshell-user` on CloudShell; a user the host does not have stays as typed.
  @Test(arguments: [
    ("V1", "echo ~ec2-user ~ec2-user/.aws ~cloudshell-user", "/home/ec2-user /home/ec2-user/.aws ~cloudshell-user\n"),
    ("cloudshell", "echo ~cloudshell-user/x ~ec2-user", "/home/cloudshell-user/x ~ec2-user\n"),
    ("V1", "export HOME=/srv; cd /tmp; cd ~ec2-user; pwd; echo ~", "/home/ec2-user\n/srv\n"),
  ])
  func loginUsersHome(host: String, line: String, expected: String) throws {
    var state = try Golden.state(host)
    let result = LabShell.run(line, state: &state)
    #expect(result.stdout == expected)
    #expect(result.stderr == "")
  }

  /// Completion and awscli's `file://` read `~` from `$HOME` as bash's completion and Python's
  /// `os.path.expanduser` do.
  @Test func homeSetForCompletionAndParamFiles() throws {
    var state = try Golden.state("V1")
    _ = LabShell.run("mkdir -p /tmp/h/sub && echo '{}' > /tmp/h/p.json && export HOME=/tmp/h", state: &state)
    #expect(HostFiles.listing("~/", state: state)?.sorted() == ["p.json", "sub/"])
    let read = AWSParamFiles.load(["--cli-input-json", "file://~/p.json"], state: state)
    #expect((try? read.get()) == ["--cli-input-json", "{}\n"])
  }
}
