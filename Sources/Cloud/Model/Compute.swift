/// Why a network interface exists, which decides how it is described and who may use it.
public enum InterfaceOwner: Sendable, Equatable, Codable {
  case instance(String)
  case vpcEndpoint(String)
  case natGateway(String)
  case resolverEndpoint(String)
}

/// An elastic network interface with one private address.
public struct NetworkInterface: Sendable, Equatable, Codable {
  public let id: String
  public let subnetId: String
  public let vpcId: String
  public let availabilityZone: String
  public let privateAddress: IPv4Address
  public var publicAddress: IPv4Address?
  public var securityGroupIds: [String]
  public let owner: InterfaceOwner
  public let macAddress: String

  /// The description AWS gives the interface (`VPC Endpoint Interface vpce-…` for endpoints).
  public var description: String {
    switch owner {
    case .instance: ""
    case .vpcEndpoint(let id): "VPC Endpoint Interface \(id)"
    case .natGateway(let id): "Interface for NAT Gateway \(id)"
    case .resolverEndpoint(let id): "Route 53 Resolver: \(id)"
    }
  }

  /// `describe-network-interfaces`' InterfaceType.
  public var interfaceType: String {
    switch owner {
    case .instance: "interface"
    case .vpcEndpoint: "vpc_endpoint"
    case .natGateway: "nat_gateway"
    case .resolverEndpoint: "interface"
    }
  }

  /// Whether AWS manages the interface on the requester's behalf.
  public var requesterManaged: Bool {
    if case .instance = owner { return false }
    return true
  }
}

/// What an identity may do: the admin of CloudShell, or the instances' S3 read-only role.
public enum Permissions: String, Sendable, Equatable, Codable {
  /// Everything (`AdministratorAccess`).
  case admin
  /// S3 read only (`AmazonS3ReadOnlyAccess`): no EC2 API calls.
  case s3ReadOnly = "s3-read-only"
  /// No credentials at all.
  case none
}

extension Permissions {
  /// Whether the identity's own policy allows an IAM action: `AmazonS3ReadOnlyAccess` grants
  /// `s3:Get*` and `s3:List*` only.
  public func allows(_ action: String) -> Bool {
    switch self {
    case .admin: return true
    case .s3ReadOnly: return action.hasPrefix("s3:Get") || action.hasPrefix("s3:List")
    case .none: return false
    }
  }
}

/// An EC2 instance.
public struct Instance: Sendable, Equatable, Codable {
  public let id: String
  public var name: String
  public let subnetId: String
  public let networkInterfaceId: String
  public let imageId: String
  public let instanceType: String
  public let launchTime: Int64
  /// The IAM role of the instance profile, if any.
  public var roleName: String?
  public var permissions: Permissions
}

/// A place the learner can have a shell on.
public enum HostKind: Sendable, Equatable, Codable {
  /// An EC2 instance in the VPC.
  case instance(String)
  /// The on-premises server.
  case onPremises
  /// An admin shell outside the VPC, on the internet (like AWS CloudShell).
  case cloudShell
}

/// A host the learner can `ssh` to, by the name the lab uses (`V1`, `idc`, `cloudshell` …).
public struct Host: Sendable, Equatable, Codable {
  public let name: String
  public let kind: HostKind
  /// The host's own address (private for instances and the on-premises server).
  public let address: IPv4Address
  /// The resolver in `/etc/resolv.conf`.
  public let resolverAddress: IPv4Address
  /// The short hostname shown in the prompt (`ip-10-0-12-20`, `idc-app01`, `cloudshell`).
  public let hostname: String
  /// The login user.
  public let user: String
  public let permissions: Permissions
}
