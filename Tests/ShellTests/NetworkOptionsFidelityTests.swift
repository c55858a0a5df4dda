import Cloud
import Testing

@testable import Shell

/// `curl -w '%{http_code}'` on a failed connect, `curl --version` and `ping -W`, against the real
/// curl 7.88.1 and iputils 20221126 (captures/curl, captures/iputils-ping; scripts/capture/net-tools.sh).
@Suite struct NetworkOptionsFidelityTests {
  /// A refused connect: curl still writes `-w`, with `000` for the code (captured: stdout `000\n`,
  /// exit 7, nothing on stderr under `-s`).
  @Test func writeOutPrintsThreeZerosWhenTheConnectFails() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -s -o /dev/null -w '%{http_code}\\n' http://10.0.11.20:9/", &state)
    #expect(run.stdout == CaptureFiles.text("curl/write-out/w-refused.out"))
    #expect(run.stderr == "")
    #expect(run.status == CaptureFiles.status("curl/write-out/statuses.txt", "w-refused"))
  }

  /// Without `-o` the same holds; a timeout (S3 from V3, `-m 2`) is exit 28, still `000`.
  @Test(arguments: [
    ("V1", "curl -s -w '%{http_code}\\n' http://10.0.11.20:9/", Int32(7)),
    ("V3", "curl -s -m 2 -w '%{http_code}\\n' https://s3.ap-northeast-2.amazonaws.com/", Int32(28)),
  ])
  func writeOutWithoutAnOutputFile(host: String, line: String, status: Int32) throws {
    var state = try Golden.state(host)
    let run = Golden.run(line, &state)
    #expect(run.stdout == CaptureFiles.text("curl/write-out/w-refused.out"))
    #expect(run.status == status)
  }

  /// Without `-s` the error line follows on stderr; its words are curl 7.76's (7.88 says
  /// `after 0 ms: Couldn't connect to server`), so only the stdout and status are the capture's.
  @Test func writeOutWithTheErrorShown() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("curl -o /dev/null -w '%{http_code}\\n' http://10.0.11.20:9/", &state)
    #expect(run.stdout == CaptureFiles.text("curl/write-out/w-refused-loud.out"))
    #expect(run.stderr.hasSuffix("curl: (7) Failed to connect to 10.0.11.20 port 9: Connection refused\n"))
    #expect(run.status == CaptureFiles.status("curl/write-out/statuses.txt", "w-refused-loud"))
  }

  /// The banner has the captured layout: four lines, each starting as 7.88.1's does, the first
  /// naming the claimed version; the rest of the line is 7.76.1's (see CurlVersion).
  @Test(arguments: ["curl --version", "curl -V", "curl -s --version http://x/"])
  func versionHasTheRealLayout(line: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    let real = CaptureFiles.text("curl/version.out").split(separator: "\n", omittingEmptySubsequences: false)
    let simulated = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(simulated.count == real.count)
    for (ours, theirs) in zip(simulated, real) {
      #expect(ours.split(separator: " ").first == theirs.split(separator: " ").first)
    }
    #expect(run.stdout.hasPrefix("curl 7.76.1 (") && run.stdout.contains("\nRelease-Date: 2021-04-14\n"))
    #expect(run.status == 0 && run.stderr == "")
  }

  /// `ping -c 1 -W 1` with no reply: the capture's lines, and one second of waiting.
  @Test func pingWaitsAsLongAsWSays() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("ping -c 1 -W 1 10.0.99.99", &state)
    #expect(
      run.stdout
        == CaptureFiles.text("iputils-ping/ping-c1-W1-no-reply.out").replacingOccurrences(
          of: "127.0.0.1", with: "10.0.99.99"))
    #expect(run.status == 1)
    #expect(run.elapsed == 1000)
  }

  @Test func pingWithoutWWaitsTenSeconds() throws {
    var state = try Golden.state("V3")
    let run = Golden.run("ping -c 1 10.0.99.99", &state)
    #expect(run.elapsed == 10_000)
  }
}
