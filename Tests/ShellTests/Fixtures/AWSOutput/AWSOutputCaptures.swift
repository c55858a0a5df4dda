// Real awscli 1.45.11 (botocore 1.43.11) output, captured against moto_server 5.2.1 on 127.0.0.1
// with AWS_DEFAULT_REGION=ap-northeast-2 and stdout redirected (so tables are 80 columns wide).
// Literals hold the bytes exactly: tabs are written as \t, and a closing newline is kept.

/// Every capture: the command, and what awscli printed for json, text and table.
enum AWSOutputCaptures {
  static let all: [AWSOutputCapture] = [
    AWSOutputCapture(
      name: "describeVpcs",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs",
      query: nil,
      response: AWSOutputResponses.describeVpcs,
      json: """
{
    "Vpcs": [
        {
            "OwnerId": "123456789012",
            "InstanceTenancy": "default",
            "Ipv6CidrBlockAssociationSet": [],
            "CidrBlockAssociationSet": [
                {
                    "AssociationId": "vpc-cidr-assoc-cf0e36d5930530d27",
                    "CidrBlock": "172.31.0.0/16",
                    "CidrBlockState": {
                        "State": "associated"
                    }
                }
            ],
            "IsDefault": true,
            "Tags": [],
            "VpcId": "vpc-0488ef06020ebb37a",
            "State": "available",
            "CidrBlock": "172.31.0.0/16",
            "DhcpOptionsId": "default"
        },
        {
            "OwnerId": "123456789012",
            "InstanceTenancy": "default",
            "Ipv6CidrBlockAssociationSet": [],
            "CidrBlockAssociationSet": [
                {
                    "AssociationId": "vpc-cidr-assoc-8d074ab73ee08ad5e",
                    "CidrBlock": "10.0.0.0/16",
                    "CidrBlockState": {
                        "State": "associated"
                    }
                }
            ],
            "IsDefault": false,
            "Tags": [
                {
                    "Key": "Name",
                    "Value": "lab-vpc"
                },
                {
                    "Key": "Env",
                    "Value": "dev"
                }
            ],
            "VpcId": "vpc-d858610d1a8e54cc6",
            "State": "available",
            "CidrBlock": "10.0.0.0/16",
            "DhcpOptionsId": "default"
        },
        {
            "OwnerId": "123456789012",
            "InstanceTenancy": "default",
            "Ipv6CidrBlockAssociationSet": [],
            "CidrBlockAssociationSet": [
                {
                    "AssociationId": "vpc-cidr-assoc-ca429336fe8c451a3",
                    "CidrBlock": "10.1.0.0/16",
                    "CidrBlockState": {
                        "State": "associated"
                    }
                }
            ],
            "IsDefault": false,
            "Tags": [
                {
                    "Key": "Name",
                    "Value": "second"
                }
            ],
            "VpcId": "vpc-05b1bfb6856984c06",
            "State": "available",
            "CidrBlock": "10.1.0.0/16",
            "DhcpOptionsId": "default"
        }
    ]
}

""",
      text: """
VPCS\t172.31.0.0/16\tdefault\tdefault\tTrue\t123456789012\tavailable\tvpc-0488ef06020ebb37a
CIDRBLOCKASSOCIATIONSET\tvpc-cidr-assoc-cf0e36d5930530d27\t172.31.0.0/16
CIDRBLOCKSTATE\tassociated
VPCS\t10.0.0.0/16\tdefault\tdefault\tFalse\t123456789012\tavailable\tvpc-d858610d1a8e54cc6
CIDRBLOCKASSOCIATIONSET\tvpc-cidr-assoc-8d074ab73ee08ad5e\t10.0.0.0/16
CIDRBLOCKSTATE\tassociated
TAGS\tName\tlab-vpc
TAGS\tEnv\tdev
VPCS\t10.1.0.0/16\tdefault\tdefault\tFalse\t123456789012\tavailable\tvpc-05b1bfb6856984c06
CIDRBLOCKASSOCIATIONSET\tvpc-cidr-assoc-ca429336fe8c451a3\t10.1.0.0/16
CIDRBLOCKSTATE\tassociated
TAGS\tName\tsecond

""",
      table: """
-----------------------------------------------------------
|                      DescribeVpcs                       |
+---------------------------------------------------------+
||                         Vpcs                          ||
|+-----------------------+-------------------------------+|
||  CidrBlock            |  172.31.0.0/16                ||
||  DhcpOptionsId        |  default                      ||
||  InstanceTenancy      |  default                      ||
||  IsDefault            |  True                         ||
||  OwnerId              |  123456789012                 ||
||  State                |  available                    ||
||  VpcId                |  vpc-0488ef06020ebb37a        ||
|+-----------------------+-------------------------------+|
|||               CidrBlockAssociationSet               |||
||+----------------+------------------------------------+||
|||  AssociationId |  vpc-cidr-assoc-cf0e36d5930530d27  |||
|||  CidrBlock     |  172.31.0.0/16                     |||
||+----------------+------------------------------------+||
||||                  CidrBlockState                   ||||
|||+-------------------+-------------------------------+|||
||||  State            |  associated                   ||||
|||+-------------------+-------------------------------+|||
||                         Vpcs                          ||
|+-----------------------+-------------------------------+|
||  CidrBlock            |  10.0.0.0/16                  ||
||  DhcpOptionsId        |  default                      ||
||  InstanceTenancy      |  default                      ||
||  IsDefault            |  False                        ||
||  OwnerId              |  123456789012                 ||
||  State                |  available                    ||
||  VpcId                |  vpc-d858610d1a8e54cc6        ||
|+-----------------------+-------------------------------+|
|||               CidrBlockAssociationSet               |||
||+----------------+------------------------------------+||
|||  AssociationId |  vpc-cidr-assoc-8d074ab73ee08ad5e  |||
|||  CidrBlock     |  10.0.0.0/16                       |||
||+----------------+------------------------------------+||
||||                  CidrBlockState                   ||||
|||+-------------------+-------------------------------+|||
||||  State            |  associated                   ||||
|||+-------------------+-------------------------------+|||
|||                        Tags                         |||
||+---------------------+-------------------------------+||
|||         Key         |             Value             |||
||+---------------------+-------------------------------+||
|||  Name               |  lab-vpc                      |||
|||  Env                |  dev                          |||
||+---------------------+-------------------------------+||
||                         Vpcs                          ||
|+-----------------------+-------------------------------+|
||  CidrBlock            |  10.1.0.0/16                  ||
||  DhcpOptionsId        |  default                      ||
||  InstanceTenancy      |  default                      ||
||  IsDefault            |  False                        ||
||  OwnerId              |  123456789012                 ||
||  State                |  available                    ||
||  VpcId                |  vpc-05b1bfb6856984c06        ||
|+-----------------------+-------------------------------+|
|||               CidrBlockAssociationSet               |||
||+----------------+------------------------------------+||
|||  AssociationId |  vpc-cidr-assoc-ca429336fe8c451a3  |||
|||  CidrBlock     |  10.1.0.0/16                       |||
||+----------------+------------------------------------+||
||||                  CidrBlockState                   ||||
|||+-------------------+-------------------------------+|||
||||  State            |  associated                   ||||
|||+-------------------+-------------------------------+|||
|||                        Tags                         |||
||+------------------------+----------------------------+||
|||  Key                   |  Name                      |||
|||  Value                 |  second                    |||
||+------------------------+----------------------------+||

"""),
    AWSOutputCapture(
      name: "describeVpcsFilter",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --vpc-ids vpc-d858610d1a8e54cc6",
      query: nil,
      response: AWSOutputResponses.describeVpcsFilter,
      json: """
{
    "Vpcs": [
        {
            "OwnerId": "123456789012",
            "InstanceTenancy": "default",
            "Ipv6CidrBlockAssociationSet": [],
            "CidrBlockAssociationSet": [
                {
                    "AssociationId": "vpc-cidr-assoc-8d074ab73ee08ad5e",
                    "CidrBlock": "10.0.0.0/16",
                    "CidrBlockState": {
                        "State": "associated"
                    }
                }
            ],
            "IsDefault": false,
            "Tags": [
                {
                    "Key": "Name",
                    "Value": "lab-vpc"
                },
                {
                    "Key": "Env",
                    "Value": "dev"
                }
            ],
            "VpcId": "vpc-d858610d1a8e54cc6",
            "State": "available",
            "CidrBlock": "10.0.0.0/16",
            "DhcpOptionsId": "default"
        }
    ]
}

""",
      text: """
VPCS\t10.0.0.0/16\tdefault\tdefault\tFalse\t123456789012\tavailable\tvpc-d858610d1a8e54cc6
CIDRBLOCKASSOCIATIONSET\tvpc-cidr-assoc-8d074ab73ee08ad5e\t10.0.0.0/16
CIDRBLOCKSTATE\tassociated
TAGS\tName\tlab-vpc
TAGS\tEnv\tdev

""",
      table: """
-----------------------------------------------------------
|                      DescribeVpcs                       |
+---------------------------------------------------------+
||                         Vpcs                          ||
|+-----------------------+-------------------------------+|
||  CidrBlock            |  10.0.0.0/16                  ||
||  DhcpOptionsId        |  default                      ||
||  InstanceTenancy      |  default                      ||
||  IsDefault            |  False                        ||
||  OwnerId              |  123456789012                 ||
||  State                |  available                    ||
||  VpcId                |  vpc-d858610d1a8e54cc6        ||
|+-----------------------+-------------------------------+|
|||               CidrBlockAssociationSet               |||
||+----------------+------------------------------------+||
|||  AssociationId |  vpc-cidr-assoc-8d074ab73ee08ad5e  |||
|||  CidrBlock     |  10.0.0.0/16                       |||
||+----------------+------------------------------------+||
||||                  CidrBlockState                   ||||
|||+-------------------+-------------------------------+|||
||||  State            |  associated                   ||||
|||+-------------------+-------------------------------+|||
|||                        Tags                         |||
||+---------------------+-------------------------------+||
|||         Key         |             Value             |||
||+---------------------+-------------------------------+||
|||  Name               |  lab-vpc                      |||
|||  Env                |  dev                          |||
||+---------------------+-------------------------------+||

"""),
    AWSOutputCapture(
      name: "describeSubnets",
      operation: "DescribeSubnets",
      command: "aws ec2 describe-subnets --filters Name=vpc-id,Values=vpc-d858610d1a8e54cc6",
      query: nil,
      response: AWSOutputResponses.describeSubnets,
      json: """
{
    "Subnets": [
        {
            "AvailabilityZoneId": "apne2-az1",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-d085ae0f47554a928",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-d085ae0f47554a928",
            "State": "available",
            "VpcId": "vpc-d858610d1a8e54cc6",
            "CidrBlock": "10.0.1.0/24",
            "AvailableIpAddressCount": 249,
            "AvailabilityZone": "ap-northeast-2a",
            "DefaultForAz": false,
            "MapPublicIpOnLaunch": false
        },
        {
            "AvailabilityZoneId": "apne2-az3",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-9dca1fab92db3091a",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-9dca1fab92db3091a",
            "State": "available",
            "VpcId": "vpc-d858610d1a8e54cc6",
            "CidrBlock": "10.0.2.0/24",
            "AvailableIpAddressCount": 251,
            "AvailabilityZone": "ap-northeast-2c",
            "DefaultForAz": false,
            "MapPublicIpOnLaunch": false
        }
    ]
}

""",
      text: """
SUBNETS\tFalse\tap-northeast-2a\tapne2-az1\t249\t10.0.1.0/24\tFalse\tFalse\tFalse\t123456789012\tavailable\tarn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-d085ae0f47554a928\tsubnet-d085ae0f47554a928\tvpc-d858610d1a8e54cc6
PRIVATEDNSNAMEOPTIONSONLAUNCH\tFalse\tFalse\tip-name
SUBNETS\tFalse\tap-northeast-2c\tapne2-az3\t251\t10.0.2.0/24\tFalse\tFalse\tFalse\t123456789012\tavailable\tarn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-9dca1fab92db3091a\tsubnet-9dca1fab92db3091a\tvpc-d858610d1a8e54cc6
PRIVATEDNSNAMEOPTIONSONLAUNCH\tFalse\tFalse\tip-name

""",
      table: """
--------------------------------------------------------------------------------------------------------------
|                                               DescribeSubnets                                              |
+------------------------------------------------------------------------------------------------------------+
||                                                  Subnets                                                 ||
|+------------------------------+---------------------------------------------------------------------------+|
||  AssignIpv6AddressOnCreation |  False                                                                    ||
||  AvailabilityZone            |  ap-northeast-2a                                                          ||
||  AvailabilityZoneId          |  apne2-az1                                                                ||
||  AvailableIpAddressCount     |  249                                                                      ||
||  CidrBlock                   |  10.0.1.0/24                                                              ||
||  DefaultForAz                |  False                                                                    ||
||  Ipv6Native                  |  False                                                                    ||
||  MapPublicIpOnLaunch         |  False                                                                    ||
||  OwnerId                     |  123456789012                                                             ||
||  State                       |  available                                                                ||
||  SubnetArn                   |  arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-d085ae0f47554a928  ||
||  SubnetId                    |  subnet-d085ae0f47554a928                                                 ||
||  VpcId                       |  vpc-d858610d1a8e54cc6                                                    ||
|+------------------------------+---------------------------------------------------------------------------+|
|||                                      PrivateDnsNameOptionsOnLaunch                                     |||
||+-------------------------------------------------------------------------------+------------------------+||
|||  EnableResourceNameDnsAAAARecord                                              |  False                 |||
|||  EnableResourceNameDnsARecord                                                 |  False                 |||
|||  HostnameType                                                                 |  ip-name               |||
||+-------------------------------------------------------------------------------+------------------------+||
||                                                  Subnets                                                 ||
|+------------------------------+---------------------------------------------------------------------------+|
||  AssignIpv6AddressOnCreation |  False                                                                    ||
||  AvailabilityZone            |  ap-northeast-2c                                                          ||
||  AvailabilityZoneId          |  apne2-az3                                                                ||
||  AvailableIpAddressCount     |  251                                                                      ||
||  CidrBlock                   |  10.0.2.0/24                                                              ||
||  DefaultForAz                |  False                                                                    ||
||  Ipv6Native                  |  False                                                                    ||
||  MapPublicIpOnLaunch         |  False                                                                    ||
||  OwnerId                     |  123456789012                                                             ||
||  State                       |  available                                                                ||
||  SubnetArn                   |  arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-9dca1fab92db3091a  ||
||  SubnetId                    |  subnet-9dca1fab92db3091a                                                 ||
||  VpcId                       |  vpc-d858610d1a8e54cc6                                                    ||
|+------------------------------+---------------------------------------------------------------------------+|
|||                                      PrivateDnsNameOptionsOnLaunch                                     |||
||+-------------------------------------------------------------------------------+------------------------+||
|||  EnableResourceNameDnsAAAARecord                                              |  False                 |||
|||  EnableResourceNameDnsARecord                                                 |  False                 |||
|||  HostnameType                                                                 |  ip-name               |||
||+-------------------------------------------------------------------------------+------------------------+||

"""),
    AWSOutputCapture(
      name: "describeRouteTables",
      operation: "DescribeRouteTables",
      command: "aws ec2 describe-route-tables --filters Name=vpc-id,Values=vpc-d858610d1a8e54cc6",
      query: nil,
      response: AWSOutputResponses.describeRouteTables,
      json: """
{
    "RouteTables": [
        {
            "Associations": [
                {
                    "Main": true,
                    "RouteTableAssociationId": "rtbassoc-42ac5e17f7c1ba075",
                    "RouteTableId": "rtb-ac91078c2d1603cf1",
                    "AssociationState": {
                        "State": "associated"
                    }
                }
            ],
            "RouteTableId": "rtb-ac91078c2d1603cf1",
            "Routes": [
                {
                    "DestinationCidrBlock": "10.0.0.0/16",
                    "GatewayId": "local",
                    "Origin": "CreateRouteTable",
                    "State": "active"
                }
            ],
            "Tags": [],
            "VpcId": "vpc-d858610d1a8e54cc6",
            "OwnerId": "123456789012"
        },
        {
            "Associations": [
                {
                    "Main": false,
                    "RouteTableAssociationId": "rtbassoc-eeea6bfeaa515d46a",
                    "RouteTableId": "rtb-e9e0be346103a2304",
                    "SubnetId": "subnet-d085ae0f47554a928",
                    "AssociationState": {
                        "State": "associated"
                    }
                }
            ],
            "RouteTableId": "rtb-e9e0be346103a2304",
            "Routes": [
                {
                    "DestinationCidrBlock": "10.0.0.0/16",
                    "GatewayId": "local",
                    "Origin": "CreateRouteTable",
                    "State": "active"
                },
                {
                    "DestinationCidrBlock": "0.0.0.0/0",
                    "GatewayId": "igw-2b2681c671cbddc11",
                    "Origin": "CreateRoute",
                    "State": "active"
                },
                {
                    "DestinationPrefixListId": "pl-cc40dd6680fcf1ed7",
                    "GatewayId": "vpce-65346289f6d8f58f0",
                    "Origin": "CreateRoute",
                    "State": "active"
                }
            ],
            "Tags": [],
            "VpcId": "vpc-d858610d1a8e54cc6",
            "OwnerId": "123456789012"
        }
    ]
}

""",
      text: """
ROUTETABLES\t123456789012\trtb-ac91078c2d1603cf1\tvpc-d858610d1a8e54cc6
ASSOCIATIONS\tTrue\trtbassoc-42ac5e17f7c1ba075\trtb-ac91078c2d1603cf1
ASSOCIATIONSTATE\tassociated
ROUTES\t10.0.0.0/16\tlocal\tCreateRouteTable\tactive
ROUTETABLES\t123456789012\trtb-e9e0be346103a2304\tvpc-d858610d1a8e54cc6
ASSOCIATIONS\tFalse\trtbassoc-eeea6bfeaa515d46a\trtb-e9e0be346103a2304\tsubnet-d085ae0f47554a928
ASSOCIATIONSTATE\tassociated
ROUTES\t10.0.0.0/16\t\tlocal\tCreateRouteTable\tactive
ROUTES\t0.0.0.0/0\t\tigw-2b2681c671cbddc11\tCreateRoute\tactive
ROUTES\t\tpl-cc40dd6680fcf1ed7\tvpce-65346289f6d8f58f0\tCreateRoute\tactive

""",
      table: """
-----------------------------------------------------------------------------------------------------------------
|                                              DescribeRouteTables                                              |
+---------------------------------------------------------------------------------------------------------------+
||                                                 RouteTables                                                 ||
|+-----------------------------------------+-------------------------------------------------------------------+|
||  OwnerId                                |  123456789012                                                     ||
||  RouteTableId                           |  rtb-ac91078c2d1603cf1                                            ||
||  VpcId                                  |  vpc-d858610d1a8e54cc6                                            ||
|+-----------------------------------------+-------------------------------------------------------------------+|
|||                                               Associations                                                |||
||+--------------------------------------------------+--------------------------------------------------------+||
|||  Main                                            |  True                                                  |||
|||  RouteTableAssociationId                         |  rtbassoc-42ac5e17f7c1ba075                            |||
|||  RouteTableId                                    |  rtb-ac91078c2d1603cf1                                 |||
||+--------------------------------------------------+--------------------------------------------------------+||
||||                                            AssociationState                                             ||||
|||+----------------------------------------+----------------------------------------------------------------+|||
||||  State                                 |  associated                                                    ||||
|||+----------------------------------------+----------------------------------------------------------------+|||
|||                                                  Routes                                                   |||
||+---------------------------------------------------------+-------------------------------------------------+||
|||  DestinationCidrBlock                                   |  10.0.0.0/16                                    |||
|||  GatewayId                                              |  local                                          |||
|||  Origin                                                 |  CreateRouteTable                               |||
|||  State                                                  |  active                                         |||
||+---------------------------------------------------------+-------------------------------------------------+||
||                                                 RouteTables                                                 ||
|+-----------------------------------------+-------------------------------------------------------------------+|
||  OwnerId                                |  123456789012                                                     ||
||  RouteTableId                           |  rtb-e9e0be346103a2304                                            ||
||  VpcId                                  |  vpc-d858610d1a8e54cc6                                            ||
|+-----------------------------------------+-------------------------------------------------------------------+|
|||                                               Associations                                                |||
||+--------------------------------------------------+--------------------------------------------------------+||
|||  Main                                            |  False                                                 |||
|||  RouteTableAssociationId                         |  rtbassoc-eeea6bfeaa515d46a                            |||
|||  RouteTableId                                    |  rtb-e9e0be346103a2304                                 |||
|||  SubnetId                                        |  subnet-d085ae0f47554a928                              |||
||+--------------------------------------------------+--------------------------------------------------------+||
||||                                            AssociationState                                             ||||
|||+----------------------------------------+----------------------------------------------------------------+|||
||||  State                                 |  associated                                                    ||||
|||+----------------------------------------+----------------------------------------------------------------+|||
|||                                                  Routes                                                   |||
||+----------------------+---------------------------+-------------------------+-------------------+----------+||
||| DestinationCidrBlock |  DestinationPrefixListId  |        GatewayId        |      Origin       |  State   |||
||+----------------------+---------------------------+-------------------------+-------------------+----------+||
|||  10.0.0.0/16         |                           |  local                  |  CreateRouteTable |  active  |||
|||  0.0.0.0/0           |                           |  igw-2b2681c671cbddc11  |  CreateRoute      |  active  |||
|||                      |  pl-cc40dd6680fcf1ed7     |  vpce-65346289f6d8f58f0 |  CreateRoute      |  active  |||
||+----------------------+---------------------------+-------------------------+-------------------+----------+||

"""),
    AWSOutputCapture(
      name: "describePrefixLists",
      operation: "DescribePrefixLists",
      command: "aws ec2 describe-prefix-lists",
      query: nil,
      response: AWSOutputResponses.describePrefixLists,
      json: """
{
    "PrefixLists": [
        {
            "PrefixListId": "pl-cc40dd6680fcf1ed7",
            "PrefixListName": "com.amazonaws.ap-northeast-2.s3"
        },
        {
            "PrefixListId": "pl-3e8925016175cf6ab",
            "PrefixListName": "com.amazonaws.ap-northeast-2.dynamodb"
        },
        {
            "PrefixListId": "pl-0f9695f952796bc3b",
            "PrefixListName": "com.amazonaws.global.cloudfront.origin-facing"
        },
        {
            "PrefixListId": "pl-0259accb0135d7bf7",
            "PrefixListName": "com.amazonaws.global.groundstation"
        },
        {
            "PrefixListId": "pl-d39a3ab77b1437abb",
            "PrefixListName": "com.amazonaws.ap-northeast-2.vpc-lattice"
        },
        {
            "PrefixListId": "pl-10062846b1626eb17",
            "PrefixListName": "com.amazonaws.ap-northeast-2.ipv6.vpc-lattice"
        }
    ]
}

""",
      text: """
PREFIXLISTS\tpl-cc40dd6680fcf1ed7\tcom.amazonaws.ap-northeast-2.s3
PREFIXLISTS\tpl-3e8925016175cf6ab\tcom.amazonaws.ap-northeast-2.dynamodb
PREFIXLISTS\tpl-0f9695f952796bc3b\tcom.amazonaws.global.cloudfront.origin-facing
PREFIXLISTS\tpl-0259accb0135d7bf7\tcom.amazonaws.global.groundstation
PREFIXLISTS\tpl-d39a3ab77b1437abb\tcom.amazonaws.ap-northeast-2.vpc-lattice
PREFIXLISTS\tpl-10062846b1626eb17\tcom.amazonaws.ap-northeast-2.ipv6.vpc-lattice

""",
      table: """
-----------------------------------------------------------------------------
|                            DescribePrefixLists                            |
+---------------------------------------------------------------------------+
||                               PrefixLists                               ||
|+-----------------------+-------------------------------------------------+|
||     PrefixListId      |                 PrefixListName                  ||
|+-----------------------+-------------------------------------------------+|
||  pl-cc40dd6680fcf1ed7 |  com.amazonaws.ap-northeast-2.s3                ||
||  pl-3e8925016175cf6ab |  com.amazonaws.ap-northeast-2.dynamodb          ||
||  pl-0f9695f952796bc3b |  com.amazonaws.global.cloudfront.origin-facing  ||
||  pl-0259accb0135d7bf7 |  com.amazonaws.global.groundstation             ||
||  pl-d39a3ab77b1437abb |  com.amazonaws.ap-northeast-2.vpc-lattice       ||
||  pl-10062846b1626eb17 |  com.amazonaws.ap-northeast-2.ipv6.vpc-lattice  ||
|+-----------------------+-------------------------------------------------+|

"""),
    AWSOutputCapture(
      name: "describeVpcEndpoints",
      operation: "DescribeVpcEndpoints",
      command: "aws ec2 describe-vpc-endpoints",
      query: nil,
      response: AWSOutputResponses.describeVpcEndpoints,
      json: """
{
    "VpcEndpoints": [
        {
            "VpcEndpointId": "vpce-65346289f6d8f58f0",
            "VpcId": "vpc-d858610d1a8e54cc6",
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "State": "available",
            "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
            "RouteTableIds": [
                "rtb-e9e0be346103a2304"
            ],
            "SubnetIds": [],
            "Groups": [],
            "PrivateDnsEnabled": true,
            "NetworkInterfaceIds": [],
            "DnsEntries": [],
            "CreationTimestamp": "2026-11-29T12:02:18.000Z",
            "Tags": [],
            "OwnerId": "123456789012"
        }
    ]
}

""",
      text: """
VPCENDPOINTS\t2026-11-29T12:02:18.000Z\t123456789012\t{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}\tTrue\tcom.amazonaws.ap-northeast-2.s3\tavailable\tvpce-65346289f6d8f58f0\tvpc-d858610d1a8e54cc6
ROUTETABLEIDS\trtb-e9e0be346103a2304

""",
      table: """
--------------------------------------------------------------------------------------------------------------------------------------------
|                                                           DescribeVpcEndpoints                                                           |
+------------------------------------------------------------------------------------------------------------------------------------------+
||                                                              VpcEndpoints                                                              ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
||  CreationTimestamp|  2026-11-29T12:02:18.000Z                                                                                          ||
||  OwnerId          |  123456789012                                                                                                      ||
||  PolicyDocument   |  {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}   ||
||  PrivateDnsEnabled|  True                                                                                                              ||
||  ServiceName      |  com.amazonaws.ap-northeast-2.s3                                                                                   ||
||  State            |  available                                                                                                         ||
||  VpcEndpointId    |  vpce-65346289f6d8f58f0                                                                                            ||
||  VpcId            |  vpc-d858610d1a8e54cc6                                                                                             ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
|||                                                             RouteTableIds                                                            |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  rtb-e9e0be346103a2304                                                                                                               |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||

"""),
    AWSOutputCapture(
      name: "describeSecurityGroups",
      operation: "DescribeSecurityGroups",
      command: "aws ec2 describe-security-groups --group-ids sg-d60da6b0eda93dad2",
      query: nil,
      response: AWSOutputResponses.describeSecurityGroups,
      json: """
{
    "SecurityGroups": [
        {
            "GroupId": "sg-d60da6b0eda93dad2",
            "IpPermissionsEgress": [
                {
                    "IpProtocol": "-1",
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ],
            "Tags": [],
            "VpcId": "vpc-d858610d1a8e54cc6",
            "SecurityGroupArn": "arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-d60da6b0eda93dad2",
            "OwnerId": "123456789012",
            "GroupName": "web",
            "Description": "web tier",
            "IpPermissions": [
                {
                    "IpProtocol": "tcp",
                    "FromPort": 80,
                    "ToPort": 80,
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "Description": "http",
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                },
                {
                    "IpProtocol": "tcp",
                    "FromPort": 22,
                    "ToPort": 22,
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "10.0.0.0/8"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ]
        }
    ]
}

""",
      text: """
SECURITYGROUPS\tweb tier\tsg-d60da6b0eda93dad2\tweb\t123456789012\tarn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-d60da6b0eda93dad2\tvpc-d858610d1a8e54cc6
IPPERMISSIONS\t80\ttcp\t80
IPRANGES\t0.0.0.0/0\thttp
IPPERMISSIONS\t22\ttcp\t22
IPRANGES\t10.0.0.0/8
IPPERMISSIONSEGRESS\t-1
IPRANGES\t0.0.0.0/0

""",
      table: """
-------------------------------------------------------------------------------------------------------
|                                       DescribeSecurityGroups                                        |
+-----------------------------------------------------------------------------------------------------+
||                                          SecurityGroups                                           ||
|+------------------+--------------------------------------------------------------------------------+|
||  Description     |  web tier                                                                      ||
||  GroupId         |  sg-d60da6b0eda93dad2                                                          ||
||  GroupName       |  web                                                                           ||
||  OwnerId         |  123456789012                                                                  ||
||  SecurityGroupArn|  arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-d60da6b0eda93dad2   ||
||  VpcId           |  vpc-d858610d1a8e54cc6                                                         ||
|+------------------+--------------------------------------------------------------------------------+|
|||                                          IpPermissions                                          |||
||+----------------------------------------------------------------+--------------------------------+||
|||  FromPort                                                      |  80                            |||
|||  IpProtocol                                                    |  tcp                           |||
|||  ToPort                                                        |  80                            |||
||+----------------------------------------------------------------+--------------------------------+||
||||                                           IpRanges                                            ||||
|||+--------------------------------------------------+--------------------------------------------+|||
||||  CidrIp                                          |  0.0.0.0/0                                 ||||
||||  Description                                     |  http                                      ||||
|||+--------------------------------------------------+--------------------------------------------+|||
|||                                          IpPermissions                                          |||
||+----------------------------------------------------------------+--------------------------------+||
|||  FromPort                                                      |  22                            |||
|||  IpProtocol                                                    |  tcp                           |||
|||  ToPort                                                        |  22                            |||
||+----------------------------------------------------------------+--------------------------------+||
||||                                           IpRanges                                            ||||
|||+--------------------------------------+--------------------------------------------------------+|||
||||  CidrIp                              |  10.0.0.0/8                                            ||||
|||+--------------------------------------+--------------------------------------------------------+|||
|||                                       IpPermissionsEgress                                       |||
||+-------------------------------------------------------------------+-----------------------------+||
|||  IpProtocol                                                       |  -1                         |||
||+-------------------------------------------------------------------+-----------------------------+||
||||                                           IpRanges                                            ||||
|||+----------------------------------------+------------------------------------------------------+|||
||||  CidrIp                                |  0.0.0.0/0                                           ||||
|||+----------------------------------------+------------------------------------------------------+|||

"""),
    AWSOutputCapture(
      name: "describeInstances",
      operation: "DescribeInstances",
      command: "aws ec2 describe-instances",
      query: nil,
      response: AWSOutputResponses.describeInstances,
      json: """
{
    "Reservations": [
        {
            "ReservationId": "r-6552d4820db13d686",
            "OwnerId": "123456789012",
            "Groups": [],
            "Instances": [
                {
                    "Architecture": "x86_64",
                    "BlockDeviceMappings": [
                        {
                            "DeviceName": "/dev/sda1",
                            "Ebs": {
                                "AttachTime": "2026-11-29T12:02:20.000Z",
                                "DeleteOnTermination": true,
                                "Status": "attached",
                                "VolumeId": "vol-337e10a4eace6081f"
                            }
                        }
                    ],
                    "ClientToken": "6f6c9460-84d4-4e36-a8a3-31912c0e81d9",
                    "EbsOptimized": false,
                    "Hypervisor": "xen",
                    "NetworkInterfaces": [
                        {
                            "Association": {},
                            "Attachment": {
                                "AttachTime": "2026-11-29T12:02:20.000Z",
                                "AttachmentId": "eni-attach-1a1aa9e569315ffb7",
                                "DeleteOnTermination": false,
                                "DeviceIndex": 0,
                                "Status": "attached",
                                "NetworkCardIndex": 0
                            },
                            "Description": "Primary network interface",
                            "Groups": [
                                {
                                    "GroupId": "sg-a32b6c5848f99e44e",
                                    "GroupName": "default"
                                }
                            ],
                            "Ipv6Addresses": [],
                            "MacAddress": "02:00:00:0a:12:6d",
                            "NetworkInterfaceId": "eni-b6453a05e6b540419",
                            "OwnerId": "123456789012",
                            "PrivateIpAddress": "10.0.1.4",
                            "PrivateIpAddresses": [
                                {
                                    "Primary": true,
                                    "PrivateIpAddress": "10.0.1.4"
                                }
                            ],
                            "SourceDestCheck": true,
                            "Status": "in-use",
                            "SubnetId": "subnet-d085ae0f47554a928",
                            "VpcId": "vpc-d858610d1a8e54cc6",
                            "InterfaceType": "interface"
                        }
                    ],
                    "RootDeviceName": "/dev/sda1",
                    "RootDeviceType": "ebs",
                    "SecurityGroups": [],
                    "SourceDestCheck": true,
                    "SriovNetSupport": "simple",
                    "StateReason": {
                        "Code": "",
                        "Message": ""
                    },
                    "Tags": [
                        {
                            "Key": "Name",
                            "Value": "web"
                        }
                    ],
                    "VirtualizationType": "hvm",
                    "HibernationOptions": {},
                    "MetadataOptions": {
                        "State": "applied",
                        "HttpTokens": "optional",
                        "HttpPutResponseHopLimit": 1,
                        "HttpEndpoint": "enabled",
                        "HttpProtocolIpv6": "disabled",
                        "InstanceMetadataTags": "disabled"
                    },
                    "InstanceId": "i-355df4ebf397e83b6",
                    "ImageId": "ami-12c6146b",
                    "State": {
                        "Code": 16,
                        "Name": "running"
                    },
                    "PrivateDnsName": "ip-10-0-1-4.ap-northeast-2.compute.internal",
                    "StateTransitionReason": "",
                    "AmiLaunchIndex": 0,
                    "ProductCodes": [],
                    "InstanceType": "t2.micro",
                    "LaunchTime": "2026-11-29T12:02:20.000Z",
                    "Placement": {
                        "GroupName": "",
                        "Tenancy": "default",
                        "AvailabilityZone": "ap-northeast-2a"
                    },
                    "Platform": "windows",
                    "Monitoring": {
                        "State": "disabled"
                    },
                    "SubnetId": "subnet-d085ae0f47554a928",
                    "VpcId": "vpc-d858610d1a8e54cc6",
                    "PrivateIpAddress": "10.0.1.4"
                },
                {
                    "Architecture": "x86_64",
                    "BlockDeviceMappings": [
                        {
                            "DeviceName": "/dev/sda1",
                            "Ebs": {
                                "AttachTime": "2026-11-29T12:02:20.000Z",
                                "DeleteOnTermination": true,
                                "Status": "attached",
                                "VolumeId": "vol-3e36f43d22fa16c31"
                            }
                        }
                    ],
                    "ClientToken": "6f6c9460-84d4-4e36-a8a3-31912c0e81d9",
                    "EbsOptimized": false,
                    "Hypervisor": "xen",
                    "NetworkInterfaces": [
                        {
                            "Association": {},
                            "Attachment": {
                                "AttachTime": "2026-11-29T12:02:20.000Z",
                                "AttachmentId": "eni-attach-1714df1d4d8de26a8",
                                "DeleteOnTermination": false,
                                "DeviceIndex": 0,
                                "Status": "attached",
                                "NetworkCardIndex": 0
                            },
                            "Description": "Primary network interface",
                            "Groups": [
                                {
                                    "GroupId": "sg-a32b6c5848f99e44e",
                                    "GroupName": "default"
                                }
                            ],
                            "Ipv6Addresses": [],
                            "MacAddress": "02:00:00:59:bb:61",
                            "NetworkInterfaceId": "eni-f9ef15939406927f6",
                            "OwnerId": "123456789012",
                            "PrivateIpAddress": "10.0.1.5",
                            "PrivateIpAddresses": [
                                {
                                    "Primary": true,
                                    "PrivateIpAddress": "10.0.1.5"
                                }
                            ],
                            "SourceDestCheck": true,
                            "Status": "in-use",
                            "SubnetId": "subnet-d085ae0f47554a928",
                            "VpcId": "vpc-d858610d1a8e54cc6",
                            "InterfaceType": "interface"
                        }
                    ],
                    "RootDeviceName": "/dev/sda1",
                    "RootDeviceType": "ebs",
                    "SecurityGroups": [],
                    "SourceDestCheck": true,
                    "SriovNetSupport": "simple",
                    "StateReason": {
                        "Code": "",
                        "Message": ""
                    },
                    "Tags": [
                        {
                            "Key": "Name",
                            "Value": "web"
                        }
                    ],
                    "VirtualizationType": "hvm",
                    "HibernationOptions": {},
                    "MetadataOptions": {
                        "State": "applied",
                        "HttpTokens": "optional",
                        "HttpPutResponseHopLimit": 1,
                        "HttpEndpoint": "enabled",
                        "HttpProtocolIpv6": "disabled",
                        "InstanceMetadataTags": "disabled"
                    },
                    "InstanceId": "i-0a4569d533e6e0e84",
                    "ImageId": "ami-12c6146b",
                    "State": {
                        "Code": 16,
                        "Name": "running"
                    },
                    "PrivateDnsName": "ip-10-0-1-5.ap-northeast-2.compute.internal",
                    "StateTransitionReason": "",
                    "AmiLaunchIndex": 1,
                    "ProductCodes": [],
                    "InstanceType": "t2.micro",
                    "LaunchTime": "2026-11-29T12:02:20.000Z",
                    "Placement": {
                        "GroupName": "",
                        "Tenancy": "default",
                        "AvailabilityZone": "ap-northeast-2a"
                    },
                    "Platform": "windows",
                    "Monitoring": {
                        "State": "disabled"
                    },
                    "SubnetId": "subnet-d085ae0f47554a928",
                    "VpcId": "vpc-d858610d1a8e54cc6",
                    "PrivateIpAddress": "10.0.1.5"
                }
            ]
        }
    ]
}

""",
      text: """
RESERVATIONS\t123456789012\tr-6552d4820db13d686
INSTANCES\t0\tx86_64\t6f6c9460-84d4-4e36-a8a3-31912c0e81d9\tFalse\txen\tami-12c6146b\ti-355df4ebf397e83b6\tt2.micro\t2026-11-29T12:02:20.000Z\twindows\tip-10-0-1-4.ap-northeast-2.compute.internal\t10.0.1.4\t/dev/sda1\tebs\tTrue\tsimple\t\tsubnet-d085ae0f47554a928\thvm\tvpc-d858610d1a8e54cc6
BLOCKDEVICEMAPPINGS\t/dev/sda1
EBS\t2026-11-29T12:02:20.000Z\tTrue\tattached\tvol-337e10a4eace6081f
METADATAOPTIONS\tenabled\tdisabled\t1\toptional\tdisabled\tapplied
MONITORING\tdisabled
NETWORKINTERFACES\tPrimary network interface\tinterface\t02:00:00:0a:12:6d\teni-b6453a05e6b540419\t123456789012\t10.0.1.4\tTrue\tin-use\tsubnet-d085ae0f47554a928\tvpc-d858610d1a8e54cc6
ATTACHMENT\t2026-11-29T12:02:20.000Z\teni-attach-1a1aa9e569315ffb7\tFalse\t0\t0\tattached
GROUPS\tsg-a32b6c5848f99e44e\tdefault
PRIVATEIPADDRESSES\tTrue\t10.0.1.4
PLACEMENT\tap-northeast-2a\t\tdefault
STATE\t16\trunning
STATEREASON\t\t
TAGS\tName\tweb
INSTANCES\t1\tx86_64\t6f6c9460-84d4-4e36-a8a3-31912c0e81d9\tFalse\txen\tami-12c6146b\ti-0a4569d533e6e0e84\tt2.micro\t2026-11-29T12:02:20.000Z\twindows\tip-10-0-1-5.ap-northeast-2.compute.internal\t10.0.1.5\t/dev/sda1\tebs\tTrue\tsimple\t\tsubnet-d085ae0f47554a928\thvm\tvpc-d858610d1a8e54cc6
BLOCKDEVICEMAPPINGS\t/dev/sda1
EBS\t2026-11-29T12:02:20.000Z\tTrue\tattached\tvol-3e36f43d22fa16c31
METADATAOPTIONS\tenabled\tdisabled\t1\toptional\tdisabled\tapplied
MONITORING\tdisabled
NETWORKINTERFACES\tPrimary network interface\tinterface\t02:00:00:59:bb:61\teni-f9ef15939406927f6\t123456789012\t10.0.1.5\tTrue\tin-use\tsubnet-d085ae0f47554a928\tvpc-d858610d1a8e54cc6
ATTACHMENT\t2026-11-29T12:02:20.000Z\teni-attach-1714df1d4d8de26a8\tFalse\t0\t0\tattached
GROUPS\tsg-a32b6c5848f99e44e\tdefault
PRIVATEIPADDRESSES\tTrue\t10.0.1.5
PLACEMENT\tap-northeast-2a\t\tdefault
STATE\t16\trunning
STATEREASON\t\t
TAGS\tName\tweb

""",
      table: """
------------------------------------------------------------------------------
|                              DescribeInstances                             |
+----------------------------------------------------------------------------+
||                               Reservations                               ||
|+------------------------------+-------------------------------------------+|
||  OwnerId                     |  123456789012                             ||
||  ReservationId               |  r-6552d4820db13d686                      ||
|+------------------------------+-------------------------------------------+|
|||                                Instances                               |||
||+------------------------+-----------------------------------------------+||
|||  AmiLaunchIndex        |  0                                            |||
|||  Architecture          |  x86_64                                       |||
|||  ClientToken           |  6f6c9460-84d4-4e36-a8a3-31912c0e81d9         |||
|||  EbsOptimized          |  False                                        |||
|||  Hypervisor            |  xen                                          |||
|||  ImageId               |  ami-12c6146b                                 |||
|||  InstanceId            |  i-355df4ebf397e83b6                          |||
|||  InstanceType          |  t2.micro                                     |||
|||  LaunchTime            |  2026-11-29T12:02:20.000Z                     |||
|||  Platform              |  windows                                      |||
|||  PrivateDnsName        |  ip-10-0-1-4.ap-northeast-2.compute.internal  |||
|||  PrivateIpAddress      |  10.0.1.4                                     |||
|||  RootDeviceName        |  /dev/sda1                                    |||
|||  RootDeviceType        |  ebs                                          |||
|||  SourceDestCheck       |  True                                         |||
|||  SriovNetSupport       |  simple                                       |||
|||  StateTransitionReason |                                               |||
|||  SubnetId              |  subnet-d085ae0f47554a928                     |||
|||  VirtualizationType    |  hvm                                          |||
|||  VpcId                 |  vpc-d858610d1a8e54cc6                        |||
||+------------------------+-----------------------------------------------+||
||||                          BlockDeviceMappings                         ||||
|||+-----------------------------------+----------------------------------+|||
||||  DeviceName                       |  /dev/sda1                       ||||
|||+-----------------------------------+----------------------------------+|||
|||||                                 Ebs                                |||||
||||+------------------------------+-------------------------------------+||||
|||||  AttachTime                  |  2026-11-29T12:02:20.000Z           |||||
|||||  DeleteOnTermination         |  True                               |||||
|||||  Status                      |  attached                           |||||
|||||  VolumeId                    |  vol-337e10a4eace6081f              |||||
||||+------------------------------+-------------------------------------+||||
||||                            MetadataOptions                           ||||
|||+------------------------------------------------+---------------------+|||
||||  HttpEndpoint                                  |  enabled            ||||
||||  HttpProtocolIpv6                              |  disabled           ||||
||||  HttpPutResponseHopLimit                       |  1                  ||||
||||  HttpTokens                                    |  optional           ||||
||||  InstanceMetadataTags                          |  disabled           ||||
||||  State                                         |  applied            ||||
|||+------------------------------------------------+---------------------+|||
||||                              Monitoring                              ||||
|||+-----------------------------+----------------------------------------+|||
||||  State                      |  disabled                              ||||
|||+-----------------------------+----------------------------------------+|||
||||                           NetworkInterfaces                          ||||
|||+-----------------------------+----------------------------------------+|||
||||  Description                |  Primary network interface             ||||
||||  InterfaceType              |  interface                             ||||
||||  MacAddress                 |  02:00:00:0a:12:6d                     ||||
||||  NetworkInterfaceId         |  eni-b6453a05e6b540419                 ||||
||||  OwnerId                    |  123456789012                          ||||
||||  PrivateIpAddress           |  10.0.1.4                              ||||
||||  SourceDestCheck            |  True                                  ||||
||||  Status                     |  in-use                                ||||
||||  SubnetId                   |  subnet-d085ae0f47554a928              ||||
||||  VpcId                      |  vpc-d858610d1a8e54cc6                 ||||
|||+-----------------------------+----------------------------------------+|||
|||||                             Attachment                             |||||
||||+---------------------------+----------------------------------------+||||
|||||  AttachTime               |  2026-11-29T12:02:20.000Z              |||||
|||||  AttachmentId             |  eni-attach-1a1aa9e569315ffb7          |||||
|||||  DeleteOnTermination      |  False                                 |||||
|||||  DeviceIndex              |  0                                     |||||
|||||  NetworkCardIndex         |  0                                     |||||
|||||  Status                   |  attached                              |||||
||||+---------------------------+----------------------------------------+||||
|||||                               Groups                               |||||
||||+-----------------------+--------------------------------------------+||||
|||||  GroupId              |  sg-a32b6c5848f99e44e                      |||||
|||||  GroupName            |  default                                   |||||
||||+-----------------------+--------------------------------------------+||||
|||||                         PrivateIpAddresses                         |||||
||||+------------------------------------------+-------------------------+||||
|||||  Primary                                 |  True                   |||||
|||||  PrivateIpAddress                        |  10.0.1.4               |||||
||||+------------------------------------------+-------------------------+||||
||||                               Placement                              ||||
|||+-----------------------------------+----------------------------------+|||
||||  AvailabilityZone                 |  ap-northeast-2a                 ||||
||||  GroupName                        |                                  ||||
||||  Tenancy                          |  default                         ||||
|||+-----------------------------------+----------------------------------+|||
||||                                 State                                ||||
|||+----------------------------+-----------------------------------------+|||
||||  Code                      |  16                                     ||||
||||  Name                      |  running                                ||||
|||+----------------------------+-----------------------------------------+|||
||||                              StateReason                             ||||
|||+---------------------------------------------------+------------------+|||
||||  Code                                             |                  ||||
||||  Message                                          |                  ||||
|||+---------------------------------------------------+------------------+|||
||||                                 Tags                                 ||||
|||+------------------------------------+---------------------------------+|||
||||  Key                               |  Name                           ||||
||||  Value                             |  web                            ||||
|||+------------------------------------+---------------------------------+|||
|||                                Instances                               |||
||+------------------------+-----------------------------------------------+||
|||  AmiLaunchIndex        |  1                                            |||
|||  Architecture          |  x86_64                                       |||
|||  ClientToken           |  6f6c9460-84d4-4e36-a8a3-31912c0e81d9         |||
|||  EbsOptimized          |  False                                        |||
|||  Hypervisor            |  xen                                          |||
|||  ImageId               |  ami-12c6146b                                 |||
|||  InstanceId            |  i-0a4569d533e6e0e84                          |||
|||  InstanceType          |  t2.micro                                     |||
|||  LaunchTime            |  2026-11-29T12:02:20.000Z                     |||
|||  Platform              |  windows                                      |||
|||  PrivateDnsName        |  ip-10-0-1-5.ap-northeast-2.compute.internal  |||
|||  PrivateIpAddress      |  10.0.1.5                                     |||
|||  RootDeviceName        |  /dev/sda1                                    |||
|||  RootDeviceType        |  ebs                                          |||
|||  SourceDestCheck       |  True                                         |||
|||  SriovNetSupport       |  simple                                       |||
|||  StateTransitionReason |                                               |||
|||  SubnetId              |  subnet-d085ae0f47554a928                     |||
|||  VirtualizationType    |  hvm                                          |||
|||  VpcId                 |  vpc-d858610d1a8e54cc6                        |||
||+------------------------+-----------------------------------------------+||
||||                          BlockDeviceMappings                         ||||
|||+-----------------------------------+----------------------------------+|||
||||  DeviceName                       |  /dev/sda1                       ||||
|||+-----------------------------------+----------------------------------+|||
|||||                                 Ebs                                |||||
||||+------------------------------+-------------------------------------+||||
|||||  AttachTime                  |  2026-11-29T12:02:20.000Z           |||||
|||||  DeleteOnTermination         |  True                               |||||
|||||  Status                      |  attached                           |||||
|||||  VolumeId                    |  vol-3e36f43d22fa16c31              |||||
||||+------------------------------+-------------------------------------+||||
||||                            MetadataOptions                           ||||
|||+------------------------------------------------+---------------------+|||
||||  HttpEndpoint                                  |  enabled            ||||
||||  HttpProtocolIpv6                              |  disabled           ||||
||||  HttpPutResponseHopLimit                       |  1                  ||||
||||  HttpTokens                                    |  optional           ||||
||||  InstanceMetadataTags                          |  disabled           ||||
||||  State                                         |  applied            ||||
|||+------------------------------------------------+---------------------+|||
||||                              Monitoring                              ||||
|||+-----------------------------+----------------------------------------+|||
||||  State                      |  disabled                              ||||
|||+-----------------------------+----------------------------------------+|||
||||                           NetworkInterfaces                          ||||
|||+-----------------------------+----------------------------------------+|||
||||  Description                |  Primary network interface             ||||
||||  InterfaceType              |  interface                             ||||
||||  MacAddress                 |  02:00:00:59:bb:61                     ||||
||||  NetworkInterfaceId         |  eni-f9ef15939406927f6                 ||||
||||  OwnerId                    |  123456789012                          ||||
||||  PrivateIpAddress           |  10.0.1.5                              ||||
||||  SourceDestCheck            |  True                                  ||||
||||  Status                     |  in-use                                ||||
||||  SubnetId                   |  subnet-d085ae0f47554a928              ||||
||||  VpcId                      |  vpc-d858610d1a8e54cc6                 ||||
|||+-----------------------------+----------------------------------------+|||
|||||                             Attachment                             |||||
||||+---------------------------+----------------------------------------+||||
|||||  AttachTime               |  2026-11-29T12:02:20.000Z              |||||
|||||  AttachmentId             |  eni-attach-1714df1d4d8de26a8          |||||
|||||  DeleteOnTermination      |  False                                 |||||
|||||  DeviceIndex              |  0                                     |||||
|||||  NetworkCardIndex         |  0                                     |||||
|||||  Status                   |  attached                              |||||
||||+---------------------------+----------------------------------------+||||
|||||                               Groups                               |||||
||||+-----------------------+--------------------------------------------+||||
|||||  GroupId              |  sg-a32b6c5848f99e44e                      |||||
|||||  GroupName            |  default                                   |||||
||||+-----------------------+--------------------------------------------+||||
|||||                         PrivateIpAddresses                         |||||
||||+------------------------------------------+-------------------------+||||
|||||  Primary                                 |  True                   |||||
|||||  PrivateIpAddress                        |  10.0.1.5               |||||
||||+------------------------------------------+-------------------------+||||
||||                               Placement                              ||||
|||+-----------------------------------+----------------------------------+|||
||||  AvailabilityZone                 |  ap-northeast-2a                 ||||
||||  GroupName                        |                                  ||||
||||  Tenancy                          |  default                         ||||
|||+-----------------------------------+----------------------------------+|||
||||                                 State                                ||||
|||+----------------------------+-----------------------------------------+|||
||||  Code                      |  16                                     ||||
||||  Name                      |  running                                ||||
|||+----------------------------+-----------------------------------------+|||
||||                              StateReason                             ||||
|||+---------------------------------------------------+------------------+|||
||||  Code                                             |                  ||||
||||  Message                                          |                  ||||
|||+---------------------------------------------------+------------------+|||
||||                                 Tags                                 ||||
|||+------------------------------------+---------------------------------+|||
||||  Key                               |  Name                           ||||
||||  Value                             |  web                            ||||
|||+------------------------------------+---------------------------------+|||

"""),
    AWSOutputCapture(
      name: "describeAvailabilityZones",
      operation: "DescribeAvailabilityZones",
      command: "aws ec2 describe-availability-zones",
      query: nil,
      response: AWSOutputResponses.describeAvailabilityZones,
      json: """
{
    "AvailabilityZones": [
        {
            "Messages": [],
            "RegionName": "ap-northeast-2",
            "ZoneName": "ap-northeast-2a",
            "ZoneId": "apne2-az1",
            "ZoneType": "availability-zone",
            "State": "available"
        },
        {
            "Messages": [],
            "RegionName": "ap-northeast-2",
            "ZoneName": "ap-northeast-2b",
            "ZoneId": "apne2-az2",
            "ZoneType": "availability-zone",
            "State": "available"
        },
        {
            "Messages": [],
            "RegionName": "ap-northeast-2",
            "ZoneName": "ap-northeast-2c",
            "ZoneId": "apne2-az3",
            "ZoneType": "availability-zone",
            "State": "available"
        },
        {
            "Messages": [],
            "RegionName": "ap-northeast-2",
            "ZoneName": "ap-northeast-2d",
            "ZoneId": "apne2-az4",
            "ZoneType": "availability-zone",
            "State": "available"
        }
    ]
}

""",
      text: """
AVAILABILITYZONES\tap-northeast-2\tavailable\tapne2-az1\tap-northeast-2a\tavailability-zone
AVAILABILITYZONES\tap-northeast-2\tavailable\tapne2-az2\tap-northeast-2b\tavailability-zone
AVAILABILITYZONES\tap-northeast-2\tavailable\tapne2-az3\tap-northeast-2c\tavailability-zone
AVAILABILITYZONES\tap-northeast-2\tavailable\tapne2-az4\tap-northeast-2d\tavailability-zone

""",
      table: """
---------------------------------------
|      DescribeAvailabilityZones      |
+-------------------------------------+
||         AvailabilityZones         ||
|+-------------+---------------------+|
||  RegionName |  ap-northeast-2     ||
||  State      |  available          ||
||  ZoneId     |  apne2-az1          ||
||  ZoneName   |  ap-northeast-2a    ||
||  ZoneType   |  availability-zone  ||
|+-------------+---------------------+|
||         AvailabilityZones         ||
|+-------------+---------------------+|
||  RegionName |  ap-northeast-2     ||
||  State      |  available          ||
||  ZoneId     |  apne2-az2          ||
||  ZoneName   |  ap-northeast-2b    ||
||  ZoneType   |  availability-zone  ||
|+-------------+---------------------+|
||         AvailabilityZones         ||
|+-------------+---------------------+|
||  RegionName |  ap-northeast-2     ||
||  State      |  available          ||
||  ZoneId     |  apne2-az3          ||
||  ZoneName   |  ap-northeast-2c    ||
||  ZoneType   |  availability-zone  ||
|+-------------+---------------------+|
||         AvailabilityZones         ||
|+-------------+---------------------+|
||  RegionName |  ap-northeast-2     ||
||  State      |  available          ||
||  ZoneId     |  apne2-az4          ||
||  ZoneName   |  ap-northeast-2d    ||
||  ZoneType   |  availability-zone  ||
|+-------------+---------------------+|

"""),
    AWSOutputCapture(
      name: "describeInternetGateways",
      operation: "DescribeInternetGateways",
      command: "aws ec2 describe-internet-gateways",
      query: nil,
      response: AWSOutputResponses.describeInternetGateways,
      json: """
{
    "InternetGateways": [
        {
            "Attachments": [
                {
                    "State": "available",
                    "VpcId": "vpc-d858610d1a8e54cc6"
                }
            ],
            "InternetGatewayId": "igw-2b2681c671cbddc11",
            "OwnerId": "123456789012",
            "Tags": []
        }
    ]
}

""",
      text: """
INTERNETGATEWAYS\tigw-2b2681c671cbddc11\t123456789012
ATTACHMENTS\tavailable\tvpc-d858610d1a8e54cc6

""",
      table: """
---------------------------------------------
|         DescribeInternetGateways          |
+-------------------------------------------+
||            InternetGateways             ||
|+------------------------+----------------+|
||    InternetGatewayId   |    OwnerId     ||
|+------------------------+----------------+|
||  igw-2b2681c671cbddc11 |  123456789012  ||
|+------------------------+----------------+|
|||              Attachments              |||
||+------------+--------------------------+||
|||    State   |          VpcId           |||
||+------------+--------------------------+||
|||  available |  vpc-d858610d1a8e54cc6   |||
||+------------+--------------------------+||

"""),
    AWSOutputCapture(
      name: "getCallerIdentity",
      operation: "GetCallerIdentity",
      command: "aws sts get-caller-identity",
      query: nil,
      response: AWSOutputResponses.getCallerIdentity,
      json: """
{
    "UserId": "AKIAIOSFODNN7EXAMPLE",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:user/moto"
}

""",
      text: """
123456789012\tarn:aws:sts::123456789012:user/moto\tAKIAIOSFODNN7EXAMPLE

""",
      table: """
----------------------------------------------------
|                 GetCallerIdentity                |
+---------+----------------------------------------+
|  Account|  123456789012                          |
|  Arn    |  arn:aws:sts::123456789012:user/moto   |
|  UserId |  AKIAIOSFODNN7EXAMPLE                  |
+---------+----------------------------------------+

"""),
    AWSOutputCapture(
      name: "listBuckets",
      operation: "ListBuckets",
      command: "aws s3api list-buckets",
      query: nil,
      response: AWSOutputResponses.listBuckets,
      json: """
{
    "Buckets": [
        {
            "Name": "lab-bucket",
            "CreationDate": "2026-11-29T12:02:21.000Z"
        },
        {
            "Name": "logs-bucket",
            "CreationDate": "2026-11-29T12:02:23.000Z"
        }
    ],
    "Owner": {
        "DisplayName": "webfile",
        "ID": "bcaf1ffd86f41161ca5fb16fd081034f"
    },
    "Prefix": null
}

""",
      text: """
None
BUCKETS\t2026-11-29T12:02:21.000Z\tlab-bucket
BUCKETS\t2026-11-29T12:02:23.000Z\tlogs-bucket
OWNER\twebfile\tbcaf1ffd86f41161ca5fb16fd081034f

""",
      table: """
-------------------------------------------------------
|                     ListBuckets                     |
+-----------------------------+-----------------------+
|  Prefix                     |  None                 |
+-----------------------------+-----------------------+
||                      Buckets                      ||
|+---------------------------------+-----------------+|
||          CreationDate           |      Name       ||
|+---------------------------------+-----------------+|
||  2026-11-29T12:02:21.000Z       |  lab-bucket     ||
||  2026-11-29T12:02:23.000Z       |  logs-bucket    ||
|+---------------------------------+-----------------+|
||                       Owner                       ||
|+--------------+------------------------------------+|
||  DisplayName |                ID                  ||
|+--------------+------------------------------------+|
||  webfile     |  bcaf1ffd86f41161ca5fb16fd081034f  ||
|+--------------+------------------------------------+|

"""),
    AWSOutputCapture(
      name: "describeVpcsNone",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --filters Name=vpc-id,Values=vpc-nope",
      query: nil,
      response: AWSOutputResponses.describeVpcsNone,
      json: """
{
    "Vpcs": []
}

""",
      text: """

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "qVpcIds",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].VpcId'",
      query: "Vpcs[*].VpcId",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-0488ef06020ebb37a",
    "vpc-d858610d1a8e54cc6",
    "vpc-05b1bfb6856984c06"
]

""",
      text: """
vpc-0488ef06020ebb37a\tvpc-d858610d1a8e54cc6\tvpc-05b1bfb6856984c06

""",
      table: """
---------------------------
|      DescribeVpcs       |
+-------------------------+
|  vpc-0488ef06020ebb37a  |
|  vpc-d858610d1a8e54cc6  |
|  vpc-05b1bfb6856984c06  |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qVpcIdsFlat",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[].VpcId'",
      query: "Vpcs[].VpcId",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-0488ef06020ebb37a",
    "vpc-d858610d1a8e54cc6",
    "vpc-05b1bfb6856984c06"
]

""",
      text: """
vpc-0488ef06020ebb37a\tvpc-d858610d1a8e54cc6\tvpc-05b1bfb6856984c06

""",
      table: """
---------------------------
|      DescribeVpcs       |
+-------------------------+
|  vpc-0488ef06020ebb37a  |
|  vpc-d858610d1a8e54cc6  |
|  vpc-05b1bfb6856984c06  |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qFirstVpc",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0]'",
      query: "Vpcs[0]",
      response: AWSOutputResponses.describeVpcs,
      json: """
{
    "OwnerId": "123456789012",
    "InstanceTenancy": "default",
    "Ipv6CidrBlockAssociationSet": [],
    "CidrBlockAssociationSet": [
        {
            "AssociationId": "vpc-cidr-assoc-cf0e36d5930530d27",
            "CidrBlock": "172.31.0.0/16",
            "CidrBlockState": {
                "State": "associated"
            }
        }
    ],
    "IsDefault": true,
    "Tags": [],
    "VpcId": "vpc-0488ef06020ebb37a",
    "State": "available",
    "CidrBlock": "172.31.0.0/16",
    "DhcpOptionsId": "default"
}

""",
      text: """
172.31.0.0/16\tdefault\tdefault\tTrue\t123456789012\tavailable\tvpc-0488ef06020ebb37a
CIDRBLOCKASSOCIATIONSET\tvpc-cidr-assoc-cf0e36d5930530d27\t172.31.0.0/16
CIDRBLOCKSTATE\tassociated

""",
      table: """
---------------------------------------------------------
|                     DescribeVpcs                      |
+-----------------------+-------------------------------+
|  CidrBlock            |  172.31.0.0/16                |
|  DhcpOptionsId        |  default                      |
|  InstanceTenancy      |  default                      |
|  IsDefault            |  True                         |
|  OwnerId              |  123456789012                 |
|  State                |  available                    |
|  VpcId                |  vpc-0488ef06020ebb37a        |
+-----------------------+-------------------------------+
||               CidrBlockAssociationSet               ||
|+----------------+------------------------------------+|
||  AssociationId |  vpc-cidr-assoc-cf0e36d5930530d27  ||
||  CidrBlock     |  172.31.0.0/16                     ||
|+----------------+------------------------------------+|
|||                  CidrBlockState                   |||
||+-------------------+-------------------------------+||
|||  State            |  associated                   |||
||+-------------------+-------------------------------+||

"""),
    AWSOutputCapture(
      name: "qFirstVpcId",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0].VpcId'",
      query: "Vpcs[0].VpcId",
      response: AWSOutputResponses.describeVpcs,
      json: """
"vpc-0488ef06020ebb37a"

""",
      text: """
vpc-0488ef06020ebb37a

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "qLastCidr",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[-1].CidrBlock'",
      query: "Vpcs[-1].CidrBlock",
      response: AWSOutputResponses.describeVpcs,
      json: """
"10.1.0.0/16"

""",
      text: """
10.1.0.0/16

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "qSlice",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0:2].CidrBlock'",
      query: "Vpcs[0:2].CidrBlock",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "172.31.0.0/16",
    "10.0.0.0/16"
]

""",
      text: """
172.31.0.0/16\t10.0.0.0/16

""",
      table: """
-------------------
|  DescribeVpcs   |
+-----------------+
|  172.31.0.0/16  |
|  10.0.0.0/16    |
+-----------------+

"""),
    AWSOutputCapture(
      name: "qMissing",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0].Nope'",
      query: "Vpcs[0].Nope",
      response: AWSOutputResponses.describeVpcs,
      json: """
null

""",
      text: """
None

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qMissingTop",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query Nope",
      query: "Nope",
      response: AWSOutputResponses.describeVpcs,
      json: """
null

""",
      text: """
None

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qFilterRaw",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?CidrBlock=='\"'\"'10.1.0.0/16'\"'\"'].VpcId'",
      query: "Vpcs[?CidrBlock=='10.1.0.0/16'].VpcId",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-05b1bfb6856984c06"
]

""",
      text: """
vpc-05b1bfb6856984c06

""",
      table: """
---------------------------
|      DescribeVpcs       |
+-------------------------+
|  vpc-05b1bfb6856984c06  |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qFilterLit",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?IsDefault==`true`].VpcId'",
      query: "Vpcs[?IsDefault==`true`].VpcId",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-0488ef06020ebb37a"
]

