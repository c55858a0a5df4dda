import Foundation
import Testing
import TextLayout

/// `labrun start` in a real terminal (tmux), as a learner meets it: Ctrl-C, exit and resume, a
/// pasted command, Tab, Korean, history after a resume, rendering at three widths, NO_COLOR.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux (scripts/test.sh installs it)"))
struct TerminalSessionTests {
  static let labs = GradeSupport.labsFolder
  static let prompt = "[cloudshell-user@ip-10-130-54-200 ~]$"
  static let v1 = "[ec2-user@ip-10-0-1-10 ~]$"

  /// A new workspace folder, removed when the test ends.
  static func workspace(_ name: String) throws -> (URL, String) {
    let folder = try LabrunProcess.temporaryFolder("tty-\(name)")
    return (folder, folder.appendingPathComponent("work").path)
  }

  static func start(
    _ lab: String, workspace: String, width: Int = 100, environment: [String: String] = ["NO_COLOR": "1"]
  ) throws -> Tmux {
    try Tmux(
      ["start", lab, "--workspace", workspace, "--learner", "Ada Lovelace <ada@example.org>", "--labs", labs],
      width: width, environment: environment)
  }

  static func commits(_ workspace: String) throws -> Int {
    Int(
      try GradeSupport.git(["rev-list", "--count", "main"], in: workspace).trimmingCharacters(
        in: .whitespacesAndNewlines)) ?? -1
  }

  @Test func ctrlCCancelsTheLineAndNeverEndsLabrun() throws {
    let (folder, path) = try Self.workspace("ctrl-c")
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start("interface-endpoint", workspace: path)
    #expect(try tmux.wait(for: Self.prompt))
    try tmux.type("aws s3 ls half typed")
    try tmux.press("C-c")
    #expect(try tmux.wait(for: "aws s3 ls half typed^C"))
    try tmux.press("C-c")
    try tmux.type("echo status $?")
    try tmux.press("Enter")
    #expect(try tmux.wait(for: "status 130"))
    // Still there: nothing was recorded for the cancelled lines, the command after them was.
    try tmux.type("hostname")
    try tmux.press("Enter")
    #expect(try tmux.wait(for: "ip-10-130-54-200\n"))
    #expect(try !tmux.screen().joined().contains("[exited"))
    #expect(try Self.commits(path) == 3)
  }

  @Test func exitThenResumeWithHistory() throws {
    let (folder, path) = try Self.workspace("resume")
    defer { try? FileManager.default.removeItem(at: folder) }
    var tmux: Tmux? = try Self.start("interface-endpoint", workspace: path)
    #expect(try tmux!.wait(for: Self.prompt))
    try tmux!.type("echo first thing")
    try tmux!.press("Enter")
    try tmux!.type("exit")
    try tmux!.press("Enter")
    #expect(try tmux!.wait(for: "[exited 0]"))
    tmux = nil
    // The exit was not recorded: the workspace resumes, and Up brings back the earlier command.
    let again = try Self.start("interface-endpoint", workspace: path)
    #expect(try again.wait(for: "Resuming"))
    #expect(try again.wait(for: Self.prompt))
    try again.press("Up")
    #expect(try again.wait(for: Self.prompt + " echo first thing"))
    try again.press("Enter")
    // The output line followed by a new prompt: the recalled line alone must not satisfy the wait.
    #expect(try again.wait(for: "\nfirst thing\n" + Self.prompt))
    #expect(try Self.commits(path) == 3)  // the start, and the command twice
  }

