import Cloud

/// The query string botocore 1.18.6 on Python 2.7 builds for a REST-XML (S3) request.
///
/// The serializer walks the call's parameters (a Python 2 `dict` keyed by the API's member names)
/// and inserts each query-string member into another `dict` keyed by its wire name, which
/// `percent_encode_sequence` then joins in that dict's iteration order. So the order of the names
/// is neither the API's nor alphabetical: it is two rounds of Python 2 hash order
/// (``Python2DictOrder``). A query fixed by the operation's request URI (`list-type=2`, `location`)
/// comes first, before the `&`.
enum S3QueryString {
  /// One parameter of the call: the API member, its wire name in the query (nil for one sent
  /// elsewhere, such as `Bucket` in the path, which still takes its place in the dict), its value.
  struct Parameter {
    let member: String
    let name: String?
    let value: String

    init(_ member: String, _ name: String?, _ value: String = "") {
      self.member = member
      self.name = name
      self.value = value
    }
  }

  /// `fixed` (may be empty) followed by the query members of `parameters`, inserted into the
  /// call's dict in the order given.
  static func build(fixed: String = "", _ parameters: [Parameter]) -> String {
    // A call has a handful of parameters: looked up by a walk from the end (the last of a member
    // or name wins, as in a dict), which cost less than building two dictionaries for each call.
    let memberOrder = Python2DictOrder.iterationOrder(inserting: parameters.map(\.member))
    let names = memberOrder.compactMap { member in parameters.last { $0.member == member }?.name }
    var query = fixed
    for name in Python2DictOrder.iterationOrder(inserting: names) {
      if !query.isEmpty { query += "&" }
      query += name + "=" + PercentEncoding.query(parameters.last { $0.name == name }?.value ?? "")
    }
    return query
  }

  /// The order the call's dict is filled in: awscli's arguments in the input shape's member
  /// order (`given`), then what the paginator puts in (page size, resume token), then the
  /// `EncodingType` botocore's `before-parameter-build` handler adds inside the call.
  private static func listing(
    fixed: String, given: [Parameter], pageSize: Int?, token: Parameter?
  ) -> String {
    var parameters = [Parameter("Bucket", nil)] + given
    if let pageSize { parameters.append(Parameter("MaxKeys", "max-keys", String(pageSize))) }
    if let token { parameters.append(token) }
    parameters.append(Parameter("EncodingType", "encoding-type", "url"))
    return build(fixed: fixed, parameters)
  }

  /// `aws s3api list-objects-v2`: ListObjectsV2's input members are Bucket, Delimiter,
  /// EncodingType, MaxKeys, Prefix, ContinuationToken, FetchOwner, StartAfter.
  static func listObjectsV2(
    prefix: String?, delimiter: String?, maxKeys: Int?, startAfter: String?, pageSize: Int?,
    continuationToken: String?
  ) -> String {
    var given: [Parameter] = []
    if let delimiter { given.append(Parameter("Delimiter", "delimiter", delimiter)) }
    if let maxKeys { given.append(Parameter("MaxKeys", "max-keys", String(maxKeys))) }
    if let prefix { given.append(Parameter("Prefix", "prefix", prefix)) }
    if let startAfter { given.append(Parameter("StartAfter", "start-after", startAfter)) }
    return listing(
      fixed: "list-type=2", given: given, pageSize: pageSize,
      token: continuationToken.map { Parameter("ContinuationToken", "continuation-token", $0) })
  }

  /// `aws s3api list-objects`: ListObjects' input members are Bucket, Delimiter, EncodingType,
  /// Marker, MaxKeys, Prefix; the paginator resumes through Marker.
  static func listObjects(
    prefix: String?, delimiter: String?, maxKeys: Int?, marker: String?, pageSize: Int?, resumeMarker: String?
  ) -> String {
    var given: [Parameter] = []
    if let delimiter { given.append(Parameter("Delimiter", "delimiter", delimiter)) }
    if let marker { given.append(Parameter("Marker", "marker", marker)) }
    if let maxKeys { given.append(Parameter("MaxKeys", "max-keys", String(maxKeys))) }
    if let prefix { given.append(Parameter("Prefix", "prefix", prefix)) }
    return listing(
      fixed: "", given: given, pageSize: pageSize, token: resumeMarker.map { Parameter("Marker", "marker", $0) })
  }

  /// `aws s3 ls`: awscli's ListCommand pages ListObjectsV2 with Bucket, Prefix (always, `""` for
  /// the whole bucket) and, unless `--recursive`, Delimiter `/`.
  static func s3ls(prefix: String, delimiter: String?, pageSize: Int?, continuationToken: String?) -> String {
    var given = [Parameter("Prefix", "prefix", prefix)]
    if let delimiter { given.append(Parameter("Delimiter", "delimiter", delimiter)) }
    return listing(
      fixed: "list-type=2", given: given, pageSize: pageSize,
      token: continuationToken.map { Parameter("ContinuationToken", "continuation-token", $0) })
  }
}