""",
      text: """
vpc-0488ef06020ebb37a

""",
      table: """
---------------------------
|      DescribeVpcs       |
+-------------------------+
|  vpc-0488ef06020ebb37a  |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qFilterNot",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?!IsDefault].[VpcId,CidrBlock]'",
      query: "Vpcs[?!IsDefault].[VpcId,CidrBlock]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    [
        "vpc-d858610d1a8e54cc6",
        "10.0.0.0/16"
    ],
    [
        "vpc-05b1bfb6856984c06",
        "10.1.0.0/16"
    ]
]

""",
      text: """
vpc-d858610d1a8e54cc6\t10.0.0.0/16
vpc-05b1bfb6856984c06\t10.1.0.0/16

""",
      table: """
------------------------------------------
|              DescribeVpcs              |
+------------------------+---------------+
|  vpc-d858610d1a8e54cc6 |  10.0.0.0/16  |
|  vpc-05b1bfb6856984c06 |  10.1.0.0/16  |
+------------------------+---------------+

"""),
    AWSOutputCapture(
      name: "qMultiList",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].[VpcId,CidrBlock,IsDefault]'",
      query: "Vpcs[*].[VpcId,CidrBlock,IsDefault]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    [
        "vpc-0488ef06020ebb37a",
        "172.31.0.0/16",
        true
    ],
    [
        "vpc-d858610d1a8e54cc6",
        "10.0.0.0/16",
        false
    ],
    [
        "vpc-05b1bfb6856984c06",
        "10.1.0.0/16",
        false
    ]
]

""",
      text: """
vpc-0488ef06020ebb37a\t172.31.0.0/16\tTrue
vpc-d858610d1a8e54cc6\t10.0.0.0/16\tFalse
vpc-05b1bfb6856984c06\t10.1.0.0/16\tFalse

""",
      table: """
-----------------------------------------------------
|                   DescribeVpcs                    |
+------------------------+-----------------+--------+
|  vpc-0488ef06020ebb37a |  172.31.0.0/16  |  True  |
|  vpc-d858610d1a8e54cc6 |  10.0.0.0/16    |  False |
|  vpc-05b1bfb6856984c06 |  10.1.0.0/16    |  False |
+------------------------+-----------------+--------+

"""),
    AWSOutputCapture(
      name: "qMultiHash",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].{ID:VpcId,CIDR:CidrBlock,Default:IsDefault}'",
      query: "Vpcs[*].{ID:VpcId,CIDR:CidrBlock,Default:IsDefault}",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    {
        "ID": "vpc-0488ef06020ebb37a",
        "CIDR": "172.31.0.0/16",
        "Default": true
    },
    {
        "ID": "vpc-d858610d1a8e54cc6",
        "CIDR": "10.0.0.0/16",
        "Default": false
    },
    {
        "ID": "vpc-05b1bfb6856984c06",
        "CIDR": "10.1.0.0/16",
        "Default": false
    }
]

