import Foundation
import Testing

/// The binary under strace over a hostile line set: it starts no program but itself, including on
/// the lines that once crashed it (a crash would exec the Swift runtime's backtracer) (issue 18).
@Suite struct NoExecTests {
  /// Lines that try to reach the real machine, and the reproductions of issue 18 (from the fuzz
  /// seed corpus, whose first byte picks a lab and is dropped here).
  static func hostileLines() throws -> [String] {
    var lines = [
      "$(id)", "`id`", "echo $(cat /etc/passwd)", "ls; /bin/sh -c id", "id | sh", "exec /bin/sh", "bash -c id",
      "sh -c 'id'", "python3 -c 'import os; os.system(\"id\")'", "/bin/ls /", "/usr/bin/env id", "eval id",
      "echo x > /tmp/labrun-pwned", "cat < /etc/shadow", "source /etc/profile", ". /etc/profile", "env -i sh",
      "xargs sh -c id", "ssh root@127.0.0.1", "curl file:///etc/passwd", "curl http://127.0.0.1:22/",
      "nc -e /bin/sh 127.0.0.1 4444", "sleep 1 &", "kill -9 1", "sudo id", "nohup id", "time id", "coproc id",
      "trap 'id' EXIT", "alias ls=id; ls", "function f { id; }; f", "PATH=/bin:$PATH id", "IFS=x; id", "!!", "!-1",
      "cd /; ls", "git status", "vi /etc/hosts", "less /etc/passwd", "man bash", "top", "ifconfig",
      "ip netns exec x id", "busybox sh", "perl -e 'exec \"id\"'", "awk 'BEGIN{system(\"id\")}'", "find / -exec id \\;",
      "tar -cf - / | sh", "dig @127.0.0.1 -f /etc/passwd", "nslookup -query=any . 127.0.0.1",
      // The shell's constructs and files (issue 12): they write only to the simulated host.
      "for i in 1 2; do id; done", "while true; do sh; done", "if sh; then id; fi", "x=$(sh -c id); $x",
      "cat > /tmp/labrun-pwned <<'EOF'", "#!/bin/sh", "id", "EOF", "tee /tmp/labrun-pwned <<< id",
      "sudo tee /etc/cron.d/x <<< id", "curl -so /tmp/labrun-pwned http://169.254.169.254/latest/meta-data/",
      "aws s3 cp s3://jschoi.acl/jschoi.acl_test.csv /tmp/labrun-pwned", "cp /etc/shadow /tmp/labrun-pwned",
      "(cd /; rm -rf /tmp)", "ls -la / > /dev/tcp/127.0.0.1/80", "exit",
    ]
    let corpus = URL(fileURLWithPath: GradeSupport.repository + "/Fuzz/corpus/line")
    for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
    where name.hasPrefix("issue18-") {
      let bytes = try Data(contentsOf: corpus.appendingPathComponent(name))
      lines += String(decoding: bytes.dropFirst(), as: UTF8.self).split(separator: "\n").map(String.init)
    }
    return lines
  }

  @Test func theBinaryStartsNoProgramOverTheHostileSet() throws {
    let folder = try LabrunProcess.temporaryFolder("no-exec")
    defer { try? FileManager.default.removeItem(at: folder) }
    let lines = try Self.hostileLines()
    let input = folder.appendingPathComponent("input")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
    let trace = folder.appendingPathComponent("trace").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
    process.arguments = [
      "-f", "-qq", "-e", "trace=execve,execveat", "-o", trace, LabrunProcess.executable.path, "start", "public-subnet",
      "--workspace", folder.path + "/ws", "--learner", "Eve <eve@example.org>", "--labs", GradeSupport.labsFolder,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.standardInput = try FileHandle(forReadingFrom: input)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    let calls = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").filter {
      $0.contains("execve(") || $0.contains("execveat(")
    }
    // strace's own start of the binary is the one execve allowed.
    #expect(calls.count == 1, "\(calls.joined(separator: "\n"))")
    #expect(calls.first?.contains(LabrunProcess.executable.path) == true)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/labrun-pwned"))
    print("strace: \(lines.count) hostile lines, \(calls.count) execve (the binary's own start)")
  }
}
