import Cloud
import Foundation
import Testing

@testable import Shell

/// Invariant 5: nothing a learner types reaches a real process, file or socket.
@Suite(.serialized) struct SafetyTests {
  /// A real directory with a real file, made for this test; the shell must neither see nor change them.
  private func makeProbe() throws -> (directory: String, file: String, secret: String) {
    let directory = NSTemporaryDirectory() + "labrun-safety-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let secret = "real-secret-\(UUID().uuidString)"
    let file = directory + "/secret.txt"
    try secret.write(toFile: file, atomically: true, encoding: .utf8)
    return (directory, file, secret)
  }

  @Test func dangerousLinesRefuseOrAnswerFromTheSimulation() throws {
    let probe = try makeProbe()
    defer { try? FileManager.default.removeItem(atPath: probe.directory) }
    let tmpXExisted = FileManager.default.fileExists(atPath: "/tmp/x")
    let tmpXBefore = try? FileManager.default.attributesOfItem(atPath: "/tmp/x")[.modificationDate] as? Date
    let target = probe.directory + "/created.txt"

    // (line, stdout, stderr, status) — the whole answer, so nothing real can leak into it.
    let table: [(String, String, String, Int32)] = [
      (
        "rm -rf /", "",
        "rm: it is dangerous to operate recursively on ‘/’\nrm: use --no-preserve-root to override this failsafe\n", 1
      ),
      ("rm -rf \(probe.directory)", "", "", 0),
      ("cat /etc/shadow", "", "cat: /etc/shadow: Permission denied\n", 1),
      ("cat /etc/passwd", "", "cat: /etc/passwd: No such file or directory\n", 1),
      ("cat \(probe.file)", "", "cat: \(probe.file): No such file or directory\n", 1),
      // The simulated curl speaks only HTTP(S): no path from a URL to a real file.
      ("curl file:///etc/passwd", "", "curl: (1) Protocol \"file\" not supported or disabled in libcurl\n", 1),
      ("curl file://\(probe.file)", "", "curl: (1) Protocol \"file\" not supported or disabled in libcurl\n", 1),
      ("bash -c id", "", "-bash: bash: command not found\n", 127),
      ("sh -c 'touch \(target)'", "", "-bash: sh: command not found\n", 127),
      ("python3 -c 'import os; os.system(\"id\")'", "", "-bash: python3: command not found\n", 127),
      ("$(id)", "", "-bash: id: command not found\n", 127),
      ("`id`", "", "-bash: id: command not found\n", 127),
      ("echo $(touch \(target))", "\n", "touch: cannot touch ‘\(target)’: No such file or directory\n", 0),
      // The simulated host's own /tmp: the real one is checked below.
      ("echo hi > /tmp/x", "", "", 0),
      ("cat /tmp/x", "hi\n", "", 0),
      ("echo hi > \(target)", "", "-bash: \(target): No such file or directory\n", 1),
      ("echo hi >> \(target)", "", "-bash: \(target): No such file or directory\n", 1),
      ("sudo tee \(target) <<< x", "x\n", "tee: \(target): No such file or directory\n", 1),
      (
        "curl -o \(target) \(Golden.metadata)/instance-id", "",
        "Warning: Failed to open the file \(target): No such file or directory\ncurl: (23) Failure writing output to destination\n",
        23
      ),
      ("id", "", "-bash: id: command not found\n", 127),
      ("sudo su", "", "sudo: su: command not found\n", 1),
      ("nc -l 4444", "", "-bash: nc: command not found\n", 127),
    ]
    var state = try Golden.state("V1")
    state.explainedUnknownCommand = true
    for (line, stdout, stderr, status) in table {
      let run = Golden.run(line, &state)
      #expect(run.stdout == stdout, "\(line)")
      #expect(run.stderr == stderr, "\(line)")
      #expect(run.status == status, "\(line)")
      #expect(!run.result.combined.contains(probe.secret), "\(line) leaked a real file")
      #expect(!run.result.combined.contains("root:x:0:0"), "\(line) leaked /etc/passwd")
    }
    // A listing of a real folder shows nothing real.
    let listing = Golden.run("ls \(probe.directory)", &state)
    #expect(listing.stdout == "" && listing.status == 2)

    // The real file system is untouched.
    #expect(FileManager.default.fileExists(atPath: probe.file))
    #expect((try String(contentsOfFile: probe.file, encoding: .utf8)) == probe.secret)
    #expect(!FileManager.default.fileExists(atPath: target))
    #expect(FileManager.default.fileExists(atPath: "/tmp/x") == tmpXExisted)
    if tmpXExisted {
      #expect((try? FileManager.default.attributesOfItem(atPath: "/tmp/x")[.modificationDate] as? Date) == tmpXBefore)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: probe.directory) == ["secret.txt"])
  }

  /// The simulated hosts' files are made from the world, not read from this machine.
  @Test func simulatedFilesAreNotTheRealOnes() throws {
    var state = try Golden.state("V1")
    let real = try? String(contentsOfFile: "/etc/resolv.conf", encoding: .utf8)
    let ours = Golden.run("cat /etc/resolv.conf", &state).stdout
    #expect(ours.hasSuffix("nameserver 10.0.0.2\n"))
    if let real { #expect(ours != real) }
    let realHostname = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)
    let hostname = Golden.run("cat /etc/hostname", &state).stdout
    if let realHostname { #expect(hostname != realHostname) }
    #expect(Golden.run("cat /etc/os-release", &state).stdout.contains("PRETTY_NAME=\"Amazon Linux 2\"\n"))
  }

  /// A refused line leaves the world as it was, apart from the history and `$?`.
  @Test func refusedLinesDoNotChangeTheWorld() throws {
    var state = try Golden.state("V3")
    let world = state.world
    for line in ["rm -rf /", "$(id)", "echo hi > /etc/x", "bash -c id", "curl file:///etc/passwd"] {
      Golden.run(line, &state)
    }
    #expect(state.world == world)
    #expect(state.hostName == "V3")
  }
}