""",
      text: """
172.31.0.0/16\tTrue\tvpc-0488ef06020ebb37a
10.0.0.0/16\tFalse\tvpc-d858610d1a8e54cc6
10.1.0.0/16\tFalse\tvpc-05b1bfb6856984c06

""",
      table: """
-------------------------------------------------------
|                    DescribeVpcs                     |
+----------------+----------+-------------------------+
|      CIDR      | Default  |           ID            |
+----------------+----------+-------------------------+
|  172.31.0.0/16 |  True    |  vpc-0488ef06020ebb37a  |
|  10.0.0.0/16   |  False   |  vpc-d858610d1a8e54cc6  |
|  10.1.0.0/16   |  False   |  vpc-05b1bfb6856984c06  |
+----------------+----------+-------------------------+

"""),
    AWSOutputCapture(
      name: "qTagName",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].{Id:VpcId,Name:Tags[?Key=='\"'\"'Name'\"'\"'].Value | [0]}'",
      query: "Vpcs[*].{Id:VpcId,Name:Tags[?Key=='Name'].Value | [0]}",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    {
        "Id": "vpc-0488ef06020ebb37a",
        "Name": null
    },
    {
        "Id": "vpc-d858610d1a8e54cc6",
        "Name": "lab-vpc"
    },
    {
        "Id": "vpc-05b1bfb6856984c06",
        "Name": "second"
    }
]

""",
      text: """
vpc-0488ef06020ebb37a\tNone
vpc-d858610d1a8e54cc6\tlab-vpc
vpc-05b1bfb6856984c06\tsecond

""",
      table: """
--------------------------------------
|            DescribeVpcs            |
+------------------------+-----------+
|           Id           |   Name    |
+------------------------+-----------+
|  vpc-0488ef06020ebb37a |  None     |
|  vpc-d858610d1a8e54cc6 |  lab-vpc  |
|  vpc-05b1bfb6856984c06 |  second   |
+------------------------+-----------+

"""),
    AWSOutputCapture(
      name: "qTagsFlat",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[].Tags[]'",
      query: "Vpcs[].Tags[]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    {
        "Key": "Name",
        "Value": "lab-vpc"
    },
    {
        "Key": "Env",
        "Value": "dev"
    },
    {
        "Key": "Name",
        "Value": "second"
    }
]

