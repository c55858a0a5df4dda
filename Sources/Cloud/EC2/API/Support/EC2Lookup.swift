extension World {
  /// The resources named by an ID list parameter, in the order of `all`, or all of them when the list is
  /// empty; the first unknown ID is the service's NotFound error.
  func selected<R>(
    _ ids: [String], kind: EC2ResourceID, from all: [R], id: (R) -> String, notFound: (String) -> APIError
  ) throws(APIError) -> [R] {
    try kind.check(ids)
    guard !ids.isEmpty else { return all }
    for wanted in ids where !all.contains(where: { id($0) == wanted }) { throw notFound(wanted) }
    return all.filter { ids.contains(id($0)) }
  }
}
