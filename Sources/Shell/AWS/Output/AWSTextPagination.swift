import Cloud

extension AWSOutputFormat {
  /// The response as awscli's text output sees it for a paginated operation: every result key of
  /// the operation's paginator (e.g. `Contents` and `CommonPrefixes` for ListObjectsV2) present,
  /// null where the response lacks it. Apply `--query` to this, then render as `text`.
  ///
  /// awscli's text formatter rebuilds each page from the paginator's result keys, so an absent
  /// one prints as `None` among the scalars (`aws s3api list-objects-v2 --output text` starts
  /// with `None\t\tNone`), while `json` and `table` use the merged result, which omits it.
  /// Dotted result keys (`DistributionList.Items`) create the objects along their path.
  public static func textPage(of response: JSONValue, resultKeys: [String]) -> JSONValue {
    guard case .object(var object) = response else { return response }
    for key in resultKeys {
      let path = key.split(separator: ".").map(String.init)
      object = setting(path[...], in: object)
    }
    return .object(object)
  }

  /// `object` with the value at `path` kept if present, else set to null, creating objects on the way.
  private static func setting(_ path: ArraySlice<String>, in object: JSONObject) -> JSONObject {
    guard let first = path.first else { return object }
    var object = object
    if path.count == 1 {
      if object[first] == nil { object[first] = .null }
      return object
    }
    let child = object[first]?.objectValue ?? JSONObject()
    object[first] = .object(setting(path.dropFirst(), in: child))
    return object
  }
}