""",
      text: """
Name\tlab-vpc
Env\tdev
Name\tsecond

""",
      table: """
---------------------
|   DescribeVpcs    |
+-------+-----------+
|  Key  |   Value   |
+-------+-----------+
|  Name |  lab-vpc  |
|  Env  |  dev      |
|  Name |  second   |
+-------+-----------+

"""),
    AWSOutputCapture(
      name: "qTagsNested",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].Tags[*].Value'",
      query: "Vpcs[*].Tags[*].Value",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    [],
    [
        "lab-vpc",
        "dev"
    ],
    [
        "second"
    ]
]

""",
      text: """
lab-vpc\tdev
second

""",
      tableStderr: """

Row should have 0 elements, instead it has 2

"""),
    AWSOutputCapture(
      name: "qLength",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'length(Vpcs)'",
      query: "length(Vpcs)",
      response: AWSOutputResponses.describeVpcs,
      json: """
3

""",
      text: """
3

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "qPipeFirst",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].VpcId | [0]'",
      query: "Vpcs[*].VpcId | [0]",
      response: AWSOutputResponses.describeVpcs,
      json: """
"vpc-0488ef06020ebb37a"

""",
      text: """
vpc-0488ef06020ebb37a

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "qSortBy",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'sort_by(Vpcs, &CidrBlock)[*].CidrBlock'",
      query: "sort_by(Vpcs, &CidrBlock)[*].CidrBlock",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "10.0.0.0/16",
    "10.1.0.0/16",
    "172.31.0.0/16"
]

