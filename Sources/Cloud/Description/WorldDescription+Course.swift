extension WorldDescription {
  /// The course's network, after the article: a VPC with a public subnet (V1) and two private ones
  /// (V2, V3) with their own route tables, an on-premises data centre over VPN (`idc`), and an admin
  /// shell outside the VPC (`cloudshell`). No endpoints: labs add what they teach.
  public static func course(era: Era = .y2021) -> WorldDescription {
    WorldDescription(
      era: era,
      vpc: VPCDescription(
        name: "lab-vpc",
        cidr: "10.0.0.0/16",
        subnets: [
          SubnetDescription(name: "public-a", cidr: "10.0.1.0/24", zone: "ap-northeast-2a", routeTable: "public"),
          SubnetDescription(name: "private-a", cidr: "10.0.11.0/24", zone: "ap-northeast-2a", routeTable: "private-a"),
          SubnetDescription(name: "private-c", cidr: "10.0.12.0/24", zone: "ap-northeast-2c", routeTable: "private-c"),
        ],
        routeTables: [
          RouteTableDescription(name: "public", routes: [RouteDescription(destination: "0.0.0.0/0", target: "internet-gateway")]),
          RouteTableDescription(name: "private-a"),
          RouteTableDescription(name: "private-c"),
        ],
        securityGroups: [
          SecurityGroupDescription(name: "vpce-sg", description: "for interface endpoints"),
        ],
        instances: [
          InstanceDescription(host: "V1", subnet: "public-a", privateIp: "10.0.1.10", publicIp: true),
          InstanceDescription(host: "V2", subnet: "private-a", privateIp: "10.0.11.20"),
          InstanceDescription(host: "V3", subnet: "private-c", privateIp: "10.0.12.20"),
        ]
      ),
      onPremises: OnPremisesDescription()
    )
  }
}
