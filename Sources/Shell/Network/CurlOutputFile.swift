/// `curl -o FILE` and `curl -O`: the body is written to a file on the host, and curl shows its
/// progress meter on standard error unless `-s` (the shape of curl 7.88's meter, captured in
/// Tests/ShellTests/Resources/captures/curl; its speeds come from the simulated clock).
enum CurlOutputFile {
  static func transfer(_ options: CurlOptions, invocation: Invocation, state: inout ShellState) -> CommandResult {
    var target = options.outputFile
    if target == nil, let url = options.url {
      let path = url.split(separator: "?").first.map(String.init) ?? url
      let afterHost = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst(3)
      let name = afterHost.last.map(String.init) ?? ""
      guard !name.isEmpty else {
        return .failure(
          "curl: Remote file name has no length!\ncurl: (23) Failed writing received data to disk/application\n",
          status: 23)
      }
      target = name
    }
    var bodyOnly = options
    // The transfer appends the three-digit status after the body, for `-w` to use here.
    bodyOnly.writeOut = "%{http_code}"
    bodyOnly.outputFile = nil
    bodyOnly.remoteName = false
    let started = state.world.now
    var result = CurlCommand.transfer(bodyOnly, invocation: invocation, state: &state)
    guard result.status == 0 || result.status == 22, let target else {
      // A failed transfer still writes the learner's `-w`, its code `000`, as curl does.
      result.stdout = options.writeOut.map { CurlOptions.expand($0, status: 0) } ?? ""
      return result
    }
    let code = Int(result.stdout.suffix(3)) ?? 0
    let body = String(result.stdout.dropLast(3))
    result.stdout = ""
    let path = HostFiles.resolve(target, state: state)
    if result.status == 0, case .failure(let error) = HostFiles.write(body, to: path, append: false, state: &state) {
      result.stderr +=
        "Warning: Failed to open the file \(target): \(error.text)\ncurl: (23) Failure writing output to destination\n"
      result.status = 23
      return result
    }
    if let format = options.writeOut, result.status == 0 {
      result.stdout = CurlOptions.expand(format, status: code)
    }
    if !options.silent && result.status == 0 {
      let bytes = body.utf8.count
      let elapsed = max(1, state.world.now - started)
      let speed = Int(Int64(bytes) * 1000 / elapsed)
      result.stderr = meter(bytes: bytes, speed: speed) + result.stderr
    }
    return result
  }

  /// curl's progress meter after a finished transfer: the two header lines, the zero line it
  /// starts with, then the final line, each redrawn after a carriage return.
  static func meter(bytes: Int, speed: Int) -> String {
    let header =
      "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n"
    return header + "\r" + line(percent: 0, bytes: 0, speed: 0) + "\r" + line(percent: 100, bytes: bytes, speed: speed)
      + "\n"
  }

  private static func line(percent: Int, bytes: Int, speed: Int) -> String {
    let size = five(bytes)
    let rate = five(speed)
    return
      "\(right(String(percent), 3)) \(size)  \(right(String(percent), 3)) \(size)    0     0  \(rate)      0 --:--:-- --:--:-- --:--:-- \(rate)"
  }

  /// curl's five-column sizes: plain up to 99999, then k, M, G with one decimal below 100.
  static func five(_ value: Int) -> String {
    let kilo = 1024
    let mega = kilo * 1024
    if value < 100_000 { return right(String(value), 5) }
    if value < 10_000 * kilo { return right(String(value / kilo), 4) + "k" }
    if value < 100 * mega {
      return right(String(value / mega), 2) + "." + String((value % mega) / (mega / 10)) + "M"
    }
    return right(String(value / mega), 4) + "M"
  }

  private static func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