""",
      text: """
10.0.0.0/16\t10.1.0.0/16\t172.31.0.0/16

""",
      table: """
-------------------
|  DescribeVpcs   |
+-----------------+
|  10.0.0.0/16    |
|  10.1.0.0/16    |
|  172.31.0.0/16  |
+-----------------+

"""),
    AWSOutputCapture(
      name: "qStartsWith",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?starts_with(CidrBlock, '\"'\"'10.'\"'\"')].VpcId'",
      query: "Vpcs[?starts_with(CidrBlock, '10.')].VpcId",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-d858610d1a8e54cc6",
    "vpc-05b1bfb6856984c06"
]

""",
      text: """
vpc-d858610d1a8e54cc6\tvpc-05b1bfb6856984c06

""",
      table: """
---------------------------
|      DescribeVpcs       |
+-------------------------+
|  vpc-d858610d1a8e54cc6  |
|  vpc-05b1bfb6856984c06  |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qContains",
      operation: "DescribeRouteTables",
      command: "aws ec2 describe-route-tables --query 'RouteTables[?contains(Routes[].GatewayId, '\"'\"'local'\"'\"')].RouteTableId'",
      query: "RouteTables[?contains(Routes[].GatewayId, 'local')].RouteTableId",
      response: AWSOutputResponses.qContains,
      json: """
[
    "rtb-e615f068d8f6c05ed",
    "rtb-ac91078c2d1603cf1",
    "rtb-8d4c9d65bea6b1e2c",
    "rtb-e9e0be346103a2304"
]

""",
      text: """
rtb-e615f068d8f6c05ed\trtb-ac91078c2d1603cf1\trtb-8d4c9d65bea6b1e2c\trtb-e9e0be346103a2304

""",
      table: """
---------------------------
|   DescribeRouteTables   |
+-------------------------+
|  rtb-e615f068d8f6c05ed  |
|  rtb-ac91078c2d1603cf1  |
|  rtb-8d4c9d65bea6b1e2c  |
|  rtb-e9e0be346103a2304  |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qJoin",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'join('\"'\"', '\"'\"', Vpcs[].CidrBlock)'",
      query: "join(', ', Vpcs[].CidrBlock)",
      response: AWSOutputResponses.describeVpcs,
      json: """
"172.31.0.0/16, 10.0.0.0/16, 10.1.0.0/16"

""",
      text: """
172.31.0.0/16, 10.0.0.0/16, 10.1.0.0/16

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "qKeys",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'keys(Vpcs[0])'",
      query: "keys(Vpcs[0])",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "OwnerId",
    "InstanceTenancy",
    "Ipv6CidrBlockAssociationSet",
    "CidrBlockAssociationSet",
    "IsDefault",
    "Tags",
    "VpcId",
    "State",
    "CidrBlock",
    "DhcpOptionsId"
]

""",
      text: """
OwnerId\tInstanceTenancy\tIpv6CidrBlockAssociationSet\tCidrBlockAssociationSet\tIsDefault\tTags\tVpcId\tState\tCidrBlock\tDhcpOptionsId

""",
      table: """
---------------------------------
|         DescribeVpcs          |
+-------------------------------+
|  OwnerId                      |
|  InstanceTenancy              |
|  Ipv6CidrBlockAssociationSet  |
|  CidrBlockAssociationSet      |
|  IsDefault                    |
|  Tags                         |
|  VpcId                        |
|  State                        |
|  CidrBlock                    |
|  DhcpOptionsId                |
+-------------------------------+

"""),
    AWSOutputCapture(
      name: "qObjStar",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0].CidrBlockAssociationSet[0].*'",
      query: "Vpcs[0].CidrBlockAssociationSet[0].*",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-cidr-assoc-cf0e36d5930530d27",
    "172.31.0.0/16",
    {
        "State": "associated"
    }
]

""",
      textStderr: """

'str' object has no attribute 'items'

""",
      table: """
--------------------------------------
|            DescribeVpcs            |
+------------------------------------+
|  vpc-cidr-assoc-cf0e36d5930530d27  |
|  172.31.0.0/16                     |
|  State                             |
+------------------------------------+

"""),
    AWSOutputCapture(
      name: "qAndOr",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?IsDefault==`false` && State=='\"'\"'available'\"'\"' || CidrBlock=='\"'\"'x'\"'\"'].CidrBlock'",
      query: "Vpcs[?IsDefault==`false` && State=='available' || CidrBlock=='x'].CidrBlock",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "10.0.0.0/16",
    "10.1.0.0/16"
]

""",
      text: """
10.0.0.0/16\t10.1.0.0/16

""",
      table: """
-----------------
| DescribeVpcs  |
+---------------+
|  10.0.0.0/16  |
|  10.1.0.0/16  |
+---------------+

"""),
    AWSOutputCapture(
      name: "qCompare",
      operation: "DescribeSecurityGroups",
      command: "aws ec2 describe-security-groups --group-ids sg-d60da6b0eda93dad2 --query 'SecurityGroups[].IpPermissions[?FromPort>=`22` && ToPort<`80`][]'",
      query: "SecurityGroups[].IpPermissions[?FromPort>=`22` && ToPort<`80`][]",
      response: AWSOutputResponses.describeSecurityGroups,
      json: """
[
    {
        "IpProtocol": "tcp",
        "FromPort": 22,
        "ToPort": 22,
        "UserIdGroupPairs": [],
        "IpRanges": [
            {
                "CidrIp": "10.0.0.0/8"
            }
        ],
        "Ipv6Ranges": [],
        "PrefixListIds": []
    }
]

""",
      text: """
22\ttcp\t22
IPRANGES\t10.0.0.0/8

""",
      table: """
--------------------------------------
|       DescribeSecurityGroups       |
+----------+--------------+----------+
| FromPort | IpProtocol   | ToPort   |
+----------+--------------+----------+
|  22      |  tcp         |  22      |
+----------+--------------+----------+
||             IpRanges             ||
|+----------------------------------+|
||              CidrIp              ||
|+----------------------------------+|
||  10.0.0.0/8                      ||
|+----------------------------------+|

"""),
    AWSOutputCapture(
      name: "qRoutes",
      operation: "DescribeRouteTables",
      command: "aws ec2 describe-route-tables --filters Name=vpc-id,Values=vpc-d858610d1a8e54cc6 --query 'RouteTables[*].Routes[*].[DestinationCidrBlock,GatewayId,State]'",
      query: "RouteTables[*].Routes[*].[DestinationCidrBlock,GatewayId,State]",
      response: AWSOutputResponses.describeRouteTables,
      json: """
[
    [
        [
            "10.0.0.0/16",
            "local",
            "active"
        ]
    ],
    [
        [
            "10.0.0.0/16",
            "local",
            "active"
        ],
        [
            "0.0.0.0/0",
            "igw-2b2681c671cbddc11",
            "active"
        ],
        [
            null,
            "vpce-65346289f6d8f58f0",
            "active"
        ]
    ]
]

""",
      text: """
10.0.0.0/16\tlocal\tactive
10.0.0.0/16\tlocal\tactive
0.0.0.0/0\tigw-2b2681c671cbddc11\tactive
None\tvpce-65346289f6d8f58f0\tactive

""",
      table: """
-----------------------------------------------------
|                DescribeRouteTables                |
+--------------+--------------------------+---------+
|  10.0.0.0/16 |  local                   |  active |
|  10.0.0.0/16 |  local                   |  active |
|  0.0.0.0/0   |  igw-2b2681c671cbddc11   |  active |
|  None        |  vpce-65346289f6d8f58f0  |  active |
+--------------+--------------------------+---------+

"""),
    AWSOutputCapture(
      name: "qInstances",
      operation: "DescribeInstances",
      command: "aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.Name,InstanceType,Placement.AvailabilityZone]'",
      query: "Reservations[].Instances[].[InstanceId,State.Name,InstanceType,Placement.AvailabilityZone]",
      response: AWSOutputResponses.describeInstances,
      json: """
[
    [
        "i-355df4ebf397e83b6",
        "running",
        "t2.micro",
        "ap-northeast-2a"
    ],
    [
        "i-0a4569d533e6e0e84",
        "running",
        "t2.micro",
        "ap-northeast-2a"
    ]
]

""",
      text: """
i-355df4ebf397e83b6\trunning\tt2.micro\tap-northeast-2a
i-0a4569d533e6e0e84\trunning\tt2.micro\tap-northeast-2a

""",
      table: """
-------------------------------------------------------------------
|                        DescribeInstances                        |
+----------------------+----------+-----------+-------------------+
|  i-355df4ebf397e83b6 |  running |  t2.micro |  ap-northeast-2a  |
|  i-0a4569d533e6e0e84 |  running |  t2.micro |  ap-northeast-2a  |
+----------------------+----------+-----------+-------------------+

"""),
    AWSOutputCapture(
      name: "qInstancesHash",
      operation: "DescribeInstances",
      command: "aws ec2 describe-instances --query 'Reservations[].Instances[].{Id:InstanceId,Type:InstanceType,Ip:PrivateIpAddress,Name:Tags[0].Value}'",
      query: "Reservations[].Instances[].{Id:InstanceId,Type:InstanceType,Ip:PrivateIpAddress,Name:Tags[0].Value}",
      response: AWSOutputResponses.describeInstances,
      json: """
[
    {
        "Id": "i-355df4ebf397e83b6",
        "Type": "t2.micro",
        "Ip": "10.0.1.4",
        "Name": "web"
    },
    {
        "Id": "i-0a4569d533e6e0e84",
        "Type": "t2.micro",
        "Ip": "10.0.1.5",
        "Name": "web"
    }
]

""",
      text: """
i-355df4ebf397e83b6\t10.0.1.4\tweb\tt2.micro
i-0a4569d533e6e0e84\t10.0.1.5\tweb\tt2.micro

""",
      table: """
---------------------------------------------------------
|                   DescribeInstances                   |
+----------------------+-----------+-------+------------+
|          Id          |    Ip     | Name  |   Type     |
+----------------------+-----------+-------+------------+
|  i-355df4ebf397e83b6 |  10.0.1.4 |  web  |  t2.micro  |
|  i-0a4569d533e6e0e84 |  10.0.1.5 |  web  |  t2.micro  |
+----------------------+-----------+-------+------------+

"""),
    AWSOutputCapture(
      name: "qNumber",
      operation: "DescribeInstances",
      command: "aws ec2 describe-instances --query 'Reservations[0].Instances[0].AmiLaunchIndex'",
      query: "Reservations[0].Instances[0].AmiLaunchIndex",
      response: AWSOutputResponses.describeInstances,
      json: """
0

""",
      text: """
0

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qBool",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0].IsDefault'",
      query: "Vpcs[0].IsDefault",
      response: AWSOutputResponses.describeVpcs,
      json: """
true

""",
      text: """
True

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "qLiteralObj",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '`{\"a\": 1.5, \"b\": [null, true]}`'",
      query: "`{\"a\": 1.5, \"b\": [null, true]}`",
      response: AWSOutputResponses.describeVpcs,
      json: """
{
    "a": 1.5,
    "b": [
        null,
        true
    ]
}

""",
      text: """
1.5
B\tNone
B\tTrue

""",
      table: """
--------------
|DescribeVpcs|
+----+-------+
|  a |  1.5  |
+----+-------+
||     b    ||
|+----------+|
||  None    ||
||  True    ||
|+----------+|

"""),
    AWSOutputCapture(
      name: "qNullInList",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '[Vpcs[0].VpcId, Nope, `3`]'",
      query: "[Vpcs[0].VpcId, Nope, `3`]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-0488ef06020ebb37a",
    null,
    3
]

""",
      text: """
vpc-0488ef06020ebb37a\tNone\t3

""",
      table: """
---------------------------
|      DescribeVpcs       |
+-------------------------+
|  vpc-0488ef06020ebb37a  |
|  None                   |
|  3                      |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qEmptyList",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?CidrBlock=='\"'\"'none'\"'\"']'",
      query: "Vpcs[?CidrBlock=='none']",
      response: AWSOutputResponses.describeVpcs,
      json: """
[]

""",
      text: """

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qEmptyString",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query ''\"'\"''\"'\"''",
      query: "''",
      response: AWSOutputResponses.describeVpcs,
      json: """
""

""",
      text: """


""",
      table: """

"""),
    AWSOutputCapture(
      name: "qCurrent",
      operation: "GetCallerIdentity",
      command: "aws sts get-caller-identity --query @",
      query: "@",
      response: AWSOutputResponses.getCallerIdentity,
      json: """
{
    "UserId": "AKIAIOSFODNN7EXAMPLE",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:user/moto"
}

""",
      text: """
123456789012\tarn:aws:sts::123456789012:user/moto\tAKIAIOSFODNN7EXAMPLE

""",
      table: """
----------------------------------------------------
|                 GetCallerIdentity                |
+---------+----------------------------------------+
|  Account|  123456789012                          |
|  Arn    |  arn:aws:sts::123456789012:user/moto   |
|  UserId |  AKIAIOSFODNN7EXAMPLE                  |
+---------+----------------------------------------+

"""),
    AWSOutputCapture(
      name: "qNestedLists",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '[[`1`,`2`],[`3`,[`4`]],`5`]'",
      query: "[[`1`,`2`],[`3`,[`4`]],`5`]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    [
        1,
        2
    ],
    [
        3,
        [
            4
        ]
    ],
    5
]

""",
      text: """
5
1\t2
3
4

""",
      tableStderr: """

Row should have 2 elements, instead it has 1

"""),
    AWSOutputCapture(
      name: "qScalarsAndLists",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '[`\"a\"`, [`1`, `2`], `\"b\"`]'",
      query: "[`\"a\"`, [`1`, `2`], `\"b\"`]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "a",
    [
        1,
        2
    ],
    "b"
]

""",
      text: """
a\tb
1\t2

""",
      tableStderr: """

Row should have 1 elements, instead it has 2

"""),
    AWSOutputCapture(
      name: "qListOfHashMixed",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '[{a:`1`}, {b:`2`, c:[`1`]}]'",
      query: "[{a:`1`}, {b:`2`, c:[`1`]}]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    {
        "a": 1
    },
    {
        "b": 2,
        "c": [
            1
        ]
    }
]

""",
      text: """
1\t
\t2
C\t1

""",
      table: """
--------------
|DescribeVpcs|
+-----+------+
|  a  |  b   |
+-----+------+
|  1  |      |
+-----+------+
|DescribeVpcs|
+-----+------+
|  a  |  b   |
+-----+------+
|     |  2   |
+-----+------+
||     c    ||
|+----------+|
||  1       ||
|+----------+|

"""),
    AWSOutputCapture(
      name: "qTitleWide",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '{x:`\"y\"`}'",
      query: "{x:`\"y\"`}",
      response: AWSOutputResponses.describeVpcs,
      json: """
{
    "x": "y"
}

""",
      text: """
y

""",
      table: """
--------------
|DescribeVpcs|
+-----+------+
|  x  |  y   |
+-----+------+

"""),
    AWSOutputCapture(
      name: "qUnicode",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '{Name:`\"한국어 이름\"`, Id:`\"abc\"`}'",
      query: "{Name:`\"한국어 이름\"`, Id:`\"abc\"`}",
      response: AWSOutputResponses.describeVpcs,
      json: """
{
    "Name": "한국어 이름",
    "Id": "abc"
}

""",
      text: """
abc\t한국어 이름

""",
      table: """
------------------------
|     DescribeVpcs     |
+------+---------------+
|  Id  |     Name      |
+------+---------------+
|  abc |  한국어 이름  |
+------+---------------+

"""),
    AWSOutputCapture(
      name: "qFloat",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '[`1.0`, `2.5`, `1e3`, `-0.0001`]'",
      query: "[`1.0`, `2.5`, `1e3`, `-0.0001`]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    1.0,
    2.5,
    1000.0,
    -0.0001
]

