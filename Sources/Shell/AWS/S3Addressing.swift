import Cloud

/// How botocore (2021) turns an S3 request into a URL: virtual-hosted style for DNS-compatible
/// bucket names without dots, path style otherwise and always with `--endpoint-url`.
enum S3Addressing {
  /// The Region's S3 hostname; us-east-1 used the global name in awscli v1.
  static func regionalHost(_ region: String) -> String {
    region == "us-east-1" ? "s3.amazonaws.com" : "s3.\(region).amazonaws.com"
  }

  /// True when a bucket name can be a DNS label under an https endpoint.
  static func virtualHostable(_ bucket: String) -> Bool {
    let characters = Array(bucket)
    guard (3...63).contains(characters.count), !bucket.contains("."),
      characters.allSatisfy({ $0.isLowercase && $0.isASCII || ("0"..."9").contains($0) || $0 == "-" }),
      characters.first != "-", characters.last != "-"
    else { return false }
    return true
  }

  /// The plan for a request on `bucket` (nil for ListBuckets) with a query string, with the
  /// method and streaming botocore's S3 model gives the operation.
  static func plan(
    operation: String, bucket: String?, key: String? = nil, query: String, region: String, endpoint: EndpointURL?
  ) -> AWSRequestPlan {
    var plan = address(
      operation: operation, bucket: bucket, key: key, query: query, region: region, endpoint: endpoint)
    switch operation {
    case "HeadObject", "HeadBucket": plan.method = "HEAD"
    case "PutObject": plan.method = "PUT"
    case "GetObject": plan.streamsOutput = true
    default: break
    }
    return plan
  }

  /// Where the request goes: its URL, host and port.
  private static func address(
    operation: String, bucket: String?, key: String? = nil, query: String, region: String, endpoint: EndpointURL?
  ) -> AWSRequestPlan {
    let querySuffix = query.isEmpty ? "" : "?" + query
    let keyPath = key.map { "/" + PercentEncoding.path($0) } ?? ""
    if let endpoint {
      let path = (bucket.map { "/" + $0 } ?? "/") + keyPath
      return AWSRequestPlan(
        operation: operation, url: endpoint.base + path + querySuffix, host: endpoint.host, port: endpoint.port,
        pathAndQuery: path + querySuffix)
    }
    let host = regionalHost(region)
    guard let bucket else {
      return AWSRequestPlan(operation: operation, url: "https://\(host)/", host: host, port: 443, pathAndQuery: "/")
    }
    if virtualHostable(bucket) {
      let path = (keyPath.isEmpty ? "/" : keyPath)
      return AWSRequestPlan(
        operation: operation, url: "https://\(bucket).\(host)\(path)\(querySuffix)", host: "\(bucket).\(host)",
        port: 443, pathAndQuery: path + querySuffix)
    }
    let path = "/\(bucket)\(keyPath)"
    return AWSRequestPlan(
      operation: operation, url: "https://\(host)\(path)\(querySuffix)", host: host, port: 443,
      pathAndQuery: path + querySuffix)
  }
}
