extension World {
  /// How a destination reads in route messages (`10.0.0.0/8`, `pl-78a54011`).
  static func destinationText(_ destination: RouteDestination) -> String {
    switch destination {
    case .cidr(let block): block.description
    case .prefixList(let id): id
    }
  }

  /// Adds a route to a table; fails, changing nothing, if the table is unknown or has that destination.
  mutating func addRoute(tableId: String, destination: RouteDestination, target: RouteTarget) -> Result<Route, APIError>
  {
    guard let position = routeTables.firstIndex(where: { $0.id == tableId }) else {
      return .failure(EC2Errors.routeTableNotFound(tableId))
    }
    if routeTables[position].routes.contains(where: { $0.destination == destination }) {
      return .failure(EC2APIErrors.routeAlreadyExists(Self.destinationText(destination)))
    }
    let route = Route(destination: destination, target: target)
    routeTables[position].routes.append(route)
    return .success(route)
  }

  /// Removes a route from a table; the local route and gateway-endpoint routes cannot be removed this way.
  mutating func removeRoute(tableId: String, destination: RouteDestination) -> Result<Route, APIError> {
    guard let position = routeTables.firstIndex(where: { $0.id == tableId }) else {
      return .failure(EC2Errors.routeTableNotFound(tableId))
    }
    let text = Self.destinationText(destination)
    guard let at = routeTables[position].routes.firstIndex(where: { $0.destination == destination }) else {
      let kind = if case .prefixList = destination { "destination-prefix-list-id" } else { "destination-cidr-block" }
      return .failure(EC2APIErrors.routeNotFound(kind: kind, destination: text, table: tableId))
    }
    let route = routeTables[position].routes[at]
    switch route.target {
    case .local: return .failure(EC2APIErrors.cannotRemoveLocalRoute(text, table: tableId))
    case .gatewayEndpoint(let endpointId):
      return .failure(EC2APIErrors.cannotRemoveEndpointRoute(text, endpoint: endpointId, table: tableId))
    default: break
    }
    routeTables[position].routes.remove(at: at)
    return .success(route)
  }
}