""",
      text: """
1.0\t2.5\t1000.0\t-0.0001

""",
      table: """
--------------
|DescribeVpcs|
+------------+
|  1.0       |
|  2.5       |
|  1000.0    |
|  -0.0001   |
+------------+

"""),
    AWSOutputCapture(
      name: "qLongRow",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].{A:VpcId,B:CidrBlock,C:DhcpOptionsId,D:OwnerId,E:InstanceTenancy,F:State}'",
      query: "Vpcs[*].{A:VpcId,B:CidrBlock,C:DhcpOptionsId,D:OwnerId,E:InstanceTenancy,F:State}",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    {
        "A": "vpc-0488ef06020ebb37a",
        "B": "172.31.0.0/16",
        "C": "default",
        "D": "123456789012",
        "E": "default",
        "F": "available"
    },
    {
        "A": "vpc-d858610d1a8e54cc6",
        "B": "10.0.0.0/16",
        "C": "default",
        "D": "123456789012",
        "E": "default",
        "F": "available"
    },
    {
        "A": "vpc-05b1bfb6856984c06",
        "B": "10.1.0.0/16",
        "C": "default",
        "D": "123456789012",
        "E": "default",
        "F": "available"
    }
]

""",
      text: """
vpc-0488ef06020ebb37a\t172.31.0.0/16\tdefault\t123456789012\tdefault\tavailable
vpc-d858610d1a8e54cc6\t10.0.0.0/16\tdefault\t123456789012\tdefault\tavailable
vpc-05b1bfb6856984c06\t10.1.0.0/16\tdefault\t123456789012\tdefault\tavailable

""",
      table: """
-----------------------------------------------------------------------------------------------
|                                        DescribeVpcs                                         |
+------------------------+----------------+----------+---------------+----------+-------------+
|            A           |       B        |    C     |       D       |    E     |      F      |
+------------------------+----------------+----------+---------------+----------+-------------+
|  vpc-0488ef06020ebb37a |  172.31.0.0/16 |  default |  123456789012 |  default |  available  |
|  vpc-d858610d1a8e54cc6 |  10.0.0.0/16   |  default |  123456789012 |  default |  available  |
|  vpc-05b1bfb6856984c06 |  10.1.0.0/16   |  default |  123456789012 |  default |  available  |
+------------------------+----------------+----------+---------------+----------+-------------+

"""),
    AWSOutputCapture(
      name: "eOpenBracket",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs['",
      query: "Vpcs[",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs[: Invalid jmespath expression: Incomplete expression:
"Vpcs["
      ^

"""),
    AWSOutputCapture(
      name: "eTrailingDot",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query Vpcs.",
      query: "Vpcs.",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs.: Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 5, token "" (EOF), for expression:
"Vpcs."
      ^

"""),
    AWSOutputCapture(
      name: "eBadToken",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0]]'",
      query: "Vpcs[0]]",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs[0]]: Unexpected token: ]: Parse error at column 7, token "]" (RBRACKET), for expression:
"Vpcs[0]]"
        ^

"""),
    AWSOutputCapture(
      name: "eUnknownChar",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs#'",
      query: "Vpcs#",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs#: Bad jmespath expression: Unknown token #:
Vpcs#
    ^

"""),
    AWSOutputCapture(
      name: "eSingleEq",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?State='\"'\"'x'\"'\"']'",
      query: "Vpcs[?State='x']",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs[?State='x']: Bad jmespath expression: Unknown token '=':
Vpcs[?State='x']
           ^

"""),
    AWSOutputCapture(
      name: "eUnclosedQuote",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?State=='\"'\"'x]'",
      query: "Vpcs[?State=='x]",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs[?State=='x]: Bad jmespath expression: Unclosed ' delimiter:
Vpcs[?State=='x]
             ^

"""),
    AWSOutputCapture(
      name: "eUnknownFunction",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'foo(Vpcs)'",
      query: "foo(Vpcs)",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Unknown function: foo()

"""),
    AWSOutputCapture(
      name: "eArity",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'length(Vpcs, Vpcs)'",
      query: "length(Vpcs, Vpcs)",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Expected 1 argument for function length(), received 2

"""),
    AWSOutputCapture(
      name: "eTypeError",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'length(Vpcs[0].IsDefault)'",
      query: "length(Vpcs[0].IsDefault)",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

In function length(), invalid type for value: True, expected one of: ['string', 'array', 'object'], received: "boolean"

"""),
    AWSOutputCapture(
      name: "eDotNumber",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query Vpcs.0",
      query: "Vpcs.0",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs.0: Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: number: Parse error at column 5, token "0" (NUMBER), for expression:
"Vpcs.0"
      ^

"""),
    AWSOutputCapture(
      name: "eEmpty",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query ''",
      query: "",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query : Invalid JMESPath expression: cannot be empty.

"""),
    AWSOutputCapture(
      name: "eMinus",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[-]'",
      query: "Vpcs[-]",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs[-]: Bad jmespath expression: Unknown token '-':
Vpcs[-]
     ^

"""),
    AWSOutputCapture(
      name: "eBadLiteral",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?State==`{bad`]'",
      query: "Vpcs[?State==`{bad`]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[]

""",
      text: """

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qNotNull",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[*].Tags[?Key==`Env`] | [?length(@) > `0`][]'",
      query: "Vpcs[*].Tags[?Key==`Env`] | [?length(@) > `0`][]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    {
        "Key": "Env",
        "Value": "dev"
    }
]

""",
      text: """
Env\tdev

""",
      table: """
------------------
|  DescribeVpcs  |
+------+---------+
|  Key |  Value  |
+------+---------+
|  Env |  dev    |
+------+---------+

