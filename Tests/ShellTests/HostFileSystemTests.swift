import CourseWorldSupport
import Foundation
import Testing

@testable import Shell

/// The simulated hosts' files: captured real-tool cases, then the behaviours the shell documents.
@Suite struct HostFileSystemTests {
  struct Capture: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let setup: String
    let command: String
    let stdout: String
    let stderr: String
    let status: Int32
    var testDescription: String { name }
  }

  struct File: Decodable {
    let tools: [String]
    let cases: [Capture]
  }

  /// Real awscli and GNU ls, by scripts/capture/local_files.py.
  static let captures: [Capture] = {
    guard
      let url = Bundle.module.url(
        forResource: "captures", withExtension: "json", subdirectory: "Resources/captures/local-files"),
      let data = try? Data(contentsOf: url),
      let file = try? JSONDecoder().decode(File.self, from: data)
    else { return [] }
    return file.cases
  }()

  @Test func theCaptureIsThere() {
    #expect(HostFileSystemTests.captures.count == 27)
  }

  /// The case's setup in a fresh folder of the simulated home, then its command. awscli's
  /// messages here come before any request, so the host's role and network do not matter.
  @Test(arguments: captures) func sameAsTheRealTool(_ capture: Capture) throws {
    var state = try Golden.state("cloudshell")
    state.explainedUnknownCommand = true
    let setup = LabShell.run(
      "mkdir case && cd case && " + (capture.setup.isEmpty ? "true" : capture.setup), state: &state)
    #expect(setup.status == 0, "\(setup.combined)")
    let result = LabShell.run(capture.command, state: &state)
    #expect(result.stdout == capture.stdout)
    let expected = HostFileSystemTests.asCoreutils822(capture.stderr)
    #expect(result.stderr.hasSuffix(expected), "\(result.stderr.debugDescription)")
    #expect(result.status == capture.status)
  }

  /// coreutils 9.1's words as Amazon Linux 2's 8.22 prints them. From 8.25 on, `rm`, `cp`, `mv`,
  /// `touch` and `ls` quote names shell-style (`'x'`) where 8.22 used the locale's quotes (`‘x’`,
  /// and none at all after `ls: cannot access`); 8.22's `cp` said only `omitting directory`
  /// (the `-r not specified; ` prefix came in 8.26). `mkdir`, `cat`, `tee` and `wc` did not change.
  static func asCoreutils822(_ text: String) -> String {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      var line = line
      let tool = line.prefix { $0 != ":" }
      if ["rm", "cp", "mv", "touch"].contains(tool) {
        line = line.replacing("-r not specified; omitting", with: "omitting")
        line = requoted(line)
      } else if tool == "ls" {
        line = line.replacing(/cannot access '([^']*)'/) { "cannot access \($0.1)" }
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  private static func requoted(_ line: String) -> String {
    line.replacing(/'([^']*)'/) { "‘\($0.1)’" }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let host: String
    let lines: [String]
    let stdout: String
    let stderr: String
    let status: Int32
    let note: String
    var testDescription: String { note }

    init(
      _ lines: [String], on host: String = "V1", stdout: String = "", stderr: String = "", status: Int32 = 0,
      _ note: String
    ) {
      self.host = host
      self.lines = lines
      self.stdout = stdout
      self.stderr = stderr
      self.status = status
      self.note = note
    }
  }

  /// The last line's whole output. Sources: Amazon Linux 2's bash skeleton files (bash-4.2 RPM:
  /// 18, 193 and 231 bytes), GNU coreutils 8.22's messages (AL2's version, quoting with ‘ ’),
  /// Linux's permission rules, awscli's s3 transfer messages (awscli/customizations/s3/results.py)
  /// and the course world's objects (jschoi.acl_test.csv is 29606 bytes, as the article lists it).
  static let cases: [Case] = [
    .init(
      ["ls -la"],
      stdout: """
        total 12
        drwx------ 3 ec2-user ec2-user  74 Jan 14 00:00 .
        drwxr-xr-x 3 root     root      22 Jan 14 00:00 ..
        drwxrwxr-x 2 ec2-user ec2-user  20 Jan 14 00:00 .aws
        -rw-r--r-- 1 ec2-user ec2-user  18 Jan 14 00:00 .bash_logout
        -rw-r--r-- 1 ec2-user ec2-user 193 Jan 14 00:00 .bash_profile
        -rw-r--r-- 1 ec2-user ec2-user 231 Jan 14 00:00 .bashrc

        """, "a new home holds AL2's skeleton files"),
    .init(["ls"], "the skeleton files are hidden"),
    .init(["cd /tmp", "pwd"], stdout: "/tmp\n", "cd moves"),
    .init(["cd /tmp", "cd -"], stdout: "/home/ec2-user\n", "cd - prints where it goes"),
    .init(["cd /etc/hosts"], stderr: "-bash: cd: /etc/hosts: Not a directory\n", status: 1, "cd into a file"),
    .init(["cd /root"], stderr: "-bash: cd: /root: Permission denied\n", status: 1, "root's home is closed"),
    .init(
      ["ls /root"], stderr: "ls: cannot open directory /root: Permission denied\n", status: 2, "ls of a closed folder"),
    .init(["sudo ls -a /root"], stdout: ".  ..\n", "sudo reads as root"),
    .init(["cat /etc/shadow"], stderr: "cat: /etc/shadow: Permission denied\n", status: 1, "shadow is root's"),
    .init(["sudo whoami"], stdout: "root\n", "sudo runs as root"),
    // Reads of a host nothing was written on yet, which go through the image's entries alone.
    .init(["cat /etc/hosts/x"], stderr: "cat: /etc/hosts/x: Not a directory\n", status: 1, "a file as a folder"),
    .init(
      ["cat ~/.bashrc/x"], stderr: "cat: /home/ec2-user/.bashrc/x: Not a directory\n", status: 1,
      "a home file as a folder"),
    .init(["cat /root/x"], stderr: "cat: /root/x: Permission denied\n", status: 1, "through a closed folder"),
    .init(["sudo cat /root/x"], stderr: "cat: /root/x: No such file or directory\n", status: 1, "root goes through"),
    .init(["cat /nowhere/x"], stderr: "cat: /nowhere/x: No such file or directory\n", status: 1, "no such folder"),
    .init(["cat ~/.aws"], stderr: "cat: /home/ec2-user/.aws: Is a directory\n", status: 1, "a home folder"),
    .init(["cat ~/.aws/config"], stdout: "[default]\nregion = ap-northeast-2\n", "awscli's config file"),
    .init(
      ["cat /home/ec2-userx/.bashrc"], stderr: "cat: /home/ec2-userx/.bashrc: No such file or directory\n", status: 1,
      "a name that only starts as the home does"),
    .init(
      ["cat /home/ec2-user/.aws/credentials"],
      stderr: "cat: /home/ec2-user/.aws/credentials: No such file or directory\n", status: 1,
      "an instance has no credentials file"),
    .init(
      ["echo x > /etc/motd"], stderr: "-bash: /etc/motd: Permission denied\n", status: 1, "system folders are root's"),
    .init(
      ["echo x | sudo tee /etc/motd"], stdout: "x\n", stderr: "tee: /etc/motd: Read-only file system\n", status: 1,
      "and read-only even for root"),
    .init(["mkdir -p a/b/c", "ls a/b"], stdout: "c\n", "mkdir -p makes the parents"),
    .init(
      ["mkdir a", "mkdir a"], stderr: "mkdir: cannot create directory ‘a’: File exists\n", status: 1, "mkdir twice"),
    .init(["rm nofile"], stderr: "rm: cannot remove ‘nofile’: No such file or directory\n", status: 1, "rm of nothing"),
    .init(["rm -f nofile"], "rm -f of nothing is quiet"),
    .init(["mkdir d", "rm d"], stderr: "rm: cannot remove ‘d’: Is a directory\n", status: 1, "rm of a folder"),
    .init(["mkdir d", "touch d/f", "rm -r d", "ls"], "rm -r removes the tree"),
    .init(["cp nofile x"], stderr: "cp: cannot stat ‘nofile’: No such file or directory\n", status: 1, "cp of nothing"),
    .init(["cp"], stderr: "cp: missing file operand\nTry 'cp --help' for more information.\n", status: 1, "cp alone"),
    .init(["mkdir d", "cp d e"], stderr: "cp: omitting directory ‘d’\n", status: 1, "cp of a folder"),
    .init(["echo a > f", "cp f g", "mv g h", "cat f h", "ls"], stdout: "f  h\n", "cp then mv"),
    .init(["touch /tmp/x", "ls /tmp"], stdout: "x\n", "/tmp is everyone's"),
    .init(
      ["aws s3 cp s3://jschoi.acl/jschoi.acl_test.csv .", "wc -c jschoi.acl_test.csv"],
      stdout: "29606 jschoi.acl_test.csv\n", "a download is a file of the object's size"),
    .init(
      ["aws s3 cp s3://jschoi.acl/jschoi.acl_test.csv /tmp/"],
      stdout: "download: s3://jschoi.acl/jschoi.acl_test.csv to ../../tmp/jschoi.acl_test.csv\n",
      "awscli names the destination relative to the working directory"),
    .init(
      ["aws s3 cp s3://jschoi.acl/public1/index.html - | head -c 6"], stdout: "<html>",
      "a download to - is the body"),
    .init(
      ["echo hi > up.txt", "aws s3 cp up.txt s3://jschoi.acl/"],
      stderr:
        "upload failed: ./up.txt to s3://jschoi.acl/up.txt An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n",
      status: 1, "the instances' role reads S3 but cannot write it"),
    .init(
      ["echo hi > up.txt", "aws s3 cp up.txt s3://jschoi.acl/notes/"], on: "cloudshell",
      stdout: "upload: ./up.txt to s3://jschoi.acl/notes/up.txt\n", "an admin may upload"),
    .init(
      ["aws s3api get-object --bucket jschoi.acl --key private1/secret.txt s.txt > /dev/null", "cat s.txt"],
      stdout: "This object is private: only the bucket owner can read it.\n", "get-object writes its outfile"),
    .init(
      ["aws s3 cp s3://jschoi.acl/public1/logo.png .", "wc -c logo.png", "cat logo.png | wc -c > /dev/null"],
      "binary data goes to a file and back without harm"),
    .init(["echo x > f", "cat f f f f > g", "wc -c < g"], stdout: "8\n", "input redirection"),
    .init(["echo {} > p.json", "jq -c . p.json"], stdout: "{}\n", "jq reads a file"),
    .init(["printf 'b\\na\\n' > f", "sort f", "grep -c a f"], stdout: "1\n", "filters read files"),
    .init(
      ["printf 'x\\n' > a", "printf 'y\\n' > b", "head -n 1 a b"], stdout: "==> a <==\nx\n\n==> b <==\ny\n",
      "head names several files"),
    .init(["mkdir d", "echo x > d"], stderr: "-bash: d: Is a directory\n", status: 1, "a redirection to a folder"),
    // curl 7.88's words (captures/curl); its meter is tested on its own below.
    .init(
      ["curl -so id http://169.254.169.254/latest/meta-data/instance-id -w '%{http_code}\\n'", "wc -c id"],
      stdout: "19 id\n", "curl -o writes the body, -w still prints"),
    .init(
      ["curl -sO http://169.254.169.254/latest/meta-data/local-ipv4", "cat local-ipv4"], stdout: "10.0.1.10",
      "curl -O names the file after the URL"),
    .init(
      ["curl -O http://169.254.169.254/"],
      stderr: "curl: Remote file name has no length!\ncurl: (23) Failed writing received data to disk/application\n",
      status: 23, "curl -O needs a name"),
    .init(
      ["curl -so /nope/x http://169.254.169.254/latest/meta-data/instance-id"],
      stderr:
        "Warning: Failed to open the file /nope/x: No such file or directory\ncurl: (23) Failure writing output to destination\n",
      status: 23, "curl -o into a missing folder"),
  ]

  @Test(arguments: cases) func behaviour(_ testCase: Case) throws {
    var state = try Golden.state(testCase.host)
    var result = LineResult(status: 0)
    for line in testCase.lines { result = LabShell.run(line, state: &state) }
    #expect(result.stdout == testCase.stdout)
    #expect(result.stderr == testCase.stderr)
    #expect(result.status == testCase.status)
  }

  @Test func aFileStopsAtItsLimit() throws {
    var state = try Golden.state("V1")
    // 2^21 bytes after 20 doublings: past the 1 MiB a file may hold.
    let grow = LabShell.run(
      "echo x > f; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat f f > g || break; mv g f; done",
      state: &state)
    #expect(grow.stderr == "cat: write error: File too large\n")
    let size = LabShell.run("wc -c f", state: &state).stdout
    // 2^20 bytes is exactly the limit, which a file may reach.
    #expect(size == "\(ShellLimits.maximumFileBytes) f\n")
  }

  @Test func aLineStopsWhenItsOutputPassesTheLimit() throws {
    var state = try Golden.state("V1")
    LabShell.run(
      "echo x > f; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat f f > g || break; mv g f; done",
      state: &state)
    let result = LabShell.run(
      "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do cat f; done; echo after",
      state: &state)
    #expect(result.stdout.utf8.count <= ShellLimits.maximumLineOutputBytes)
    #expect(result.stdout.utf8.count == 16 * ShellLimits.maximumFileBytes)
    #expect(
      result.stderr.hasSuffix("-bash: the line's output passed 16 MiB, the lab shell's limit; the rest was not run\n"))
    #expect(result.status == 1)
  }

  @Test func aLoopThatNeverEndsStopsAtTheLimit() throws {
    var state = try Golden.state("V1")
    let result = LabShell.run("while true; do :; done; echo after", state: &state)
    #expect(
      result.stderr
        == "-bash: the line ran \(ShellLimits.maximumCommandsPerLine) commands, the lab shell's limit; the rest was not run\n"
    )
    #expect(result.stdout == "")
    #expect(result.status == 1)
  }

  @Test func deepNestingIsRefusedBeforeAnythingRuns() throws {
    var state = try Golden.state("V1")
    let depth = ShellLimits.maximumNestingDepth + 1
    for line in [
      String(repeating: "$(", count: depth) + "echo" + String(repeating: ")", count: depth),
      String(repeating: "if true; then ", count: depth) + "echo" + String(repeating: "; fi", count: depth),
    ] {
      let result = LabShell.run(line, state: &state)
      #expect(
        result.stderr
          == "-bash: the line nests deeper than \(ShellLimits.maximumNestingDepth) levels; nothing was run\n")
      #expect(result.status == 2)
    }
    let fits = ShellLimits.maximumNestingDepth - 1
    let nested = String(repeating: "$(echo ", count: fits) + "ok" + String(repeating: ")", count: fits)
    #expect(LabShell.run("echo " + nested, state: &state).stdout == "ok\n")
    #expect(LabShell.run("false; ``; echo $?", state: &state).stdout == "0\n")
  }

  @Test func unfinishedConstructsAskForMoreThenReportAtTheEnd() throws {
    for (text, reason) in [
      ("echo $(ls", LineContinuation.openConstruct), ("cat <<EOF", .openConstruct),
      ("for i in 1 2; do", .openConstruct),
      ("if true; then echo", .openConstruct), ("cat <<'EOF'\nit's fine", .openConstruct), ("echo 'a", .openQuote("'")),
    ] {
      #expect(LineContinuation.of(text) == reason, "\(text)")
    }
    #expect(LineContinuation.of("cat <<'EOF'\nit's fine\nEOF") == nil)
    #expect(LineContinuation.of("# it's a comment") == nil)
    var state = try Golden.state("V1")
    let heredoc = LabShell.run("cat <<EOF\nno end", state: &state)
    #expect(heredoc.stdout == "no end")
    #expect(heredoc.stderr == "-bash: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')\n")
    let substitution = LabShell.run("echo $(ls", state: &state)
    #expect(substitution.stderr == "-bash: unexpected EOF while looking for matching `)'\n")
  }

  /// The meter's layout, from the capture of curl 7.88 writing a 19-byte body to a file.
  @Test func curlsMeterHasTheRealShape() {
    let captured =
      "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100    19  100    19    0     0    803      0 --:--:-- --:--:-- --:--:--   803\n"
    #expect(CurlOutputFile.meter(bytes: 19, speed: 803) == captured)
    #expect(CurlOutputFile.five(99_999) == "99999")
    #expect(CurlOutputFile.five(29_606_000) == "28.2M")
  }

  /// `--cli-input-json file://…`: the file's members are the API's parameters, the command line's win.
  @Test func cliInputJSONReadsTheHostsFile() throws {
    var state = try Golden.state("cloudshell")
    let vpc = state.world.vpcs[0].id
    LabShell.run("echo '{\"VpcIds\": [\"\(vpc)\"]}' > in.json", state: &state)
    let input = LabShell.run(
      "aws ec2 describe-vpcs --cli-input-json file://in.json --query 'Vpcs[].VpcId' --output text", state: &state)
    #expect(input.stdout == vpc + "\n")
    LabShell.run("echo nope > bad.json", state: &state)
    let bad = LabShell.run("aws ec2 describe-vpcs --cli-input-json file://bad.json", state: &state)
    #expect(
      bad.stderr
        == "\nError parsing parameter 'cli-input-json': Invalid JSON: No JSON object could be decoded\nJSON received: nope\n\n"
    )
    #expect(bad.status == 255)
  }

  @Test func anUploadLandsInTheBucket() throws {
    var state = try Golden.state("cloudshell")
    LabShell.run("echo hi > up.txt; aws s3 cp up.txt s3://jschoi.acl/notes/", state: &state)
    let object = state.world.s3.bucket(named: "jschoi.acl")?.object(forKey: "notes/up.txt")
    #expect(object?.size == 3)
    #expect(object?.contentBytes == Array("hi\n".utf8))
    // The ETag of a single-part upload is the MD5 of the body (S3 API reference, Common Response Headers).
    #expect(object?.eTag == "\"764efa883dda1e11db47671c4a3bbd9e\"")
    let listing = LabShell.run("aws s3 ls s3://jschoi.acl/notes/", state: &state).stdout
    #expect(listing.hasSuffix("          3 up.txt\n"))
  }

  @Test func replayRebuildsTheFiles() throws {
    let lines = ["mkdir -p w/x", "echo one > w/x/f", "cp -r w v", "rm w/x/f", "sudo touch /tmp/r"]
    var first = try Golden.state("V1")
    var second = try Golden.state("V1")
    for line in lines {
      LabShell.run(line, state: &first)
      LabShell.run(line, state: &second)
    }
    #expect(first.world == second.world)
    #expect(first.world.hostFiles.count == 1)
    #expect(LabShell.run("cat v/x/f; ls -l /tmp", state: &first).stdout.contains("one\n"))
  }
}
