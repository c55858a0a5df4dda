// Real awscli 1.45.11 (botocore 1.43.11) output, captured against moto_server 5.2.1 on 127.0.0.1
// with AWS_DEFAULT_REGION=ap-northeast-2 and stdout redirected (so tables are 80 columns wide).
// Literals hold the bytes exactly: tabs are written as \t, and a closing newline is kept.

import Cloud

/// Whole responses (`--output json`, before `--query`), by the capture that first used them.
enum AWSOutputResponses {
  static let describeVpcs = """
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

"""

  static let describeVpcsFilter = """
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

"""

  static let describeSubnets = """
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

"""

  static let describeRouteTables = """
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

"""

  static let describePrefixLists = """
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

"""

  static let describeVpcEndpoints = """
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

"""

  static let describeSecurityGroups = """
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

"""

  static let describeInstances = """
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

"""

  static let describeAvailabilityZones = """
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

"""

  static let describeInternetGateways = """
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

"""

  static let getCallerIdentity = """
{
    "UserId": "AKIAIOSFODNN7EXAMPLE",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:user/moto"
}

"""

  static let listBuckets = """
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

"""

  static let describeVpcsNone = """
{
    "Vpcs": []
}

"""

  static let qContains = """
{
    "RouteTables": [
        {
            "Associations": [
                {
                    "Main": true,
                    "RouteTableAssociationId": "rtbassoc-8d99b5cc5d88d6a83",
                    "RouteTableId": "rtb-e615f068d8f6c05ed",
                    "AssociationState": {
                        "State": "associated"
                    }
                }
            ],
            "RouteTableId": "rtb-e615f068d8f6c05ed",
            "Routes": [
                {
                    "DestinationCidrBlock": "172.31.0.0/16",
                    "GatewayId": "local",
                    "Origin": "CreateRouteTable",
                    "State": "active"
                }
            ],
            "Tags": [],
            "VpcId": "vpc-0488ef06020ebb37a",
            "OwnerId": "123456789012"
        },
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
                    "Main": true,
                    "RouteTableAssociationId": "rtbassoc-dfbefd94ab0384b95",
                    "RouteTableId": "rtb-8d4c9d65bea6b1e2c",
                    "AssociationState": {
                        "State": "associated"
                    }
                }
            ],
            "RouteTableId": "rtb-8d4c9d65bea6b1e2c",
            "Routes": [
                {
                    "DestinationCidrBlock": "10.1.0.0/16",
                    "GatewayId": "local",
                    "Origin": "CreateRouteTable",
                    "State": "active"
                }
            ],
            "Tags": [],
            "VpcId": "vpc-05b1bfb6856984c06",
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

"""

  static let qSubnets = """
{
    "Subnets": [
        {
            "AvailabilityZoneId": "apne2-az1",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-cce84996585fe85e8",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-cce84996585fe85e8",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.0.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2a",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
        },
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
            "AvailabilityZoneId": "apne2-az2",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-914996ec6084b4b67",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-914996ec6084b4b67",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.16.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2b",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
        },
        {
            "AvailabilityZoneId": "apne2-az3",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-f7815524594650056",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-f7815524594650056",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.32.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2c",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
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
        },
        {
            "AvailabilityZoneId": "apne2-az4",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-aba6ed46bb60fcf54",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-aba6ed46bb60fcf54",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.48.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2d",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
        }
    ]
}

"""

  static let describeSecurityGroupsAll = """
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

"""

  static let listObjectsV2 = """
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

"""

  static let listUsers = """
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

"""

  static let describeNetworkInterfaces = """
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

"""

  static let describeKeyPairs = """
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

"""

