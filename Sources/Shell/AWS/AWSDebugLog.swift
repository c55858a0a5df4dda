import Cloud

/// The `--debug` stream: Python logging lines stamped with the simulated clock.
struct AWSDebugLog {
  let enabled: Bool
  private(set) var text = ""

  init(enabled: Bool) {
    self.enabled = enabled
  }

  /// Adds `LOGGER - LEVEL - message` at the world's current time.
  /// The message is built only when `--debug` is on: most commands never pay for it.
  mutating func log(_ world: World, _ logger: String, _ message: @autoclosure () -> String, level: String = "DEBUG") {
    guard enabled else { return }
    text += "\(world.clock.components.loggingTimestamp) - MainThread - \(logger) - \(level) - \(message())\n"
  }

  /// Adds lines as they are (a traceback), without a timestamp.
  mutating func raw(_ lines: @autoclosure () -> [String]) {
    guard enabled else { return }
    text += lines().map { $0 + "\n" }.joined()
  }

  /// One frame of a traceback: a file below site-packages, or an absolute path (`/usr/bin/aws`).
  typealias Frame = (file: String, line: Int, function: String, code: String)

  /// A Python 2.7 traceback ending in a botocore exception, as `logger.debug(..., exc_info=True)` prints it.
  static func traceback(_ frames: [Frame], exception: String) -> [String] {
    var lines = ["Traceback (most recent call last):"]
    for frame in frames {
      let file = frame.file.hasPrefix("/") ? frame.file : AWSVersion.sitePackages + "/" + frame.file
      lines.append("  File \"\(file)\", line \(frame.line), in \(frame.function)")
      lines.append("    \(frame.code)")
    }
    lines.append(exception)
    return lines
  }

  /// The frames botocore shows when a request fails to connect.
  static let sendFrames: [Frame] = [
    ("botocore/endpoint.py", 200, "_do_get_response", "http_response = self._send(request)"),
    ("botocore/endpoint.py", 269, "_send", "return self.http_session.send(request)"),
    ("botocore/httpsession.py", 289, "send", "raise ConnectTimeoutError(endpoint_url=request.url, error=e)"),
  ]

  /// The frames awscli shows when the error reaches its driver.
  static let mainFrames: [Frame] = [
    ("awscli/clidriver.py", 217, "main", "return command_table[parsed_args.command](remaining, parsed_args)"),
    ("awscli/customizations/commands.py", 198, "__call__", "return self._run_main(parsed_args, parsed_globals)"),
    ("botocore/endpoint.py", 200, "_do_get_response", "http_response = self._send(request)"),
    ("botocore/httpsession.py", 289, "send", "raise ConnectTimeoutError(endpoint_url=request.url, error=e)"),
  ]
}
