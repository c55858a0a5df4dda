import Cloud

/// The instance metadata service (IMDSv1) at 169.254.169.254, answering from the world.
enum InstanceMetadata {
  static func response(path: String, state: ShellState) -> HTTPResponse {
    guard let host = state.host, case .instance(let id) = host.kind, let instance = state.world.instance(id),
      let eni = state.world.networkInterface(instance.networkInterfaceId)
    else { return notFound(state) }
    let zone = state.world.subnet(eni.subnetId)?.availabilityZone ?? ""
    let fqdn = HostFiles.hostname(host, world: state.world)
    var items: [(String, String)] = [
      ("ami-id", instance.imageId), ("hostname", fqdn), ("instance-id", instance.id),
      ("instance-type", instance.instanceType), ("local-hostname", fqdn),
      ("local-ipv4", eni.privateAddress.description),
      ("mac", eni.macAddress), ("placement/availability-zone", zone), ("placement/region", state.world.region),
    ]
    if let publicAddress = eni.publicAddress { items.append(("public-ipv4", publicAddress.description)) }
    if let role = instance.roleName { items.append(("iam/security-credentials/", role)) }
    var trimmed = path
    for prefix in ["/latest/meta-data/", "/latest/meta-data"] where trimmed.hasPrefix(prefix) {
      trimmed = String(trimmed.dropFirst(prefix.count))
      break
    }
    if path == "/" || path == "/latest/" || path == "/latest" {
      return ok(path == "/" ? "1.0\nlatest" : "dynamic\nmeta-data\nuser-data", state: state)
    }
    guard path.hasPrefix("/latest/meta-data") else { return notFound(state) }
    if trimmed.isEmpty {
      let top =
        [
          "ami-id", "hostname", "iam/", "instance-id", "instance-type", "local-hostname", "local-ipv4", "mac",
          "placement/",
        ]
        + (eni.publicAddress == nil ? [] : ["public-ipv4"])
      return ok(top.sorted().joined(separator: "\n"), state: state)
    }
    if let value = items.first(where: { $0.0 == trimmed })?.1 { return ok(value, state: state) }
    if trimmed == "placement/" || trimmed == "placement" { return ok("availability-zone\nregion", state: state) }
    if trimmed == "iam/" || trimmed == "iam" { return ok("info\nsecurity-credentials/", state: state) }
    return notFound(state)
  }

  private static func ok(_ body: String, state: ShellState) -> HTTPResponse {
    HTTPResponse(status: 200, reason: "OK", headers: headers(body, state: state), body: body)
  }

  private static func notFound(_ state: ShellState) -> HTTPResponse {
    let body =
      "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n\t\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head>\n  <title>404 - Not Found</title>\n </head>\n <body>\n  <h1>404 - Not Found</h1>\n </body>\n</html>\n"
    return HTTPResponse(status: 404, reason: "Not Found", headers: headers(body, state: state), body: body)
  }

  private static func headers(_ body: String, state: ShellState) -> [(String, String)] {
    [
      ("Content-Type", "text/plain"), ("Accept-Ranges", "none"),
      ("Last-Modified", S3APICommands.httpDate(state.world.now - 3_600_000)),
      ("Content-Length", String(body.utf8.count)), ("Date", S3APICommands.httpDate(state.world.now)),
      ("Server", "EC2ws"),
      ("Connection", "close"),
    ]
  }
}
