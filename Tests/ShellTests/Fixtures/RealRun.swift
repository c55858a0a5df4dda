/// One captured run of a real tool (Resources/captures/SET/NAME.{out,err} and SET/statuses.txt),
/// with the loopback stand-ins swapped for the simulated world's values.
struct RealRun: Equatable, CustomStringConvertible {
  var stdout: String
  var stderr: String
  var status: Int32

  init(stdout: String, stderr: String, status: Int32) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }

  init(_ set: String, _ name: String) {
    self.init(
      stdout: CaptureFiles.stream("\(set)/\(name).out"), stderr: CaptureFiles.stream("\(set)/\(name).err"),
      status: CaptureFiles.status("\(set)/statuses.txt", name))
  }

  /// The run with each `(from, to)` replaced in both streams, in order.
  func replacing(_ pairs: (String, String)...) -> RealRun {
    var copy = self
    for (from, to) in pairs {
      copy.stdout = copy.stdout.replacingAll(from, with: to)
      copy.stderr = copy.stderr.replacingAll(from, with: to)
    }
    return copy
  }

  var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

extension GoldenRun {
  /// What the line printed and returned, in the shape of a capture.
  var real: RealRun { RealRun(stdout: stdout, stderr: stderr, status: status) }
}

extension String {
  /// Every occurrence of `target` replaced.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
