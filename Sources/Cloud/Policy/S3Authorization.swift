/// Why S3 refused a request, for `why` to explain.
public enum S3DenialReason: Equatable, Sendable {
  /// A Deny statement of the bucket policy matched (its index and Sid).
  case bucketPolicyDenies(statementIndex: Int, sid: String?)
  /// A Deny statement of the VPC endpoint policy matched.
  case endpointPolicyDenies(statementIndex: Int, sid: String?)
  /// The request came through a VPC endpoint whose policy does not allow it.
  case endpointPolicyDoesNotAllow
  /// Neither the caller's identity policies nor the bucket policy allow it.
  case noPolicyAllows
}

/// The verdict on an S3 request.
public enum S3AuthorizationDecision: Equatable, Sendable {
  case allowed
  case denied(S3DenialReason)

  /// nil when allowed, else S3's `AccessDenied` error.
  public var error: APIError? {
    if case .denied = self { return S3Errors.accessDenied() }
    return nil
  }
}

/// How S3 combines identity, bucket and VPC endpoint policies (same-account requests).
public enum S3Authorization {
  /// Decides a request.
  ///
  /// Any explicit Deny (bucket or endpoint policy) wins. A request that came through a VPC
  /// endpoint must then be allowed by the endpoint policy — `nil` there means the endpoint has
  /// the default full-access policy. Finally either the caller's identity policies
  /// (`identityAllows`) or the bucket policy must allow it, since caller and bucket share an account.
  public static func decide(
    request: PolicyRequest, identityAllows: Bool, bucketPolicy: PolicyDocument?, endpointPolicy: PolicyDocument?
  ) -> S3AuthorizationDecision {
    let bucket = bucketPolicy?.evaluation(of: request)
    if let bucket, bucket.decision == .explicitDeny, let index = bucket.statementIndex {
      return .denied(.bucketPolicyDenies(statementIndex: index, sid: bucket.sid))
    }
    if request.viaVPCEndpoint {
      let endpoint = (endpointPolicy ?? PolicyDocument.defaultEndpointPolicy).evaluation(of: request)
      switch endpoint.decision {
      case .explicitDeny:
        return .denied(.endpointPolicyDenies(statementIndex: endpoint.statementIndex ?? 0, sid: endpoint.sid))
      case .notApplicable:
        return .denied(.endpointPolicyDoesNotAllow)
      case .allow:
        break
      }
    }
    if identityAllows || bucket?.decision == .allow { return .allowed }
    return .denied(.noPolicyAllows)
  }
}
