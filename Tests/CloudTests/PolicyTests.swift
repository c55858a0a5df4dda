import Testing

@testable import Cloud

@Suite struct PolicyTests {
  static let role = "arn:aws:sts::123456789012:assumed-role/s3-read/i-0abc"
  static let vpce = "vpce-0916e80803286e2d6"

  static func request(
    _ operation: S3Operation, sourceVpce: String? = nil, sourceIp: String? = nil, principal: String = role
  ) -> PolicyRequest {
    operation.policyRequest(
      principal: principal, sourceVpce: sourceVpce, sourceVpc: sourceVpce.map { _ in "vpc-0a1b" }, sourceIp: sourceIp)
  }

  static let listAcl = S3Operation.listObjectsV2(bucket: "jschoi.acl")
  static let getSecret = S3Operation.getObject(bucket: "jschoi.acl", key: "private1/secret.txt")
  static let listLogs = S3Operation.listObjectsV2(bucket: "jschoi.use1-logs")

  // The AWS documentation's pattern: deny everything not arriving through one endpoint.
  static let onlyThroughEndpoint = try! PolicyDocument.parse(
    #"""
    {
      "Version": "2012-10-17",
      "Id": "Policy1415115909152",
      "Statement": [
        {
          "Sid": "Access-to-specific-VPCE-only",
          "Principal": "*",
          "Action": "s3:*",
          "Effect": "Deny",
          "Resource": ["arn:aws:s3:::jschoi.acl", "arn:aws:s3:::jschoi.acl/*"],
          "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-0916e80803286e2d6"}}
        }
      ]
    }
    """#, requirePrincipal: true)

  // An endpoint policy that only lets the article's bucket through.
  static let onlyArticleBucket = try! PolicyDocument.parse(
    #"""
    {"Statement": {"Effect": "Allow", "Principal": "*", "Action": ["s3:List*", "s3:GetObject"],
      "Resource": ["arn:aws:s3:::jschoi.acl", "arn:aws:s3:::jschoi.acl/*"]}}
    """#, requirePrincipal: true)

  @Test func defaultEndpointPolicyParsesToItsConstant() throws {
    #expect(try PolicyDocument.parse(PolicyDocument.defaultEndpointPolicyText) == PolicyDocument.defaultEndpointPolicy)
    #expect(PolicyDocument.defaultEndpointPolicy.evaluate(Self.request(Self.listLogs)) == .allow)
  }

  // (operation, via endpoint, identity allows, bucket policy?, endpoint policy?, expected)
  static let matrix: [(S3Operation, Bool, Bool, Bool, Bool, S3AuthorizationDecision)] = [
    (listAcl, true, true, false, false, S3AuthorizationDecision.allowed),
    (listAcl, false, true, false, false, .allowed),
    (listAcl, false, false, false, false, .denied(.noPolicyAllows)),
    // Endpoint policy limited to jschoi.acl: the logs bucket is refused through the endpoint only.
    (listLogs, true, true, false, true, .denied(.endpointPolicyDoesNotAllow)),
    (listLogs, false, true, false, true, .allowed),
    (listAcl, true, true, false, true, .allowed),
    (getSecret, true, true, false, true, .allowed),
    // Bucket policy requiring aws:SourceVpce: allowed through that endpoint, denied otherwise.
    (listAcl, true, true, true, false, .allowed),
    (getSecret, true, true, true, false, .allowed),
    (
      listAcl, false, true, true, false,
      .denied(.bucketPolicyDenies(statementIndex: 0, sid: "Access-to-specific-VPCE-only"))
    ),
    (
      getSecret, false, true, true, false,
      .denied(.bucketPolicyDenies(statementIndex: 0, sid: "Access-to-specific-VPCE-only"))
    ),
    // The bucket policy only concerns jschoi.acl.
    (listLogs, false, true, true, false, .allowed),
  ]

  @Test(arguments: matrix)
  func authorizationMatrix(
    operation: S3Operation, viaEndpoint: Bool, identityAllows: Bool, useBucketPolicy: Bool, useEndpointPolicy: Bool,
    expected: S3AuthorizationDecision
  ) {
    let request = Self.request(
      operation, sourceVpce: viaEndpoint ? Self.vpce : nil, sourceIp: viaEndpoint ? nil : "52.78.1.20")
    let decision = S3Authorization.decide(
      request: request, identityAllows: identityAllows, bucketPolicy: useBucketPolicy ? Self.onlyThroughEndpoint : nil,
      endpointPolicy: useEndpointPolicy ? Self.onlyArticleBucket : nil)
    #expect(decision == expected)
    #expect(decision.error == (expected == .allowed ? nil : S3Errors.accessDenied()))
  }

  @Test func anotherEndpointIsDeniedByTheBucketPolicy() {
    let request = Self.request(Self.listAcl, sourceVpce: "vpce-11bb22cc33dd44ee5")
    #expect(Self.onlyThroughEndpoint.evaluate(request) == .explicitDeny)
  }

  @Test func endpointPolicyDenyBeatsEverything() throws {
    let endpoint = try PolicyDocument.parse(
      #"""
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
        {"Sid": "NoLogs", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::jschoi.use1-*"}
      ]}
      """#)
    let bucketAllows = try PolicyDocument.parse(
      #"{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "123456789012"}, "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::jschoi.use1-logs"}]}"#
    )
    let decision = S3Authorization.decide(
      request: Self.request(Self.listLogs, sourceVpce: Self.vpce), identityAllows: true, bucketPolicy: bucketAllows,
      endpointPolicy: endpoint)
    #expect(decision == .denied(.endpointPolicyDenies(statementIndex: 1, sid: "NoLogs")))
    // Without the endpoint, the bucket policy alone is enough even when the identity has no allow.
    #expect(
      S3Authorization.decide(
        request: Self.request(Self.listLogs), identityAllows: false, bucketPolicy: bucketAllows, endpointPolicy: nil)
        == .allowed)
  }

  @Test(arguments: [
    ("s3:*", "s3:ListBucket", true), ("s3:List*", "s3:ListBucket", true), ("s3:List*", "s3:GetObject", false),
    ("S3:listbucket", "s3:ListBucket", true), ("s3:Get?bject", "s3:GetObject", true),
    ("s3:Get?bject", "s3:GetOObject", false),
    ("*", "ec2:DescribeVpcs", true), ("s3:*Object", "s3:GetObject", true), ("s3:*Object", "s3:GetObjectAcl", false),
    // Text or a pattern that is not ASCII: `?` is one scalar, and case folds beyond ASCII.
    ("s3:?", "s3:é", true), ("s3:??", "s3:é", false), ("S3:É*", "s3:éx", true), ("s3:*", "S3:Ünicode", true),
    ("s3:Get?bject", "s3:GetÖbject", true), ("S3:LIST*", "s3:listé", true), ("s3:é", "s3:e", false),
  ])
  func actionWildcardsIgnoreCase(pattern: String, action: String, matches: Bool) {
    #expect(WildcardPattern(pattern, caseSensitive: false).matches(action) == matches)
  }

  @Test(arguments: [
    ("arn:aws:s3:::jschoi.acl/*", "arn:aws:s3:::jschoi.acl/private1/secret.txt", true),
    ("arn:aws:s3:::jschoi.acl/*", "arn:aws:s3:::jschoi.acl", false),
    ("arn:aws:s3:::jschoi.acl*", "arn:aws:s3:::jschoi.acl", true),
    ("arn:aws:s3:::jschoi.ac?", "arn:aws:s3:::jschoi.acl", true),
    ("arn:aws:s3:::jschoi.ac?", "arn:aws:s3:::jschoi.ac", false),
    ("arn:aws:s3:::JSCHOI.acl", "arn:aws:s3:::jschoi.acl", false),
    ("arn:aws:s3:::*/public1/*", "arn:aws:s3:::jschoi.acl/public1/index.html", true),
    ("a*b*c", "aXbYbZc", true), ("a*b*c", "aXbYbZ", false), ("", "", true), ("*", "", true),
    ("arn:?", "arn:é", true), ("arn:é*", "arn:éa", true), ("arn:É", "arn:é", false), ("arn:*b", "arn:ébb", true),
  ])
  func resourceWildcardsAreCaseSensitive(pattern: String, resource: String, matches: Bool) {
    #expect(WildcardPattern(pattern).matches(resource) == matches)
  }

  @Test func notActionAndNotResource() throws {
    let policy = try PolicyDocument.parse(
      #"""
      {"Statement": [
        {"Effect": "Allow", "NotAction": "s3:Delete*", "Resource": "arn:aws:s3:::jschoi.acl*"},
        {"Effect": "Deny", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::jschoi.acl/public1/*"}
      ]}
      """#)
    let base = PolicyRequest(principal: Self.role, action: "s3:ListBucket", resource: "arn:aws:s3:::jschoi.acl")
    #expect(policy.evaluate(base) == .allow)
    var delete = base
    delete.action = "s3:DeleteObject"
    #expect(policy.evaluate(delete) == .notApplicable)
    var publicGet = base
    publicGet.action = "s3:GetObject"
    publicGet.resource = "arn:aws:s3:::jschoi.acl/public1/index.html"
    #expect(policy.evaluate(publicGet) == .allow)
    var privateGet = publicGet
    privateGet.resource = "arn:aws:s3:::jschoi.acl/private1/secret.txt"
    #expect(policy.evaluation(of: privateGet) == PolicyEvaluation(decision: .explicitDeny, statementIndex: 1, sid: nil))
  }

  // (operator, policy values, request value or nil when the key is absent, holds)
  static let conditionCases: [(String, [String], String?, Bool)] = [
    ("StringEquals", ["vpce-1"], "vpce-1", true), ("StringEquals", ["vpce-1"], "VPCE-1", false),
    ("StringEquals", ["vpce-1"], nil, false), ("StringEquals", ["vpce-2", "vpce-1"], "vpce-1", true),
    ("StringNotEquals", ["vpce-1"], "vpce-1", false), ("StringNotEquals", ["vpce-1"], "vpce-2", true),
    ("StringNotEquals", ["vpce-1"], nil, true), ("StringNotEquals", ["vpce-1", "vpce-2"], "vpce-2", false),
    ("StringEqualsIgnoreCase", ["VPCE-1"], "vpce-1", true), ("StringNotEqualsIgnoreCase", ["VPCE-1"], "vpce-1", false),
    ("StringLike", ["vpce-*"], "vpce-1", true), ("StringLike", ["vpce-?"], "vpce-12", false),
    ("StringNotLike", ["vpce-*"], "vpc-1", true), ("StringNotLike", ["vpce-*"], nil, true),
    ("StringEqualsIfExists", ["vpce-1"], nil, true), ("StringEqualsIfExists", ["vpce-1"], "vpce-2", false),
    ("Null", ["true"], nil, true), ("Null", ["true"], "vpce-1", false), ("Null", ["false"], "vpce-1", true),
    ("ForAnyValue:StringEquals", ["vpce-1"], "vpce-1", true), ("ForAllValues:StringEquals", ["vpce-1"], nil, true),
    ("ArnLike", ["arn:aws:ec2:*:*:vpc/*"], "arn:aws:ec2:ap-northeast-2:123456789012:vpc/vpc-1", true),
    ("ArnNotEquals", ["arn:aws:iam::1:role/x"], "arn:aws:iam::1:role/x", false),
    ("Bool", ["true"], "TRUE", true),
  ]

  @Test(arguments: conditionCases)
  func conditionOperators(name: String, values: [String], actual: String?, holds: Bool) throws {
    let op = try #require(ConditionOperator(name: name))
    let condition = PolicyCondition(op, key: "aws:SourceVpce", values: values)
    var request = PolicyRequest(principal: Self.role, action: "s3:ListBucket", resource: "arn:aws:s3:::jschoi.acl")
    // Condition keys are case-insensitive: set under another spelling than the policy's.
    request.setContext("AWS:sourcevpce", actual)
    #expect(condition.holds(for: request) == holds)
  }

  @Test(arguments: [
    ("IpAddress", "52.78.0.0/16", "52.78.1.20", true), ("IpAddress", "52.78.0.0/16", "52.79.1.20", false),
    ("IpAddress", "203.0.113.7", "203.0.113.7", true), ("NotIpAddress", "10.0.0.0/8", "52.78.1.20", true),
    ("IpAddress", "0.0.0.0/0", "1.2.3.4", true), ("IpAddress", "10.0.0.0/8", "not-an-ip", false),
  ])
  func ipConditions(name: String, range: String, address: String, holds: Bool) throws {
    let condition = PolicyCondition(try #require(ConditionOperator(name: name)), key: "aws:SourceIp", values: [range])
    let request = PolicyRequest(
      principal: Self.role, action: "s3:ListBucket", resource: "*", context: [("aws:sourceip", address)])
    #expect(condition.holds(for: request) == holds)
  }

  @Test(arguments: [
    ("*", true), ("arn:aws:iam::123456789012:root", true), ("123456789012", true),
    ("arn:aws:iam::123456789012:role/s3-read", true), ("arn:aws:iam::123456789012:role/other", false),
    ("arn:aws:iam::999999999999:root", false),
  ])
  func principals(awsValue: String, matches: Bool) throws {
    let policy = try PolicyDocument.parse(
      #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": ["\#(awsValue)"]}, "Action": "s3:*", "Resource": "*"}}"#)
    let request = PolicyRequest(principal: Self.role, action: "s3:ListBucket", resource: "arn:aws:s3:::jschoi.acl")
    #expect(policy.evaluate(request) == (matches ? .allow : .notApplicable))
  }

  @Test(arguments: [
    (
      #"{"Statement": [{"Effect": "allow", "Action": "*", "Resource": "*"}]}"#,
      #"Statement[1].Effect must be "Allow" or "Deny", found "allow""#
    ),
    (#"{"Statement": []}"#, "Statement must not be empty"),
    (#"{"Version": "2012-10-17"}"#, "The policy has no Statement"),
    (
      #"{"Version": "2021-04-13", "Statement": {}}"#,
      #"Version must be "2012-10-17" or "2008-10-17", found "2021-04-13""#
    ),
    (#"{"Statement": {"Effect": "Allow", "Resource": "*"}}"#, "Statement[1] has neither Action nor NotAction"),
    (
      #"{"Statement": {"Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"}}"#,
      "Statement[1] has both Action and NotAction; use one of them"
    ),
    (
      #"{"Statement": {"Effect": "Allow", "Action": [], "Resource": "*"}}"#,
      "Statement[1].Action must be a string or a non-empty array of strings, found []"
    ),
    (
      #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqual": {"aws:SourceVpce": "v"}}}}"#,
      #"Statement[1].Condition has an unknown operator "StringEqual" (known: StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike, IpAddress, NotIpAddress, ArnEquals, ArnNotEquals, ArnLike, ArnNotLike, Bool, Null, each optionally with IfExists)"#
    ),
    (
      #"{"Statement": {"Effect": "Allow", "Principal": {"User": "x"}, "Action": "*", "Resource": "*"}}"#,
      #"Statement[1].Principal has an unknown principal type "User" (AWS, Service, Federated or CanonicalUser)"#
    ),
    (
      #"{"Statement": {"Effect": "Allow", "Actions": "*", "Resource": "*"}}"#,
      #"Statement[1] has an unknown element "Actions""#
    ),
    (#"[1]"#, "The policy must be a JSON object, found an array"),
  ])
  func parseErrorsSayWhatIsWrong(text: String, message: String) {
    #expect(throws: PolicyParseError(message: message)) { try PolicyDocument.parse(text) }
  }

  @Test func resourcePoliciesNeedAPrincipal() {
    #expect(throws: PolicyParseError(message: #"Statement[1] has no Principal (use "*" for everyone)"#)) {
      try PolicyDocument.parse(
        #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#, requirePrincipal: true)
    }
  }

  @Test func syntaxErrorsBecomeEC2InvalidPolicyDocument() throws {
    let text = "{\"Statement\": [{\"Effect\": \"Allow\",}]}"
    do {
      _ = try PolicyDocument.parse(text)
      Issue.record("a trailing comma must not parse")
    } catch {
      #expect(
        error.syntaxError == JSONParseError(line: 1, column: 35, message: "trailing comma before '}' is not allowed"))
      #expect(error.ec2Error.code == "InvalidPolicyDocument")
      #expect(error.ec2Error.message == "The Policy Document is not valid. Syntax error at position (1,35)")
      #expect(error.ec2Error.httpStatus == 400)
    }
    let semantic = PolicyParseError(message: "Statement must not be empty").ec2Error
    #expect(semantic.message == "The Policy Document is not valid.")
    #expect(semantic.detail("Reason") == "Statement must not be empty")
  }

  @Test func evaluationIsDeterministic() {
    let request = Self.request(Self.getSecret, sourceVpce: Self.vpce)
    let results = (0..<3).map { _ in
      S3Authorization.decide(
        request: request, identityAllows: false, bucketPolicy: Self.onlyThroughEndpoint,
        endpointPolicy: Self.onlyArticleBucket)
    }
    #expect(Set(results.map { "\($0)" }).count == 1)
    #expect(results[0] == .denied(.noPolicyAllows))
  }
}
