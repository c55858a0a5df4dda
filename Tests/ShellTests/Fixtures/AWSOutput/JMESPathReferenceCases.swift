// Expected values were computed by Python jmespath 1.1.0 (the library awscli 1.45.11 uses)
// over the set's `document.json`; the expressions are this project's own.
// The bytes live in Resources/captures/jmespath-python (PROVENANCE.md there says how to re-make them).

enum JMESPathReferenceCases {
  static let folder = "jmespath-python"

  struct Results: Decodable {
    struct Value: Decodable {
      let query: String
      let result: String
    }
    struct Failure: Decodable {
      let query: String
      let stage: String
      let message: String
    }
    let values: [Value]
    let failures: [Failure]
  }

  private static let results = CaptureFiles.decode(Results.self, "\(folder)/results.json")

  static let document = CaptureFiles.text("\(folder)/document.json")

  /// An expression and its result as JSON.
  static let values: [(query: String, result: String)] = results.values.map { ($0.query, $0.result) }

  /// An expression, when it fails, and jmespath's message (`str(e)`).
  static let failures: [(query: String, stage: String, message: String)] =
    results.failures.map { ($0.query, $0.stage, $0.message) }
}