"""),
    AWSOutputCapture(
      name: "qFlattenNested",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query '[[`1`,[`2`]],`3`][]'",
      query: "[[`1`,[`2`]],`3`][]",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    1,
    [
        2
    ],
    3
]

""",
      text: """
1\t3
2

""",
      table: """
--------------
|DescribeVpcs|
+------------+
|  1         |
|  2         |
|  3         |
+------------+

"""),
    AWSOutputCapture(
      name: "qFilterMissingKey",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?Nope=='\"'\"'x'\"'\"'] | length(@)'",
      query: "Vpcs[?Nope=='x'] | length(@)",
      response: AWSOutputResponses.describeVpcs,
      json: """
0

""",
      text: """
0

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qProjectionOnNull",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Nope[*].VpcId'",
      query: "Nope[*].VpcId",
      response: AWSOutputResponses.describeVpcs,
      json: """
null

""",
      text: """
None

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qHashOnNull",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Nope.{a:b}'",
      query: "Nope.{a:b}",
      response: AWSOutputResponses.describeVpcs,
      json: """
null

""",
      text: """
None

""",
      table: """

"""),
    AWSOutputCapture(
      name: "qTableListOfLists",
      operation: "DescribeRouteTables",
      command: "aws ec2 describe-route-tables --query 'RouteTables[].Associations[].[RouteTableId,Main]'",
      query: "RouteTables[].Associations[].[RouteTableId,Main]",
      response: AWSOutputResponses.qContains,
      json: """
[
    [
        "rtb-e615f068d8f6c05ed",
        true
    ],
    [
        "rtb-ac91078c2d1603cf1",
        true
    ],
    [
        "rtb-8d4c9d65bea6b1e2c",
        true
    ],
    [
        "rtb-e9e0be346103a2304",
        false
    ]
]

""",
      text: """
rtb-e615f068d8f6c05ed\tTrue
rtb-ac91078c2d1603cf1\tTrue
rtb-8d4c9d65bea6b1e2c\tTrue
rtb-e9e0be346103a2304\tFalse

""",
      table: """
------------------------------------
|        DescribeRouteTables       |
+------------------------+---------+
|  rtb-e615f068d8f6c05ed |  True   |
|  rtb-ac91078c2d1603cf1 |  True   |
|  rtb-8d4c9d65bea6b1e2c |  True   |
|  rtb-e9e0be346103a2304 |  False  |
+------------------------+---------+

"""),
    AWSOutputCapture(
      name: "qSubnets",
      operation: "DescribeSubnets",
      command: "aws ec2 describe-subnets --query 'Subnets[*].{AZ:AvailabilityZone,Cidr:CidrBlock,Free:AvailableIpAddressCount}'",
      query: "Subnets[*].{AZ:AvailabilityZone,Cidr:CidrBlock,Free:AvailableIpAddressCount}",
      response: AWSOutputResponses.qSubnets,
      json: """
[
    {
        "AZ": "ap-northeast-2a",
        "Cidr": "172.31.0.0/20",
        "Free": 4091
    },
    {
        "AZ": "ap-northeast-2a",
        "Cidr": "10.0.1.0/24",
        "Free": 249
    },
    {
        "AZ": "ap-northeast-2b",
        "Cidr": "172.31.16.0/20",
        "Free": 4091
    },
    {
        "AZ": "ap-northeast-2c",
        "Cidr": "172.31.32.0/20",
        "Free": 4091
    },
    {
        "AZ": "ap-northeast-2c",
        "Cidr": "10.0.2.0/24",
        "Free": 251
    },
    {
        "AZ": "ap-northeast-2d",
        "Cidr": "172.31.48.0/20",
        "Free": 4091
    }
]

""",
      text: """
ap-northeast-2a\t172.31.0.0/20\t4091
ap-northeast-2a\t10.0.1.0/24\t249
ap-northeast-2b\t172.31.16.0/20\t4091
ap-northeast-2c\t172.31.32.0/20\t4091
ap-northeast-2c\t10.0.2.0/24\t251
ap-northeast-2d\t172.31.48.0/20\t4091

""",
      table: """
-----------------------------------------------
|               DescribeSubnets               |
+------------------+------------------+-------+
|        AZ        |      Cidr        | Free  |
+------------------+------------------+-------+
|  ap-northeast-2a |  172.31.0.0/20   |  4091 |
|  ap-northeast-2a |  10.0.1.0/24     |  249  |
|  ap-northeast-2b |  172.31.16.0/20  |  4091 |
|  ap-northeast-2c |  172.31.32.0/20  |  4091 |
|  ap-northeast-2c |  10.0.2.0/24     |  251  |
|  ap-northeast-2d |  172.31.48.0/20  |  4091 |
+------------------+------------------+-------+

"""),
    AWSOutputCapture(
      name: "describeSecurityGroupsAll",
      operation: "DescribeSecurityGroups",
      command: "aws ec2 describe-security-groups",
      query: nil,
      response: AWSOutputResponses.describeSecurityGroupsAll,
      json: """
{
    "SecurityGroups": [
        {
            "GroupId": "sg-3d145acbd0f3a717f",
            "IpPermissionsEgress": [
                {
                    "IpProtocol": "-1",
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ],
            "Tags": [],
            "VpcId": "vpc-0488ef06020ebb37a",
            "SecurityGroupArn": "arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-3d145acbd0f3a717f",
            "OwnerId": "123456789012",
            "GroupName": "default",
            "Description": "default VPC security group",
            "IpPermissions": []
        },
        {
            "GroupId": "sg-a32b6c5848f99e44e",
            "IpPermissionsEgress": [
                {
                    "IpProtocol": "-1",
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ],
            "Tags": [],
            "VpcId": "vpc-d858610d1a8e54cc6",
            "SecurityGroupArn": "arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-a32b6c5848f99e44e",
            "OwnerId": "123456789012",
            "GroupName": "default",
            "Description": "default VPC security group",
            "IpPermissions": []
        },
        {
            "GroupId": "sg-d60da6b0eda93dad2",
            "IpPermissionsEgress": [
                {
                    "IpProtocol": "-1",
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ],
            "Tags": [],
            "VpcId": "vpc-d858610d1a8e54cc6",
            "SecurityGroupArn": "arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-d60da6b0eda93dad2",
            "OwnerId": "123456789012",
            "GroupName": "web",
            "Description": "web tier",
            "IpPermissions": [
                {
                    "IpProtocol": "tcp",
                    "FromPort": 80,
                    "ToPort": 80,
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "Description": "http",
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                },
                {
                    "IpProtocol": "tcp",
                    "FromPort": 22,
                    "ToPort": 22,
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "10.0.0.0/8"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ]
        },
        {
            "GroupId": "sg-30de8c98707058bef",
            "IpPermissionsEgress": [
                {
                    "IpProtocol": "-1",
                    "UserIdGroupPairs": [],
                    "IpRanges": [
                        {
                            "CidrIp": "0.0.0.0/0"
                        }
                    ],
                    "Ipv6Ranges": [],
                    "PrefixListIds": []
                }
            ],
            "Tags": [],
            "VpcId": "vpc-05b1bfb6856984c06",
            "SecurityGroupArn": "arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-30de8c98707058bef",
            "OwnerId": "123456789012",
            "GroupName": "default",
            "Description": "default VPC security group",
            "IpPermissions": []
        }
    ]
}

""",
      text: """
SECURITYGROUPS\tdefault VPC security group\tsg-3d145acbd0f3a717f\tdefault\t123456789012\tarn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-3d145acbd0f3a717f\tvpc-0488ef06020ebb37a
IPPERMISSIONSEGRESS\t-1
IPRANGES\t0.0.0.0/0
SECURITYGROUPS\tdefault VPC security group\tsg-a32b6c5848f99e44e\tdefault\t123456789012\tarn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-a32b6c5848f99e44e\tvpc-d858610d1a8e54cc6
IPPERMISSIONSEGRESS\t-1
IPRANGES\t0.0.0.0/0
SECURITYGROUPS\tweb tier\tsg-d60da6b0eda93dad2\tweb\t123456789012\tarn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-d60da6b0eda93dad2\tvpc-d858610d1a8e54cc6
IPPERMISSIONS\t80\ttcp\t80
IPRANGES\t0.0.0.0/0\thttp
IPPERMISSIONS\t22\ttcp\t22
IPRANGES\t10.0.0.0/8
IPPERMISSIONSEGRESS\t-1
IPRANGES\t0.0.0.0/0
SECURITYGROUPS\tdefault VPC security group\tsg-30de8c98707058bef\tdefault\t123456789012\tarn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-30de8c98707058bef\tvpc-05b1bfb6856984c06
IPPERMISSIONSEGRESS\t-1
IPRANGES\t0.0.0.0/0

""",
      table: """
-------------------------------------------------------------------------------------------------------
|                                       DescribeSecurityGroups                                        |
+-----------------------------------------------------------------------------------------------------+
||                                          SecurityGroups                                           ||
|+------------------+--------------------------------------------------------------------------------+|
||  Description     |  default VPC security group                                                    ||
||  GroupId         |  sg-3d145acbd0f3a717f                                                          ||
||  GroupName       |  default                                                                       ||
||  OwnerId         |  123456789012                                                                  ||
||  SecurityGroupArn|  arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-3d145acbd0f3a717f   ||
||  VpcId           |  vpc-0488ef06020ebb37a                                                         ||
|+------------------+--------------------------------------------------------------------------------+|
|||                                       IpPermissionsEgress                                       |||
||+-------------------------------------------------------------------+-----------------------------+||
|||  IpProtocol                                                       |  -1                         |||
||+-------------------------------------------------------------------+-----------------------------+||
||||                                           IpRanges                                            ||||
|||+----------------------------------------+------------------------------------------------------+|||
||||  CidrIp                                |  0.0.0.0/0                                           ||||
|||+----------------------------------------+------------------------------------------------------+|||
||                                          SecurityGroups                                           ||
|+------------------+--------------------------------------------------------------------------------+|
||  Description     |  default VPC security group                                                    ||
||  GroupId         |  sg-a32b6c5848f99e44e                                                          ||
||  GroupName       |  default                                                                       ||
||  OwnerId         |  123456789012                                                                  ||
||  SecurityGroupArn|  arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-a32b6c5848f99e44e   ||
||  VpcId           |  vpc-d858610d1a8e54cc6                                                         ||
|+------------------+--------------------------------------------------------------------------------+|
|||                                       IpPermissionsEgress                                       |||
||+-------------------------------------------------------------------+-----------------------------+||
|||  IpProtocol                                                       |  -1                         |||
||+-------------------------------------------------------------------+-----------------------------+||
||||                                           IpRanges                                            ||||
|||+----------------------------------------+------------------------------------------------------+|||
||||  CidrIp                                |  0.0.0.0/0                                           ||||
|||+----------------------------------------+------------------------------------------------------+|||
||                                          SecurityGroups                                           ||
|+------------------+--------------------------------------------------------------------------------+|
||  Description     |  web tier                                                                      ||
||  GroupId         |  sg-d60da6b0eda93dad2                                                          ||
||  GroupName       |  web                                                                           ||
||  OwnerId         |  123456789012                                                                  ||
||  SecurityGroupArn|  arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-d60da6b0eda93dad2   ||
||  VpcId           |  vpc-d858610d1a8e54cc6                                                         ||
|+------------------+--------------------------------------------------------------------------------+|
|||                                          IpPermissions                                          |||
||+----------------------------------------------------------------+--------------------------------+||
|||  FromPort                                                      |  80                            |||
|||  IpProtocol                                                    |  tcp                           |||
|||  ToPort                                                        |  80                            |||
||+----------------------------------------------------------------+--------------------------------+||
||||                                           IpRanges                                            ||||
|||+--------------------------------------------------+--------------------------------------------+|||
||||  CidrIp                                          |  0.0.0.0/0                                 ||||
||||  Description                                     |  http                                      ||||
|||+--------------------------------------------------+--------------------------------------------+|||
|||                                          IpPermissions                                          |||
||+----------------------------------------------------------------+--------------------------------+||
|||  FromPort                                                      |  22                            |||
|||  IpProtocol                                                    |  tcp                           |||
|||  ToPort                                                        |  22                            |||
||+----------------------------------------------------------------+--------------------------------+||
||||                                           IpRanges                                            ||||
|||+--------------------------------------+--------------------------------------------------------+|||
||||  CidrIp                              |  10.0.0.0/8                                            ||||
|||+--------------------------------------+--------------------------------------------------------+|||
|||                                       IpPermissionsEgress                                       |||
||+-------------------------------------------------------------------+-----------------------------+||
|||  IpProtocol                                                       |  -1                         |||
||+-------------------------------------------------------------------+-----------------------------+||
||||                                           IpRanges                                            ||||
|||+----------------------------------------+------------------------------------------------------+|||
||||  CidrIp                                |  0.0.0.0/0                                           ||||
|||+----------------------------------------+------------------------------------------------------+|||
||                                          SecurityGroups                                           ||
|+------------------+--------------------------------------------------------------------------------+|
||  Description     |  default VPC security group                                                    ||
||  GroupId         |  sg-30de8c98707058bef                                                          ||
||  GroupName       |  default                                                                       ||
||  OwnerId         |  123456789012                                                                  ||
||  SecurityGroupArn|  arn:aws:ec2:ap-northeast-2:123456789012:security-group/sg-30de8c98707058bef   ||
||  VpcId           |  vpc-05b1bfb6856984c06                                                         ||
|+------------------+--------------------------------------------------------------------------------+|
|||                                       IpPermissionsEgress                                       |||
||+-------------------------------------------------------------------+-----------------------------+||
|||  IpProtocol                                                       |  -1                         |||
||+-------------------------------------------------------------------+-----------------------------+||
||||                                           IpRanges                                            ||||
|||+----------------------------------------+------------------------------------------------------+|||
||||  CidrIp                                |  0.0.0.0/0                                           ||||
|||+----------------------------------------+------------------------------------------------------+|||

"""),
    AWSOutputCapture(
      name: "listObjectsV2",
      operation: "ListObjectsV2",
      command: "aws s3api list-objects-v2 --bucket lab-bucket",
      query: nil,
      response: AWSOutputResponses.listObjectsV2,
      json: """
{
    "Contents": [
        {
            "Key": "docs/readme.txt",
            "LastModified": "2026-11-29T12:21:52.000Z",
            "ETag": "\\"b1946ac92492d2347c6235b4d2611184\\"",
            "ChecksumAlgorithm": [
                "CRC32"
            ],
            "Size": 6,
            "StorageClass": "STANDARD"
        },
        {
            "Key": "index.html",
            "LastModified": "2026-11-29T12:21:52.000Z",
            "ETag": "\\"b1946ac92492d2347c6235b4d2611184\\"",
            "ChecksumAlgorithm": [
                "CRC32"
            ],
            "Size": 6,
            "StorageClass": "STANDARD"
        }
    ],
    "RequestCharged": null,
    "Prefix": ""
}

""",
      text: """
None\t\tNone
CONTENTS\t"b1946ac92492d2347c6235b4d2611184"\tdocs/readme.txt\t2026-11-29T12:21:52.000Z\t6\tSTANDARD
CHECKSUMALGORITHM\tCRC32
CONTENTS\t"b1946ac92492d2347c6235b4d2611184"\tindex.html\t2026-11-29T12:21:52.000Z\t6\tSTANDARD
CHECKSUMALGORITHM\tCRC32

""",
      table: """
----------------------------------------------------------
|                      ListObjectsV2                     |
+--------------------------------------+-----------------+
|  Prefix                              |                 |
|  RequestCharged                      |  None           |
+--------------------------------------+-----------------+
||                       Contents                       ||
|+---------------+--------------------------------------+|
||  ETag         |  "b1946ac92492d2347c6235b4d2611184"  ||
||  Key          |  docs/readme.txt                     ||
||  LastModified |  2026-11-29T12:21:52.000Z            ||
||  Size         |  6                                   ||
||  StorageClass |  STANDARD                            ||
|+---------------+--------------------------------------+|
|||                  ChecksumAlgorithm                 |||
||+----------------------------------------------------+||
|||  CRC32                                             |||
||+----------------------------------------------------+||
||                       Contents                       ||
|+---------------+--------------------------------------+|
||  ETag         |  "b1946ac92492d2347c6235b4d2611184"  ||
||  Key          |  index.html                          ||
||  LastModified |  2026-11-29T12:21:52.000Z            ||
||  Size         |  6                                   ||
||  StorageClass |  STANDARD                            ||
|+---------------+--------------------------------------+|
|||                  ChecksumAlgorithm                 |||
||+----------------------------------------------------+||
|||  CRC32                                             |||
||+----------------------------------------------------+||

"""),
    AWSOutputCapture(
      name: "listUsers",
      operation: "ListUsers",
      command: "aws iam list-users",
      query: nil,
      response: AWSOutputResponses.listUsers,
      json: """
{
    "Users": [
        {
            "Path": "/",
            "UserName": "alice",
            "UserId": "gp1tl2rmfset6lav9f4c",
            "Arn": "arn:aws:iam::123456789012:user/alice",
            "CreateDate": "2026-11-29T12:21:53.441597Z"
        },
        {
            "Path": "/",
            "UserName": "bob",
            "UserId": "a696ez04acr85z06jh3h",
            "Arn": "arn:aws:iam::123456789012:user/bob",
            "CreateDate": "2026-11-29T12:21:53.990410Z"
        }
    ]
}

""",
      text: """
USERS\tarn:aws:iam::123456789012:user/alice\t2026-11-29T12:21:53.441597Z\t/\tgp1tl2rmfset6lav9f4c\talice
USERS\tarn:aws:iam::123456789012:user/bob\t2026-11-29T12:21:53.990410Z\t/\ta696ez04acr85z06jh3h\tbob

""",
      table: """
-----------------------------------------------------------------------------------------------------------------------
|                                                      ListUsers                                                      |
+---------------------------------------------------------------------------------------------------------------------+
||                                                       Users                                                       ||
|+---------------------------------------+-------------------------------+-------+-----------------------+-----------+|
||                  Arn                  |          CreateDate           | Path  |        UserId         | UserName  ||
|+---------------------------------------+-------------------------------+-------+-----------------------+-----------+|
||  arn:aws:iam::123456789012:user/alice |  2026-11-29T12:21:53.441597Z  |  /    |  gp1tl2rmfset6lav9f4c |  alice    ||
||  arn:aws:iam::123456789012:user/bob   |  2026-11-29T12:21:53.990410Z  |  /    |  a696ez04acr85z06jh3h |  bob      ||
|+---------------------------------------+-------------------------------+-------+-----------------------+-----------+|

"""),
    AWSOutputCapture(
      name: "describeNetworkInterfaces",
      operation: "DescribeNetworkInterfaces",
      command: "aws ec2 describe-network-interfaces",
      query: nil,
      response: AWSOutputResponses.describeNetworkInterfaces,
      json: """
{
    "NetworkInterfaces": [
        {
            "Attachment": {
                "AttachTime": "2026-11-29T12:02:20.000Z",
                "AttachmentId": "eni-attach-1a1aa9e569315ffb7",
                "DeleteOnTermination": false,
                "DeviceIndex": 0,
                "NetworkCardIndex": 0,
                "InstanceId": "i-355df4ebf397e83b6",
                "InstanceOwnerId": "123456789012",
                "Status": "attached"
            },
            "AvailabilityZone": "ap-northeast-2a",
            "Description": "Primary network interface",
            "Groups": [
                {
                    "GroupId": "sg-a32b6c5848f99e44e",
                    "GroupName": "default"
                }
            ],
            "InterfaceType": "interface",
            "Ipv6Addresses": [],
            "MacAddress": "02:00:00:0a:12:6d",
            "NetworkInterfaceId": "eni-b6453a05e6b540419",
            "OwnerId": "123456789012",
            "PrivateIpAddress": "10.0.1.4",
            "PrivateIpAddresses": [
                {
                    "Primary": true,
                    "PrivateIpAddress": "10.0.1.4"
                }
            ],
            "RequesterId": "AIDAIT2UOQQY3AUEMOTO",
            "RequesterManaged": false,
            "SourceDestCheck": true,
            "Status": "in-use",
            "SubnetId": "subnet-d085ae0f47554a928",
            "TagSet": [],
            "VpcId": "vpc-d858610d1a8e54cc6"
        },
        {
            "Attachment": {
                "AttachTime": "2026-11-29T12:02:20.000Z",
                "AttachmentId": "eni-attach-1714df1d4d8de26a8",
                "DeleteOnTermination": false,
                "DeviceIndex": 0,
                "NetworkCardIndex": 0,
                "InstanceId": "i-0a4569d533e6e0e84",
                "InstanceOwnerId": "123456789012",
                "Status": "attached"
            },
            "AvailabilityZone": "ap-northeast-2a",
            "Description": "Primary network interface",
            "Groups": [
                {
                    "GroupId": "sg-a32b6c5848f99e44e",
                    "GroupName": "default"
                }
            ],
            "InterfaceType": "interface",
            "Ipv6Addresses": [],
            "MacAddress": "02:00:00:59:bb:61",
            "NetworkInterfaceId": "eni-f9ef15939406927f6",
            "OwnerId": "123456789012",
            "PrivateIpAddress": "10.0.1.5",
            "PrivateIpAddresses": [
                {
                    "Primary": true,
                    "PrivateIpAddress": "10.0.1.5"
                }
            ],
            "RequesterId": "AIDAIT2UOQQY3AUEMOTO",
            "RequesterManaged": false,
            "SourceDestCheck": true,
            "Status": "in-use",
            "SubnetId": "subnet-d085ae0f47554a928",
            "TagSet": [],
            "VpcId": "vpc-d858610d1a8e54cc6"
        },
        {
            "AvailabilityZone": "ap-northeast-2a",
            "Description": "",
            "Groups": [
                {
                    "GroupId": "sg-a32b6c5848f99e44e",
                    "GroupName": "default"
                }
            ],
            "InterfaceType": "interface",
            "Ipv6Addresses": [],
            "MacAddress": "02:00:00:da:55:57",
            "NetworkInterfaceId": "eni-5e276b49102d0e0d4",
            "OwnerId": "123456789012",
            "PrivateIpAddress": "10.41.65.59",
            "PrivateIpAddresses": [
                {
                    "Primary": true,
                    "PrivateIpAddress": "10.41.65.59"
                }
            ],
            "RequesterId": "AIDAIT2UOQQY3AUEMOTO",
            "RequesterManaged": false,
            "SourceDestCheck": true,
            "Status": "available",
            "SubnetId": "subnet-d085ae0f47554a928",
            "TagSet": [],
            "VpcId": "vpc-d858610d1a8e54cc6"
        }
    ]
}

""",
      text: """
NETWORKINTERFACES\tap-northeast-2a\tPrimary network interface\tinterface\t02:00:00:0a:12:6d\teni-b6453a05e6b540419\t123456789012\t10.0.1.4\tAIDAIT2UOQQY3AUEMOTO\tFalse\tTrue\tin-use\tsubnet-d085ae0f47554a928\tvpc-d858610d1a8e54cc6
ATTACHMENT\t2026-11-29T12:02:20.000Z\teni-attach-1a1aa9e569315ffb7\tFalse\t0\ti-355df4ebf397e83b6\t123456789012\t0\tattached
GROUPS\tsg-a32b6c5848f99e44e\tdefault
PRIVATEIPADDRESSES\tTrue\t10.0.1.4
NETWORKINTERFACES\tap-northeast-2a\tPrimary network interface\tinterface\t02:00:00:59:bb:61\teni-f9ef15939406927f6\t123456789012\t10.0.1.5\tAIDAIT2UOQQY3AUEMOTO\tFalse\tTrue\tin-use\tsubnet-d085ae0f47554a928\tvpc-d858610d1a8e54cc6
ATTACHMENT\t2026-11-29T12:02:20.000Z\teni-attach-1714df1d4d8de26a8\tFalse\t0\ti-0a4569d533e6e0e84\t123456789012\t0\tattached
GROUPS\tsg-a32b6c5848f99e44e\tdefault
PRIVATEIPADDRESSES\tTrue\t10.0.1.5
NETWORKINTERFACES\tap-northeast-2a\t\tinterface\t02:00:00:da:55:57\teni-5e276b49102d0e0d4\t123456789012\t10.41.65.59\tAIDAIT2UOQQY3AUEMOTO\tFalse\tTrue\tavailable\tsubnet-d085ae0f47554a928\tvpc-d858610d1a8e54cc6
GROUPS\tsg-a32b6c5848f99e44e\tdefault
PRIVATEIPADDRESSES\tTrue\t10.41.65.59

""",
      table: """
-------------------------------------------------------------
|                 DescribeNetworkInterfaces                 |
+-----------------------------------------------------------+
||                    NetworkInterfaces                    ||
|+-----------------------+---------------------------------+|
||  AvailabilityZone     |  ap-northeast-2a                ||
||  Description          |  Primary network interface      ||
||  InterfaceType        |  interface                      ||
||  MacAddress           |  02:00:00:0a:12:6d              ||
||  NetworkInterfaceId   |  eni-b6453a05e6b540419          ||
||  OwnerId              |  123456789012                   ||
||  PrivateIpAddress     |  10.0.1.4                       ||
||  RequesterId          |  AIDAIT2UOQQY3AUEMOTO           ||
||  RequesterManaged     |  False                          ||
||  SourceDestCheck      |  True                           ||
||  Status               |  in-use                         ||
||  SubnetId             |  subnet-d085ae0f47554a928       ||
||  VpcId                |  vpc-d858610d1a8e54cc6          ||
|+-----------------------+---------------------------------+|
|||                      Attachment                       |||
||+----------------------+--------------------------------+||
|||  AttachTime          |  2026-11-29T12:02:20.000Z      |||
|||  AttachmentId        |  eni-attach-1a1aa9e569315ffb7  |||
|||  DeleteOnTermination |  False                         |||
|||  DeviceIndex         |  0                             |||
|||  InstanceId          |  i-355df4ebf397e83b6           |||
|||  InstanceOwnerId     |  123456789012                  |||
|||  NetworkCardIndex    |  0                             |||
|||  Status              |  attached                      |||
||+----------------------+--------------------------------+||
|||                        Groups                         |||
||+------------------+------------------------------------+||
|||  GroupId         |  sg-a32b6c5848f99e44e              |||
|||  GroupName       |  default                           |||
||+------------------+------------------------------------+||
|||                  PrivateIpAddresses                   |||
||+----------------------------------+--------------------+||
|||  Primary                         |  True              |||
|||  PrivateIpAddress                |  10.0.1.4          |||
||+----------------------------------+--------------------+||
||                    NetworkInterfaces                    ||
|+-----------------------+---------------------------------+|
||  AvailabilityZone     |  ap-northeast-2a                ||
||  Description          |  Primary network interface      ||
||  InterfaceType        |  interface                      ||
||  MacAddress           |  02:00:00:59:bb:61              ||
||  NetworkInterfaceId   |  eni-f9ef15939406927f6          ||
||  OwnerId              |  123456789012                   ||
||  PrivateIpAddress     |  10.0.1.5                       ||
||  RequesterId          |  AIDAIT2UOQQY3AUEMOTO           ||
||  RequesterManaged     |  False                          ||
||  SourceDestCheck      |  True                           ||
||  Status               |  in-use                         ||
||  SubnetId             |  subnet-d085ae0f47554a928       ||
||  VpcId                |  vpc-d858610d1a8e54cc6          ||
|+-----------------------+---------------------------------+|
|||                      Attachment                       |||
||+----------------------+--------------------------------+||
|||  AttachTime          |  2026-11-29T12:02:20.000Z      |||
|||  AttachmentId        |  eni-attach-1714df1d4d8de26a8  |||
|||  DeleteOnTermination |  False                         |||
|||  DeviceIndex         |  0                             |||
|||  InstanceId          |  i-0a4569d533e6e0e84           |||
|||  InstanceOwnerId     |  123456789012                  |||
|||  NetworkCardIndex    |  0                             |||
|||  Status              |  attached                      |||
||+----------------------+--------------------------------+||
|||                        Groups                         |||
||+------------------+------------------------------------+||
|||  GroupId         |  sg-a32b6c5848f99e44e              |||
|||  GroupName       |  default                           |||
||+------------------+------------------------------------+||
|||                  PrivateIpAddresses                   |||
||+----------------------------------+--------------------+||
|||  Primary                         |  True              |||
|||  PrivateIpAddress                |  10.0.1.5          |||
||+----------------------------------+--------------------+||
||                    NetworkInterfaces                    ||
|+------------------------+--------------------------------+|
||  AvailabilityZone      |  ap-northeast-2a               ||
||  Description           |                                ||
||  InterfaceType         |  interface                     ||
||  MacAddress            |  02:00:00:da:55:57             ||
||  NetworkInterfaceId    |  eni-5e276b49102d0e0d4         ||
||  OwnerId               |  123456789012                  ||
||  PrivateIpAddress      |  10.41.65.59                   ||
||  RequesterId           |  AIDAIT2UOQQY3AUEMOTO          ||
||  RequesterManaged      |  False                         ||
||  SourceDestCheck       |  True                          ||
||  Status                |  available                     ||
||  SubnetId              |  subnet-d085ae0f47554a928      ||
||  VpcId                 |  vpc-d858610d1a8e54cc6         ||
|+------------------------+--------------------------------+|
|||                        Groups                         |||
||+------------------+------------------------------------+||
|||  GroupId         |  sg-a32b6c5848f99e44e              |||
|||  GroupName       |  default                           |||
||+------------------+------------------------------------+||
|||                  PrivateIpAddresses                   |||
||+-------------------------------+-----------------------+||
|||  Primary                      |  True                 |||
|||  PrivateIpAddress             |  10.41.65.59          |||
||+-------------------------------+-----------------------+||

"""),
    AWSOutputCapture(
      name: "describeKeyPairs",
      operation: "DescribeKeyPairs",
      command: "aws ec2 describe-key-pairs",
      query: nil,
      response: AWSOutputResponses.describeKeyPairs,
      json: """
{
    "KeyPairs": [
        {
            "KeyPairId": "key-481f3f3c239b995d5",
            "Tags": [],
            "CreateTime": "2026-11-29T12:21:55.000Z",
            "KeyName": "lab-key",
            "KeyFingerprint": "34:bf:1b:ee:de:8c:53:31:62:a4:1a:2c:dd:0e:af:b5:bf:d0:48:9c"
        }
    ]
}

""",
      text: """
KEYPAIRS\t2026-11-29T12:21:55.000Z\t34:bf:1b:ee:de:8c:53:31:62:a4:1a:2c:dd:0e:af:b5:bf:d0:48:9c\tlab-key\tkey-481f3f3c239b995d5

""",
      table: """
-------------------------------------------------------------------------------------
|                                 DescribeKeyPairs                                  |
+-----------------------------------------------------------------------------------+
||                                    KeyPairs                                     ||
|+----------------+----------------------------------------------------------------+|
||  CreateTime    |  2026-11-29T12:21:55.000Z                                      ||
||  KeyFingerprint|  34:bf:1b:ee:de:8c:53:31:62:a4:1a:2c:dd:0e:af:b5:bf:d0:48:9c   ||
||  KeyName       |  lab-key                                                       ||
||  KeyPairId     |  key-481f3f3c239b995d5                                         ||
|+----------------+----------------------------------------------------------------+|

"""),
    AWSOutputCapture(
      name: "describeRegionsQuery",
      operation: "DescribeRegions",
      command: "aws ec2 describe-regions --query 'Regions[?starts_with(RegionName, `ap-`)].RegionName | sort(@)'",
      query: "Regions[?starts_with(RegionName, `ap-`)].RegionName | sort(@)",
      response: AWSOutputResponses.describeRegionsQuery,
      json: """
[
    "ap-east-1",
    "ap-east-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7"
]

""",
      text: """
ap-east-1\tap-east-2\tap-northeast-1\tap-northeast-2\tap-northeast-3\tap-south-1\tap-south-2\tap-southeast-1\tap-southeast-2\tap-southeast-3\tap-southeast-4\tap-southeast-5\tap-southeast-6\tap-southeast-7

""",
      table: """
--------------------
|  DescribeRegions |
+------------------+
|  ap-east-1       |
|  ap-east-2       |
|  ap-northeast-1  |
|  ap-northeast-2  |
|  ap-northeast-3  |
|  ap-south-1      |
|  ap-south-2      |
|  ap-southeast-1  |
|  ap-southeast-2  |
|  ap-southeast-3  |
|  ap-southeast-4  |
|  ap-southeast-5  |
|  ap-southeast-6  |
|  ap-southeast-7  |
+------------------+

"""),
    AWSOutputCapture(
      name: "qObjectsKeys",
      operation: "ListObjectsV2",
      command: "aws s3api list-objects-v2 --bucket lab-bucket --query 'Contents[].[Key, Size]'",
      query: "Contents[].[Key, Size]",
      response: AWSOutputResponses.listObjectsV2,
      json: """
[
    [
        "docs/readme.txt",
        6
    ],
    [
        "index.html",
        6
    ]
]

""",
      text: """
docs/readme.txt\t6
index.html\t6

""",
      table: """
--------------------------
|      ListObjectsV2     |
+-------------------+----+
|  docs/readme.txt  |  6 |
|  index.html       |  6 |
+-------------------+----+

"""),
    AWSOutputCapture(
      name: "qObjectsSum",
      operation: "ListObjectsV2",
      command: "aws s3api list-objects-v2 --bucket lab-bucket --query '{Count: length(Contents), Bytes: sum(Contents[].Size)}'",
      query: "{Count: length(Contents), Bytes: sum(Contents[].Size)}",
      response: AWSOutputResponses.listObjectsV2,
      json: """
{
    "Count": 2,
    "Bytes": 12
}

""",
      text: """
12\t2

""",
      table: """
--------------------
|   ListObjectsV2  |
+--------+---------+
|  Bytes |  Count  |
+--------+---------+
|  12    |  2      |
+--------+---------+

"""),
    AWSOutputCapture(
      name: "qUsersNames",
      operation: "ListUsers",
      command: "aws iam list-users --query 'Users[].UserName'",
      query: "Users[].UserName",
      response: AWSOutputResponses.listUsers,
      json: """
[
    "alice",
    "bob"
]

""",
      text: """
alice\tbob

""",
      table: """
-----------
|ListUsers|
+---------+
|  alice  |
|  bob    |
+---------+

"""),
    AWSOutputCapture(
      name: "qSgRules",
      operation: "DescribeSecurityGroups",
      command: "aws ec2 describe-security-groups --group-ids sg-d60da6b0eda93dad2 --query 'SecurityGroups[0].IpPermissions[].{From: FromPort, To: ToPort, Cidrs: IpRanges[].CidrIp}'",
      query: "SecurityGroups[0].IpPermissions[].{From: FromPort, To: ToPort, Cidrs: IpRanges[].CidrIp}",
      response: AWSOutputResponses.describeSecurityGroups,
      json: """
[
    {
        "From": 80,
        "To": 80,
        "Cidrs": [
            "0.0.0.0/0"
        ]
    },
    {
        "From": 22,
        "To": 22,
        "Cidrs": [
            "10.0.0.0/8"
        ]
    }
]

""",
      text: """
80\t80
CIDRS\t0.0.0.0/0
22\t22
CIDRS\t10.0.0.0/8

""",
      table: """
------------------------
|DescribeSecurityGroups|
+------------+---------+
|    From    |   To    |
+------------+---------+
|  80        |  80     |
+------------+---------+
||        Cidrs       ||
|+--------------------+|
||  0.0.0.0/0         ||
|+--------------------+|
|DescribeSecurityGroups|
+------------+---------+
|    From    |   To    |
+------------+---------+
|  22        |  22     |
+------------+---------+
||        Cidrs       ||
|+--------------------+|
||  10.0.0.0/8        ||
|+--------------------+|

"""),
    AWSOutputCapture(
      name: "qSgNames",
      operation: "DescribeSecurityGroups",
      command: "aws ec2 describe-security-groups --query 'SecurityGroups[*].[GroupName, GroupId, VpcId]'",
      query: "SecurityGroups[*].[GroupName, GroupId, VpcId]",
      response: AWSOutputResponses.describeSecurityGroupsAll,
      json: """
[
    [
        "default",
        "sg-3d145acbd0f3a717f",
        "vpc-0488ef06020ebb37a"
    ],
    [
        "default",
        "sg-a32b6c5848f99e44e",
        "vpc-d858610d1a8e54cc6"
    ],
    [
        "web",
        "sg-d60da6b0eda93dad2",
        "vpc-d858610d1a8e54cc6"
    ],
    [
        "default",
        "sg-30de8c98707058bef",
        "vpc-05b1bfb6856984c06"
    ]
]

""",
      text: """
default\tsg-3d145acbd0f3a717f\tvpc-0488ef06020ebb37a
default\tsg-a32b6c5848f99e44e\tvpc-d858610d1a8e54cc6
web\tsg-d60da6b0eda93dad2\tvpc-d858610d1a8e54cc6
default\tsg-30de8c98707058bef\tvpc-05b1bfb6856984c06

""",
      table: """
--------------------------------------------------------------
|                   DescribeSecurityGroups                   |
+---------+------------------------+-------------------------+
|  default|  sg-3d145acbd0f3a717f  |  vpc-0488ef06020ebb37a  |
|  default|  sg-a32b6c5848f99e44e  |  vpc-d858610d1a8e54cc6  |
|  web    |  sg-d60da6b0eda93dad2  |  vpc-d858610d1a8e54cc6  |
|  default|  sg-30de8c98707058bef  |  vpc-05b1bfb6856984c06  |
+---------+------------------------+-------------------------+

"""),
    AWSOutputCapture(
      name: "qInstancesNested",
      operation: "DescribeInstances",
      command: "aws ec2 describe-instances --query 'Reservations[*].Instances[*].[InstanceId, State.Name]'",
      query: "Reservations[*].Instances[*].[InstanceId, State.Name]",
      response: AWSOutputResponses.describeInstances,
      json: """
[
    [
        [
            "i-355df4ebf397e83b6",
            "running"
        ],
        [
            "i-0a4569d533e6e0e84",
            "running"
        ]
    ]
]

""",
      text: """
i-355df4ebf397e83b6\trunning
i-0a4569d533e6e0e84\trunning

""",
      table: """
------------------------------------
|         DescribeInstances        |
+----------------------+-----------+
|  i-355df4ebf397e83b6 |  running  |
|  i-0a4569d533e6e0e84 |  running  |
+----------------------+-----------+

"""),
    AWSOutputCapture(
      name: "qInstanceState",
      operation: "DescribeInstances",
      command: "aws ec2 describe-instances --query 'Reservations[0].Instances[0].State'",
      query: "Reservations[0].Instances[0].State",
      response: AWSOutputResponses.describeInstances,
      json: """
{
    "Code": 16,
    "Name": "running"
}

""",
      text: """
16\trunning

""",
      table: """
---------------------
| DescribeInstances |
+-------+-----------+
| Code  |   Name    |
+-------+-----------+
|  16   |  running  |
+-------+-----------+

"""),
    AWSOutputCapture(
      name: "qEndpointsByType",
      operation: "DescribeVpcEndpoints",
      command: "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[*].{Id: VpcEndpointId, Type: VpcEndpointType, Service: ServiceName, Subnets: SubnetIds, RouteTables: RouteTableIds}'",
      query: "VpcEndpoints[*].{Id: VpcEndpointId, Type: VpcEndpointType, Service: ServiceName, Subnets: SubnetIds, RouteTables: RouteTableIds}",
      response: AWSOutputResponses.qEndpointsByType,
      json: """
[
    {
        "Id": "vpce-65346289f6d8f58f0",
        "Type": null,
        "Service": "com.amazonaws.ap-northeast-2.s3",
        "Subnets": [],
        "RouteTables": [
            "rtb-e9e0be346103a2304"
        ]
    },
    {
        "Id": "vpce-ee8f5d7aab8a32b3b",
        "Type": "Interface",
        "Service": "com.amazonaws.ap-northeast-2.ec2",
        "Subnets": [
            "subnet-d085ae0f47554a928"
        ],
        "RouteTables": []
    }
]

""",
      text: """
vpce-65346289f6d8f58f0\tcom.amazonaws.ap-northeast-2.s3\tNone
ROUTETABLES\trtb-e9e0be346103a2304
vpce-ee8f5d7aab8a32b3b\tcom.amazonaws.ap-northeast-2.ec2\tInterface
SUBNETS\tsubnet-d085ae0f47554a928

""",
      table: """
-----------------------------------------------------------------------------
|                           DescribeVpcEndpoints                            |
+---------------------------+--------------------------------------+--------+
|            Id             |               Service                | Type   |
+---------------------------+--------------------------------------+--------+
|  vpce-65346289f6d8f58f0   |  com.amazonaws.ap-northeast-2.s3     |  None  |
+---------------------------+--------------------------------------+--------+
||                               RouteTables                               ||
|+-------------------------------------------------------------------------+|
||  rtb-e9e0be346103a2304                                                  ||
|+-------------------------------------------------------------------------+|
|                           DescribeVpcEndpoints                            |
+-------------------------+------------------------------------+------------+
|           Id            |              Service               |   Type     |
+-------------------------+------------------------------------+------------+
|  vpce-ee8f5d7aab8a32b3b |  com.amazonaws.ap-northeast-2.ec2  |  Interface |
+-------------------------+------------------------------------+------------+
||                                 Subnets                                 ||
|+-------------------------------------------------------------------------+|
||  subnet-d085ae0f47554a928                                               ||
|+-------------------------------------------------------------------------+|

"""),
    AWSOutputCapture(
      name: "qMaxBy",
      operation: "DescribeSubnets",
      command: "aws ec2 describe-subnets --query 'max_by(Subnets, &AvailableIpAddressCount).CidrBlock'",
      query: "max_by(Subnets, &AvailableIpAddressCount).CidrBlock",
      response: AWSOutputResponses.qMaxBy,
      json: """
"172.31.0.0/20"

""",
      text: """
172.31.0.0/20

""",
      table: """
-----------------
|DescribeSubnets|
+---------------+

"""),
    AWSOutputCapture(
      name: "qNotNull",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[].not_null(Tags[?Key==`Name`].Value | [0], VpcId)'",
      query: "Vpcs[].not_null(Tags[?Key==`Name`].Value | [0], VpcId)",
      response: AWSOutputResponses.describeVpcs,
      json: """
[
    "vpc-0488ef06020ebb37a",
    "lab-vpc",
    "second"
]

""",
      text: """
vpc-0488ef06020ebb37a\tlab-vpc\tsecond

""",
      table: """
---------------------------
|      DescribeVpcs       |
+-------------------------+
|  vpc-0488ef06020ebb37a  |
|  lab-vpc                |
|  second                 |
+-------------------------+

"""),
    AWSOutputCapture(
      name: "qToString",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[0].to_string(CidrBlockAssociationSet)'",
      query: "Vpcs[0].to_string(CidrBlockAssociationSet)",
      response: AWSOutputResponses.describeVpcs,
      json: """
"[{\\"AssociationId\\":\\"vpc-cidr-assoc-cf0e36d5930530d27\\",\\"CidrBlock\\":\\"172.31.0.0/16\\",\\"CidrBlockState\\":{\\"State\\":\\"associated\\"}}]"

""",
      text: """
[{"AssociationId":"vpc-cidr-assoc-cf0e36d5930530d27","CidrBlock":"172.31.0.0/16","CidrBlockState":{"State":"associated"}}]

""",
      table: """
--------------
|DescribeVpcs|
+------------+

"""),
    AWSOutputCapture(
      name: "eSortByMixed",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'sort_by(Vpcs, &IsDefault)'",
      query: "sort_by(Vpcs, &IsDefault)",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

In function sort_by(), invalid type for value: {'OwnerId': '123456789012', 'InstanceTenancy': 'default', 'Ipv6CidrBlockAssociationSet': [], 'CidrBlockAssociationSet': [{'AssociationId': 'vpc-cidr-assoc-cf0e36d5930530d27', 'CidrBlock': '172.31.0.0/16', 'CidrBlockState': {'State': 'associated'}}], 'IsDefault': True, 'Tags': [], 'VpcId': 'vpc-0488ef06020ebb37a', 'State': 'available', 'CidrBlock': '172.31.0.0/16', 'DhcpOptionsId': 'default'}, expected one of: ['string', 'number'], received: "boolean"

"""),
    AWSOutputCapture(
      name: "eCompareStrNum",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[?CidrBlock > `5`]'",
      query: "Vpcs[?CidrBlock > `5`]",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

'>' not supported between instances of 'str' and 'int'

"""),
    AWSOutputCapture(
      name: "eHashKey",
      operation: "DescribeVpcs",
      command: "aws ec2 describe-vpcs --query 'Vpcs[].{`a`: VpcId}'",
      query: "Vpcs[].{`a`: VpcId}",
      response: AWSOutputResponses.describeVpcs,
      stderr: """

Bad value for --query Vpcs[].{`a`: VpcId}: Expecting: ['quoted_identifier', 'unquoted_identifier'], got: literal: Parse error at column 8, token "a" (LITERAL), for expression:
"Vpcs[].{`a`: VpcId}"
         ^

"""),
  ]
}