  static let describeRegionsQuery = """
{
    "Regions": [
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "af-south-1",
            "Endpoint": "ec2.af-south-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ap-east-1",
            "Endpoint": "ec2.ap-east-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ap-east-2",
            "Endpoint": "ec2.ap-east-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ap-northeast-1",
            "Endpoint": "ec2.ap-northeast-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ap-northeast-2",
            "Endpoint": "ec2.ap-northeast-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ap-northeast-3",
            "Endpoint": "ec2.ap-northeast-3.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ap-south-1",
            "Endpoint": "ec2.ap-south-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ap-south-2",
            "Endpoint": "ec2.ap-south-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ap-southeast-1",
            "Endpoint": "ec2.ap-southeast-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ap-southeast-2",
            "Endpoint": "ec2.ap-southeast-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ap-southeast-3",
            "Endpoint": "ec2.ap-southeast-3.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ap-southeast-4",
            "Endpoint": "ec2.ap-southeast-4.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ap-southeast-5",
            "Endpoint": "ec2.ap-southeast-5.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ap-southeast-6",
            "Endpoint": "ec2.ap-southeast-6.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ap-southeast-7",
            "Endpoint": "ec2.ap-southeast-7.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "ca-central-1",
            "Endpoint": "ec2.ca-central-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "ca-west-1",
            "Endpoint": "ec2.ca-west-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "eu-central-1",
            "Endpoint": "ec2.eu-central-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "eu-central-2",
            "Endpoint": "ec2.eu-central-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "eu-north-1",
            "Endpoint": "ec2.eu-north-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "eu-south-1",
            "Endpoint": "ec2.eu-south-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "eu-south-2",
            "Endpoint": "ec2.eu-south-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "eu-west-1",
            "Endpoint": "ec2.eu-west-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "eu-west-2",
            "Endpoint": "ec2.eu-west-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "eu-west-3",
            "Endpoint": "ec2.eu-west-3.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "il-central-1",
            "Endpoint": "ec2.il-central-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "me-central-1",
            "Endpoint": "ec2.me-central-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "me-south-1",
            "Endpoint": "ec2.me-south-1.amazonaws.com"
        },
        {
            "OptInStatus": "not-opted-in",
            "RegionName": "mx-central-1",
            "Endpoint": "ec2.mx-central-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "sa-east-1",
            "Endpoint": "ec2.sa-east-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "us-east-1",
            "Endpoint": "ec2.us-east-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "us-east-2",
            "Endpoint": "ec2.us-east-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "us-west-1",
            "Endpoint": "ec2.us-west-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "us-west-2",
            "Endpoint": "ec2.us-west-2.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "us-gov-east-1",
            "Endpoint": "ec2.us-gov-east-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "us-gov-west-1",
            "Endpoint": "ec2.us-gov-west-1.amazonaws.com"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "cn-north-1",
            "Endpoint": "ec2.cn-north-1.amazonaws.com.cn"
        },
        {
            "OptInStatus": "opt-in-not-required",
            "RegionName": "cn-northwest-1",
            "Endpoint": "ec2.cn-northwest-1.amazonaws.com.cn"
        }
    ]
}

"""

  static let qEndpointsByType = """
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
        },
        {
            "VpcEndpointId": "vpce-ee8f5d7aab8a32b3b",
            "VpcEndpointType": "Interface",
            "VpcId": "vpc-d858610d1a8e54cc6",
            "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
            "State": "available",
            "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
            "RouteTableIds": [],
            "SubnetIds": [
                "subnet-d085ae0f47554a928"
            ],
            "Groups": [],
            "PrivateDnsEnabled": true,
            "NetworkInterfaceIds": [
                "eni-5e276b49102d0e0d4"
            ],
            "DnsEntries": [
                {
                    "DnsName": "vpce-ee8f5d7aab8a32b3b-322ffcf2.com.amazonaws.ap-northeast-2.ec2",
                    "HostedZoneId": "955D5CAFC4EEC"
                }
            ],
            "CreationTimestamp": "2026-11-29T12:21:54.000Z",
            "Tags": [],
            "OwnerId": "123456789012"
        }
    ]
}

"""

  static let qMaxBy = """
{
    "Subnets": [
        {
            "AvailabilityZoneId": "apne2-az1",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-cce84996585fe85e8",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-cce84996585fe85e8",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.0.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2a",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
        },
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
            "AvailableIpAddressCount": 248,
            "AvailabilityZone": "ap-northeast-2a",
            "DefaultForAz": false,
            "MapPublicIpOnLaunch": false
        },
        {
            "AvailabilityZoneId": "apne2-az2",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-914996ec6084b4b67",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-914996ec6084b4b67",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.16.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2b",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
        },
        {
            "AvailabilityZoneId": "apne2-az3",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-f7815524594650056",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-f7815524594650056",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.32.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2c",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
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
        },
        {
            "AvailabilityZoneId": "apne2-az4",
            "OwnerId": "123456789012",
            "AssignIpv6AddressOnCreation": false,
            "Ipv6CidrBlockAssociationSet": [],
            "Tags": [],
            "SubnetArn": "arn:aws:ec2:ap-northeast-2:123456789012:subnet/subnet-aba6ed46bb60fcf54",
            "Ipv6Native": false,
            "PrivateDnsNameOptionsOnLaunch": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": false,
                "EnableResourceNameDnsAAAARecord": false
            },
            "SubnetId": "subnet-aba6ed46bb60fcf54",
            "State": "available",
            "VpcId": "vpc-0488ef06020ebb37a",
            "CidrBlock": "172.31.48.0/20",
            "AvailableIpAddressCount": 4091,
            "AvailabilityZone": "ap-northeast-2d",
            "DefaultForAz": true,
            "MapPublicIpOnLaunch": true
        }
    ]
}

"""
}
