// Real awscli 1.45.11 (botocore 1.43.11) output, captured against moto_server 5.2.1 on 127.0.0.1
// with AWS_DEFAULT_REGION=ap-northeast-2 and stdout redirected (so tables are 80 columns wide).
// The bytes live in Resources/captures/awscli-moto (PROVENANCE.md there says how to re-capture).

/// Every capture: the command, and what awscli printed for json, text and table.
enum AWSOutputCaptures {
  /// The set's folder under `captures/`.
  static let folder = "awscli-moto"

  /// `manifest.json`: the commands, and which whole response each one narrowed.
  struct Manifest: Decodable {
    struct Response: Decodable {
      let name: String
      let command: String
      /// 1 before the second round of resources was created, 2 after.
      let phase: Int
    }
    struct Capture: Decodable {
      let name: String
      let operation: String
      let command: String
      let query: String?
      let response: String?
    }
    let responses: [Response]
    let captures: [Capture]
  }

  static let all: [AWSOutputCapture] = {
    let manifest = CaptureFiles.decode(Manifest.self, "\(folder)/manifest.json")
    return manifest.captures.map { entry in
      let outputs = "\(folder)/outputs/\(entry.name)/"
      // A command that failed printed the same error for every format and nothing on stdout.
      let error = CaptureFiles.stream(outputs + "json.err")
      return AWSOutputCapture(
        name: entry.name, operation: entry.operation, command: entry.command, query: entry.query,
        response: entry.response.map { CaptureFiles.text("\(folder)/responses/\($0).json") },
        json: CaptureFiles.stream(outputs + "json.out"),
        text: CaptureFiles.stream(outputs + "text.out"),
        textStderr: error.isEmpty ? CaptureFiles.stream(outputs + "text.err") : "",
        table: CaptureFiles.stream(outputs + "table.out"),
        tableStderr: error.isEmpty ? CaptureFiles.stream(outputs + "table.err") : "",
        stderr: error)
    }
  }()
}