  /// A command continued over three lines comes back whole with Up, as bash recalls it, and runs
  /// again as one command.
  @Test func upRecallsAContinuedCommandWhole() throws {
    let (folder, path) = try Self.workspace("recall")
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start("interface-endpoint", workspace: path)
    #expect(try tmux.wait(for: Self.prompt))
    for line in ["echo one \\", "two \\", "three"] {
      try tmux.type(line)
      try tmux.press("Enter")
    }
    #expect(try tmux.wait(for: "one two three\n"))
    try tmux.press("Up")
    #expect(try tmux.wait(for: Self.prompt + " echo one two three"))
    try tmux.press("Enter")
    // Twice the output followed by a prompt: the recalled line on the screen ("$ echo one two three")
    // also ends in "one two three", so counting that text alone raced the command's commit.
    #expect(try tmux.wait(for: "one two three\n" + Self.prompt, times: 2))
    #expect(try Self.commits(path) == 3)
  }

  @Test func aPastedThreeLineCommandIsOneCommit() throws {
    let (folder, path) = try Self.workspace("paste")
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start("interface-endpoint", workspace: path)
    #expect(try tmux.wait(for: Self.prompt))
    try tmux.paste(
      "aws ec2 describe-route-tables \\\n  --filters Name=vpc-id,Values=$VPC_ID \\\n  --query 'RouteTables[].RouteTableId' --output text\n"
    )
    #expect(try tmux.wait(for: "rtb-"))
    #expect(try Self.commits(path) == 2)
    let transcript = try String(contentsOfFile: path + "/transcript-000000.jsonl", encoding: .utf8)
    #expect(
      transcript.contains(
        "aws ec2 describe-route-tables   --filters Name=vpc-id,Values=$VPC_ID   --query 'RouteTables[].RouteTableId' --output text"
      ))
  }

  /// A here-document typed line by line: bash's `> ` prompt until the end word, then one command
  /// and one commit; the file it wrote is on the simulated host and Tab completes its name.
  @Test func aHereDocumentTypedLineByLineIsOneCommand() throws {
    let (folder, path) = try Self.workspace("heredoc")
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start("interface-endpoint", workspace: path)
    #expect(try tmux.wait(for: Self.prompt))
    for line in ["cat > policy.json <<'EOF'", "{\"Statement\": \"it's mine\"}", "EOF"] {
      try tmux.type(line)
      try tmux.press("Enter")
    }
    #expect(try tmux.wait(for: "> EOF\n" + Self.prompt))
    try tmux.type("wc -c poli")
    try tmux.press("Tab")
    try tmux.press("Enter")
    #expect(try tmux.wait(for: "27 policy.json"))
    #expect(try Self.commits(path) == 3)
    let transcript = try String(contentsOfFile: path + "/transcript-000000.jsonl", encoding: .utf8)
    #expect(transcript.contains(#"cat > policy.json <<'EOF'\n{\"Statement\": \"it's mine\"}\nEOF"#))
  }

  /// Tab offers the simulated world's names, never a real file of the learner's machine.
  @Test func tabCompletesFromTheSimulationOnly() throws {
    let (folder, path) = try Self.workspace("tab")
    defer { try? FileManager.default.removeItem(at: folder) }
    // Files no simulated host has: in the working directory (the tmux session's) and in /tmp.
    let probe = "labrun-probe-" + UUID().uuidString.prefix(8).lowercased()
    FileManager.default.createFile(atPath: FileManager.default.currentDirectoryPath + "/" + probe, contents: Data())
    FileManager.default.createFile(atPath: "/tmp/" + probe, contents: Data())
    defer {
      try? FileManager.default.removeItem(atPath: FileManager.default.currentDirectoryPath + "/" + probe)
      try? FileManager.default.removeItem(atPath: "/tmp/" + probe)
    }
    let tmux = try Self.start("interface-endpoint", workspace: path)
    #expect(try tmux.wait(for: Self.prompt))
    // Types, presses Tab, then a marker: once the marker is on screen, the Tabs have been handled
    // (keys are read in order), however slow the machine.
    var completions = 0
    func complete(_ typed: String, tabs: Int = 1) throws -> String {
      completions += 1
      try tmux.type(typed)
      for _ in 0..<tabs { try tmux.press("Tab") }
      try tmux.type("#")
      let deadline = Date().addingTimeInterval(30)
      var row = try tmux.lastRow()
      while !row.hasSuffix("#") && Date() < deadline {
        usleep(50_000)
        row = try tmux.lastRow()
      }
      try tmux.press("C-c")
      _ = try tmux.wait(for: "#^C", times: completions)
      return String(row.dropLast().reversed().drop(while: { $0 == " " }).reversed())
    }
    #expect(try complete("nsloo").hasSuffix("nslookup"))
    #expect(try complete("aws ec2 describe-vpc-endpoints --vpc-endpoint-i").hasSuffix("--vpc-endpoint-ids"))
    #expect(try complete("aws s3 ls s3://jschoi.acl/pub").hasSuffix("s3://jschoi.acl/public1/"))
    #expect(try complete("ssh id").hasSuffix("ssh idc"))
    #expect(try complete("aws ec2 describe-subnets --filters Name=vpc-id,Values=x --vpc-id ").contains("--vpc-id vpc-"))
    #expect(try complete("cat /etc/resol").hasSuffix("cat /etc/resolv.conf"))
    _ = try complete("cat labrun-pro", tabs: 2)
    _ = try complete("cat /tmp/labrun-pro", tabs: 2)
    _ = try complete("ls /tmp/", tabs: 2)
    #expect(try !tmux.screen().joined().contains(probe))
    // Two Tabs list a folder's files by name, in readline's columns.
    _ = try complete("ls /etc/", tabs: 2)
    #expect(try tmux.screen().contains { $0.hasPrefix("hostname     hosts        os-release   resolv.conf  shadow") })
  }

  @Test func koreanTypedAtThePromptArrivesWhole() throws {
    let (folder, path) = try Self.workspace("korean")
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start("interface-endpoint", workspace: path)
    #expect(try tmux.wait(for: Self.prompt))
    // Typed, a mistake deleted over a double-width character, then the rest.
    try tmux.type("echo 공개 엔드포인트라서x")
    try tmux.press("BSpace", "Left", "Left", "BSpace")
    try tmux.type("라")
    try tmux.press("End", "Enter")
    // "…트라서x": x deleted, two characters back, 트 deleted, 라 typed: "…인라라서".
    #expect(try tmux.wait(for: "\n공개 엔드포인라라서\n"))
    let transcript = try String(contentsOfFile: path + "/transcript-000000.jsonl", encoding: .utf8)
    #expect(transcript.contains("\"input\":\"echo 공개 엔드포인라라서\""))
  }

  /// labrun's words fill the window without breaking a word and never run past it.
  @Test(arguments: [60, 100, 160])
  func theIntroductionIsRenderedForTheWindow(_ width: Int) throws {
    let (folder, path) = try Self.workspace("width-\(width)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Self.start("interface-endpoint", workspace: path, width: width)
    #expect(try tmux.wait(for: Self.prompt))
    let rows = try tmux.screen(joined: true)
    for row in rows { #expect(row.displayWidth <= width, "wider than \(width): \(row)") }
    // Every word of the lab's summary is on the screen whole, in order.
    let lab = try GradeSupport.lab("interface-endpoint")
    let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
    #expect(
      words(rows.joined(separator: "\n")).contains(words(lab.summary.replacingOccurrences(of: "`", with: "")))
        || words(rows.joined(separator: "\n")).contains(words(lab.summary)))
    if width == 160 { #expect(rows.contains { $0.displayWidth > 100 }) }
  }

  @Test func colourOnlyWithoutNoColor() throws {
    let (folder, path) = try Self.workspace("colour")
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = try Self.start("interface-endpoint", workspace: path + "-plain")
    #expect(try plain.wait(for: Self.prompt))
    #expect(try !plain.screen(escapes: true).joined().contains("\u{1B}["))
    let coloured = try Self.start("interface-endpoint", workspace: path, environment: ["NO_COLOR": ""])
    #expect(try coloured.wait(for: Self.prompt))
    #expect(try coloured.screen(escapes: true).joined().contains("\u{1B}[1m"))
  }
}
