/// An error answered by a simulated AWS API, with the code and message the real service uses.
///
/// awscli renders these as `An error occurred (CODE) when calling the OPERATION operation: MESSAGE`.
public struct APIError: Error, Equatable, Sendable, Codable {
  /// The service's error code, e.g. `InvalidParameter`, `NoSuchBucket`, `AccessDenied`.
  public let code: String
  /// The service's message, word for word.
  public let message: String
  /// The HTTP status the service answers with (400, 403, 404, 301 …).
  public let httpStatus: Int
  /// Extra fields some errors carry, in the order the service sends them (S3's `BucketName`,
  /// `Endpoint` and `Region` on a redirect, for instance).
  public let details: [Detail]

  /// One extra field of an error body.
  public struct Detail: Equatable, Sendable, Codable {
    public let name: String
    public let value: String
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  public init(code: String, message: String, httpStatus: Int = 400, details: [Detail] = []) {
    self.code = code
    self.message = message
    self.httpStatus = httpStatus
    self.details = details
  }

  /// The value of an extra field, if the error carries it.
  public func detail(_ name: String) -> String? {
    details.first { $0.name == name }?.value
  }
}
