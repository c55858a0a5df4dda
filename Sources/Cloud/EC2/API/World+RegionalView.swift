extension World {
  /// The world as one Region's EC2 endpoint sees it: that Region's VPCs and what lies in them.
  ///
  /// EC2 resources are regional, so `ec2.us-east-1.amazonaws.com` knows nothing of a Seoul VPC.
  /// The view's `region` is the one asked, so the Region's own facts (Availability Zones, prefix
  /// lists, endpoint services) come from the catalog through `regionInfo`. The world defines no
  /// default VPC, so another Region answers with empty lists (docs/fidelity.md, "Regions").
  public func regionalView(_ region: String) -> World {
    guard region != self.region else { return self }
    var view = self
    view.region = region
    let kept = Set(vpcs.filter { $0.region == region }.map(\.id))
    view.vpcs = vpcs.filter { kept.contains($0.id) }
    view.subnets = subnets.filter { kept.contains($0.vpcId) }
    view.routeTables = routeTables.filter { kept.contains($0.vpcId) }
    // A detached gateway belongs to the world's own Region, where the description made it.
    view.internetGateways = internetGateways.filter { $0.vpcId.map(kept.contains) ?? false }
    view.vpnGateways = vpnGateways.filter { $0.vpcId.map(kept.contains) ?? false }
    view.natGateways = natGateways.filter { kept.contains($0.vpcId) }
    view.securityGroups = securityGroups.filter { kept.contains($0.vpcId) }
    view.networkInterfaces = networkInterfaces.filter { kept.contains($0.vpcId) }
    let keptSubnets = Set(view.subnets.map(\.id))
    view.instances = instances.filter { keptSubnets.contains($0.subnetId) }
    view.endpoints = endpoints.filter { kept.contains($0.vpcId) }
    view.resolverEndpoints = resolverEndpoints.filter { kept.contains($0.vpcId) }
    return view
  }
}
