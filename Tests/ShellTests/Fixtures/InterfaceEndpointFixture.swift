import Cloud
import Shell
import Testing

extension Golden {
  /// An EC2 interface endpoint with private DNS in both private subnets, guarded by `vpce-sg`
  /// (which admits nothing), available at once: `ec2.ap-northeast-2.amazonaws.com` then answers
  /// two private addresses, and connects to either are dropped by the group.
  @discardableResult
  static func createEC2InterfaceEndpoint(_ state: inout ShellState) throws -> VPCEndpoint {
    let vpc = try #require(state.world.vpcs.first).id
    let subnets = state.world.subnets.filter { $0.name == "private-a" || $0.name == "private-c" }.map(\.id)
    let group = try #require(state.world.securityGroups.first { $0.name == "vpce-sg" }).id
    var request = EndpointRequest(type: .interface, service: .ec2, region: "ap-northeast-2", vpcId: vpc)
    request.subnetIds = subnets
    request.securityGroupIds = [group]
    request.privateDnsEnabled = true
    request.alreadyAvailable = true
    return try state.world.createEndpoint(request).get()
  }
}
