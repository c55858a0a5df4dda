import Testing

@testable import Shell

/// resolv.conf's `timeout` and `attempts` as dig reads them, and the command line winning over them.
@Suite struct ResolverTimeoutsTests {
  @Test(arguments: [
    ("nameserver 10.0.0.2\n", 5, 3),
    ("options timeout:2 attempts:5\nnameserver 10.0.0.2\n", 2, 5),
    ("options attempts:9 timeout:99\n", 30, 5),  // bind's ceilings
    ("options timeout:0 attempts:0\n", 1, 1),  // and floors
    ("options timeout:2\noptions timeout:4\n", 4, 3),  // the last one wins
    ("options ndots:2 rotate timeout:x attempts:-1\n", 5, 3),  // unreadable values are ignored
    ("#options timeout:1\n; options attempts:1\n", 5, 3),  // comments are not options
    ("options\ttimeout:3\tattempts:2\n", 3, 2),
  ])
  func theFileDecides(text: String, seconds: Int, attempts: Int) {
    #expect(ResolverTimeouts.parse(text) == ResolverTimeouts(seconds: seconds, attempts: attempts))
  }

  /// On an instance (`options timeout:2 attempts:5`) an unanswered dig tries five times, two seconds
  /// apart, unless +tries or +time says otherwise (captures/dig-trace, trace-resolver-dropped-google).
  @Test(arguments: [
    ("dig @10.0.11.99 example.com", 5, 10_000),
    ("dig +tries=2 @10.0.11.99 example.com", 2, 4_000),
    ("dig +time=1 @10.0.11.99 example.com", 5, 5_000),
    ("dig +retry=0 +time=3 @10.0.11.99 example.com", 1, 3_000),
  ])
  func digWaitsAsTheFileOrTheCommandLineSays(line: String, tries: Int, milliseconds: Int64) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    let errors = run.stdout.components(separatedBy: ";; communications error to 10.0.11.99#53: timed out\n").count - 1
    #expect(errors == tries, "\(run.stdout)")
    #expect(run.elapsed == milliseconds)
    #expect(run.status == 9)
  }
}
