// Expected outputs were produced by awscli 1.45.11's own formatters (`awscli.formatter.get_formatter`
// with color off, as when stdout is not a terminal) for these hand-written responses; the
// title is `TestOperation` for the hand-written ones. The `ref_` inputs are awscli's `--output json`
// captures from /work/shared/reference/captures, and `runInstances` a run-instances response.

/// A response and what awscli prints for it in each format.
struct AWSFormatterCase: Sendable, CustomStringConvertible {
  let name: String
  let operation: String
  let input: String
  let json: String
  let text: String
  /// awscli's error for `--output text` (it exits with 255), or nil.
  let textError: String?
  let table: String
  let tableError: String?
  var description: String { name }
}

enum AWSFormatterCases {
  static let all: [AWSFormatterCase] = [
    AWSFormatterCase(
      name: "scalarList",
      operation: "TestOperation",
      input: """
["a", "b", 3, true, null, 1.5]
""",
      json: """
[
    "a",
    "b",
    3,
    true,
    null,
    1.5
]

""",
      text: """
a\tb\t3\tTrue\tNone\t1.5

""",
      textError: nil,
      table: """
---------------
|TestOperation|
+-------------+
|  a          |
|  b          |
|  3          |
|  True       |
|  None       |
|  1.5        |
+-------------+

""",
      tableError: nil),
    AWSFormatterCase(
      name: "listOfLists",
      operation: "TestOperation",
      input: """
[["a", "b"], ["c", "d"]]
""",
      json: """
[
    [
        "a",
        "b"
    ],
    [
        "c",
        "d"
    ]
]

""",
      text: """
a\tb
c\td

""",
      textError: nil,
      table: """
---------------
|TestOperation|
+-----+-------+
|  a  |  b    |
|  c  |  d    |
+-----+-------+

""",
      tableError: nil),
    AWSFormatterCase(
      name: "listWithDictAfterScalar",
      operation: "TestOperation",
      input: """
["a", {"k": "v", "j": 1}]
""",
      json: """
[
    "a",
    {
        "k": "v",
        "j": 1
    }
]

""",
      text: """

""",
      textError: "'str' object has no attribute 'items'",
      table: """

""",
      tableError: "Row should have 1 elements, instead it has 2"),
    AWSFormatterCase(
      name: "nestedListInList",
      operation: "TestOperation",
      input: """
[["x", ["y", "z"]], ["p", "q"]]
""",
      json: """
[
    [
        "x",
        [
            "y",
            "z"
        ]
    ],
    [
        "p",
        "q"
    ]
]

""",
      text: """
x
y\tz
p\tq

""",
      textError: nil,
      table: """

""",
      tableError: "Row should have 1 elements, instead it has 2"),
    AWSFormatterCase(
      name: "objectOneScalar",
      operation: "TestOperation",
      input: """
{"Only": "one", "More": {"A": 1, "B": 2}}
""",
      json: """
{
    "Only": "one",
    "More": {
        "A": 1,
        "B": 2
    }
}

""",
      text: """
one
MORE\t1\t2

""",
      textError: nil,
      table: """
-----------------
| TestOperation |
+-------+-------+
|  Only |  one  |
+-------+-------+
||    More     ||
|+-----+-------+|
||  A  |   B   ||
|+-----+-------+|
||  1  |  2    ||
|+-----+-------+|

""",
      tableError: nil),
    AWSFormatterCase(
      name: "objectOnlyNested",
      operation: "TestOperation",
      input: """
{"Outer": {"Inner": [{"X": "1"}, {"X": "2", "Y": {"Z": "deep"}}]}}
""",
      json: """
{
    "Outer": {
        "Inner": [
            {
                "X": "1"
            },
            {
                "X": "2",
                "Y": {
                    "Z": "deep"
                }
            }
        ]
    }
}

""",
      text: """
INNER\t1
INNER\t2
Y\tdeep

""",
      textError: nil,
      table: """
---------------------
|   TestOperation   |
+-------------------+
||      Outer      ||
|+-----------------+|
|||     Inner     |||
||+---------------+||
|||       X       |||
||+---------------+||
|||  1            |||
||+---------------+||
|||     Inner     |||
||+---------------+||
|||       X       |||
||+---------------+||
|||  2            |||
||+---------------+||
||||      Y      ||||
|||+----+--------+|||
||||  Z |  deep  ||||
|||+----+--------+|||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "listMissingKeys",
      operation: "TestOperation",
      input: """
{"Items": [{"A": "1", "B": "2"}, {"B": "3", "C": "4"}]}
""",
      json: """
{
    "Items": [
        {
            "A": "1",
            "B": "2"
        },
        {
            "B": "3",
            "C": "4"
        }
    ]
}

""",
      text: """
ITEMS\t1\t2\t
ITEMS\t\t3\t4

""",
      textError: nil,
      table: """
-------------------
|  TestOperation  |
+-----------------+
||     Items     ||
|+---+-----+-----+|
|| A |  B  |  C  ||
|+---+-----+-----+|
||  1|  2  |     ||
||   |  3  |  4  ||
|+---+-----+-----+|

""",
      tableError: nil),
    AWSFormatterCase(
      name: "listElementsWithoutScalars",
      operation: "TestOperation",
      input: """
{"Items": [{"Sub": {"A": "1"}}, {"Sub": {"A": "2"}}]}
""",
      json: """
{
    "Items": [
        {
            "Sub": {
                "A": "1"
            }
        },
        {
            "Sub": {
                "A": "2"
            }
        }
    ]
}

""",
      text: """
SUB\t1
SUB\t2

""",
      textError: nil,
      table: """
----------------
| TestOperation|
+--------------+
||    Items   ||
|||    Sub   |||
||+----+-----+||
|||  A |  1  |||
||+----+-----+||
||    Items   ||
|||    Sub   |||
||+----+-----+||
|||  A |  2  |||
||+----+-----+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "wideRowTurnsVertical",
      operation: "TestOperation",
      input: """
{"Row": {"Alpha": "aaaaaaaaaaaaaaaaaaaa", "Beta": "bbbbbbbbbbbbbbbbbbbbbbbbb", "Gamma": "cccccccccccccccccccccccc"}}
""",
      json: """
{
    "Row": {
        "Alpha": "aaaaaaaaaaaaaaaaaaaa",
        "Beta": "bbbbbbbbbbbbbbbbbbbbbbbbb",
        "Gamma": "cccccccccccccccccccccccc"
    }
}

""",
      text: """
ROW\taaaaaaaaaaaaaaaaaaaa\tbbbbbbbbbbbbbbbbbbbbbbbbb\tcccccccccccccccccccccccc

""",
      textError: nil,
      table: """
------------------------------------------
|              TestOperation             |
+----------------------------------------+
||                  Row                 ||
|+-------+------------------------------+|
||  Alpha|  aaaaaaaaaaaaaaaaaaaa        ||
||  Beta |  bbbbbbbbbbbbbbbbbbbbbbbbb   ||
||  Gamma|  cccccccccccccccccccccccc    ||
|+-------+------------------------------+|

""",
      tableError: nil),
    AWSFormatterCase(
      name: "wideMultiRowStaysWide",
      operation: "TestOperation",
      input: """
{"Rows": [{"Alpha": "aaaaaaaaaaaaaaaaaaaa", "Beta": "bbbbbbbbbbbbbbbbbbbbbbbbb", "Gamma": "cccccccccccccccccccccccc"}, {"Alpha": "a", "Beta": "b", "Gamma": "c"}]}
""",
      json: """
{
    "Rows": [
        {
            "Alpha": "aaaaaaaaaaaaaaaaaaaa",
            "Beta": "bbbbbbbbbbbbbbbbbbbbbbbbb",
            "Gamma": "cccccccccccccccccccccccc"
        },
        {
            "Alpha": "a",
            "Beta": "b",
            "Gamma": "c"
        }
    ]
}

""",
      text: """
ROWS\taaaaaaaaaaaaaaaaaaaa\tbbbbbbbbbbbbbbbbbbbbbbbbb\tcccccccccccccccccccccccc
ROWS\ta\tb\tc

""",
      textError: nil,
      table: """
-------------------------------------------------------------------------------------
|                                   TestOperation                                   |
+-----------------------------------------------------------------------------------+
||                                      Rows                                       ||
|+----------------------+-----------------------------+----------------------------+|
||         Alpha        |            Beta             |           Gamma            ||
|+----------------------+-----------------------------+----------------------------+|
||  aaaaaaaaaaaaaaaaaaaa|  bbbbbbbbbbbbbbbbbbbbbbbbb  |  cccccccccccccccccccccccc  ||
||  a                   |  b                          |  c                         ||
|+----------------------+-----------------------------+----------------------------+|

""",
      tableError: nil),
    AWSFormatterCase(
      name: "koreanAndAmbiguous",
      operation: "TestOperation",
      input: """
{"Tags": [{"Key": "Name", "Value": "웹 서버"}, {"Key": "Note", "Value": "±5°"}]}
""",
      json: """
{
    "Tags": [
        {
            "Key": "Name",
            "Value": "웹 서버"
        },
        {
            "Key": "Note",
            "Value": "±5°"
        }
    ]
}

""",
      text: """
TAGS\tName\t웹 서버
TAGS\tNote\t±5°

""",
      textError: nil,
      table: """
-----------------------
|    TestOperation    |
+---------------------+
||       Tags        ||
|+-------+-----------+|
||  Key  |   Value   ||
|+-------+-----------+|
||  Name |  웹 서버  ||
||  Note |  ±5°    ||
|+-------+-----------+|

""",
      tableError: nil),
    AWSFormatterCase(
      name: "numbersAndBools",
      operation: "TestOperation",
      input: """
{"Size": 8, "Ratio": 0.25, "Big": 1e20, "On": true, "Off": false, "None": null}
""",
      json: """
{
    "Size": 8,
    "Ratio": 0.25,
    "Big": 1e+20,
    "On": true,
    "Off": false,
    "None": null
}

""",
      text: """
1e+20\tNone\tFalse\tTrue\t0.25\t8

""",
      textError: nil,
      table: """
-----------------------------------------------------
|                   TestOperation                   |
+-------+-------+--------+-------+---------+--------+
|  Big  | None  |  Off   |  On   |  Ratio  | Size   |
+-------+-------+--------+-------+---------+--------+
|  1e+20|  None |  False |  True |  0.25   |  8     |
+-------+-------+--------+-------+---------+--------+

""",
      tableError: nil),
    AWSFormatterCase(
      name: "textMixedScalarsAndObjects",
      operation: "TestOperation",
      input: """
{"Groups": [{"GroupId": "sg-1", "GroupName": "web"}, {"GroupId": "sg-2"}], "Ids": ["a", "b"], "Matrix": [["1", "2"], "3"]}
""",
      json: """
{
    "Groups": [
        {
            "GroupId": "sg-1",
            "GroupName": "web"
        },
        {
            "GroupId": "sg-2"
        }
    ],
    "Ids": [
        "a",
        "b"
    ],
    "Matrix": [
        [
            "1",
            "2"
        ],
        "3"
    ]
}

""",
      text: """
GROUPS\tsg-1\tweb
GROUPS\tsg-2\t
IDS\ta
IDS\tb
MATRIX\t3
MATRIX\t1
MATRIX\t2

""",
      textError: nil,
      table: """

""",
      tableError: "Row should have 2 elements, instead it has 1"),
    AWSFormatterCase(
      name: "emptyContainers",
      operation: "TestOperation",
      input: """
{"A": [], "B": {}, "C": "c"}
""",
      json: """
{
    "A": [],
    "B": {},
    "C": "c"
}

""",
      text: """
c

""",
      textError: nil,
      table: """
---------------
|TestOperation|
+-----+-------+
|  C  |  c    |
+-----+-------+

""",
      tableError: nil),
    AWSFormatterCase(
      name: "lowercaseKeys",
      operation: "TestOperation",
      input: """
{"reservations": [{"instances": [{"id": "i-1", "state": {"name": "running"}}]}]}
""",
      json: """
{
    "reservations": [
        {
            "instances": [
                {
                    "id": "i-1",
                    "state": {
                        "name": "running"
                    }
                }
            ]
        }
    ]
}

""",
      text: """
INSTANCES\ti-1
STATE\trunning

""",
      textError: nil,
      table: """
---------------------------
|      TestOperation      |
+-------------------------+
||     reservations      ||
|||      instances      |||
||+---------------------+||
|||         id          |||
||+---------------------+||
|||  i-1                |||
||+---------------------+||
||||       state       ||||
|||+-------+-----------+|||
||||  name |  running  ||||
|||+-------+-----------+|||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "stringWithTab",
      operation: "TestOperation",
      input: """
{"Description": "a\\tb", "Name": "x"}
""",
      json: """
{
    "Description": "a\\tb",
    "Name": "x"
}

""",
      text: """
a\tb\tx

""",
      textError: nil,
      table: """
-------------------------
|     TestOperation     |
+--------------+--------+
|  Description | Name   |
+--------------+--------+
|  a\tb         |  x     |
+--------------+--------+

""",
      tableError: nil),
    AWSFormatterCase(
      name: "longTitle",
      operation: "DescribeSomethingWithAVeryLongOperationNameIndeed",
      input: """
{"K": "v"}
""",
      json: """
{
    "K": "v"
}

""",
      text: """
v

""",
      textError: nil,
      table: """
---------------------------------------------------
|DescribeSomethingWithAVeryLongOperationNameIndeed|
+-----------------------+-------------------------+
|  K                    |  v                      |
+-----------------------+-------------------------+

""",
      tableError: nil),
    AWSFormatterCase(
      name: "topLevelString",
      operation: "TestOperation",
      input: """
"just text"
""",
      json: """
"just text"

""",
      text: """
just text

""",
      textError: nil,
      table: """
---------------
|TestOperation|
+-------------+

""",
      tableError: nil),
    AWSFormatterCase(
      name: "emptyObject",
      operation: "TestOperation",
      input: """
{}
""",
      json: """

""",
      text: """

""",
      textError: nil,
      table: """

""",
      tableError: nil),
    AWSFormatterCase(
      name: "tableListOfObjectsThenString",
      operation: "TestOperation",
      input: """
[{"A": "1"}, "x"]
""",
      json: """
[
    {
        "A": "1"
    },
    "x"
]

""",
      text: """

""",
      textError: "'str' object has no attribute 'items'",
      table: """

""",
      tableError: "string indices must be integers, not 'str'"),
    AWSFormatterCase(
      name: "tableListOfObjectsThenNull",
      operation: "TestOperation",
      input: """
[{"A": "1"}, null]
""",
      json: """
[
    {
        "A": "1"
    },
    null
]

""",
      text: """

""",
      textError: "'NoneType' object has no attribute 'items'",
      table: """

""",
      tableError: "'NoneType' object is not iterable"),
    AWSFormatterCase(
      name: "tableListOfObjectsThenNumber",
      operation: "TestOperation",
      input: """
{"L": [{"A": "1"}, 2.5]}
""",
      json: """
{
    "L": [
        {
            "A": "1"
        },
        2.5
    ]
}

""",
      text: """

""",
      textError: "'float' object has no attribute 'items'",
      table: """

""",
      tableError: "'float' object is not iterable"),
    AWSFormatterCase(
      name: "tableListOfObjectsThenEmptyString",
      operation: "TestOperation",
      input: """
[{"A": "1"}, ""]
""",
      json: """
[
    {
        "A": "1"
    },
    ""
]

""",
      text: """

""",
      textError: "'str' object has no attribute 'items'",
      table: """

""",
      tableError: "'str' object has no attribute 'get'"),
    AWSFormatterCase(
      name: "tableListOfObjectsThenList",
      operation: "TestOperation",
      input: """
[{"A": "1"}, ["s"]]
""",
      json: """
[
    {
        "A": "1"
    },
    [
        "s"
    ]
]

""",
      text: """

""",
      textError: "'list' object has no attribute 'items'",
      table: """

""",
      tableError: "list indices must be integers or slices, not str"),
    AWSFormatterCase(
      name: "tableListOfObjectsThenEmptyList",
      operation: "TestOperation",
      input: """
[{"A": "1"}, []]
""",
      json: """
[
    {
        "A": "1"
    },
    []
]

""",
      text: """

""",
      textError: "'list' object has no attribute 'items'",
      table: """

""",
      tableError: "'list' object has no attribute 'get'"),
    AWSFormatterCase(
      name: "ref_create_vpc",
      operation: "CreateVpc",
      input: """
{
    "Vpc": {
        "OwnerId": "123456789012",
        "InstanceTenancy": "default",
        "Ipv6CidrBlockAssociationSet": [],
        "CidrBlockAssociationSet": [
            {
                "AssociationId": "vpc-cidr-assoc-5ba960bb1f8dc1491",
                "CidrBlock": "10.0.0.0/16",
                "CidrBlockState": {
                    "State": "associated"
                }
            }
        ],
        "IsDefault": false,
        "Tags": [],
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "State": "available",
        "CidrBlock": "10.0.0.0/16",
        "DhcpOptionsId": "default"
    }
}

""",
      json: """
{
    "Vpc": {
        "OwnerId": "123456789012",
        "InstanceTenancy": "default",
        "Ipv6CidrBlockAssociationSet": [],
        "CidrBlockAssociationSet": [
            {
                "AssociationId": "vpc-cidr-assoc-5ba960bb1f8dc1491",
                "CidrBlock": "10.0.0.0/16",
                "CidrBlockState": {
                    "State": "associated"
                }
            }
        ],
        "IsDefault": false,
        "Tags": [],
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "State": "available",
        "CidrBlock": "10.0.0.0/16",
        "DhcpOptionsId": "default"
    }
}

""",
      text: """
VPC\t10.0.0.0/16\tdefault\tdefault\tFalse\t123456789012\tavailable\tvpc-b3f5d228f729ccb7a
CIDRBLOCKASSOCIATIONSET\tvpc-cidr-assoc-5ba960bb1f8dc1491\t10.0.0.0/16
CIDRBLOCKSTATE\tassociated

""",
      textError: nil,
      table: """
-----------------------------------------------------------
|                        CreateVpc                        |
+---------------------------------------------------------+
||                          Vpc                          ||
|+-----------------------+-------------------------------+|
||  CidrBlock            |  10.0.0.0/16                  ||
||  DhcpOptionsId        |  default                      ||
||  InstanceTenancy      |  default                      ||
||  IsDefault            |  False                        ||
||  OwnerId              |  123456789012                 ||
||  State                |  available                    ||
||  VpcId                |  vpc-b3f5d228f729ccb7a        ||
|+-----------------------+-------------------------------+|
|||               CidrBlockAssociationSet               |||
||+----------------+------------------------------------+||
|||  AssociationId |  vpc-cidr-assoc-5ba960bb1f8dc1491  |||
|||  CidrBlock     |  10.0.0.0/16                       |||
||+----------------+------------------------------------+||
||||                  CidrBlockState                   ||||
|||+-------------------+-------------------------------+|||
||||  State            |  associated                   ||||
|||+-------------------+-------------------------------+|||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_describe_rtb",
      operation: "DescribeRouteTables",
      input: """
{
    "RouteTables": [
        {
            "Associations": [
                {
                    "Main": false,
                    "RouteTableAssociationId": "rtbassoc-8c08480ae34a45453",
                    "RouteTableId": "rtb-0f84ce54f28049a84",
                    "SubnetId": "subnet-e1009e84d463bcb22",
                    "AssociationState": {
                        "State": "associated"
                    }
                }
            ],
            "RouteTableId": "rtb-0f84ce54f28049a84",
            "Routes": [
                {
                    "DestinationCidrBlock": "10.0.0.0/16",
                    "GatewayId": "local",
                    "Origin": "CreateRouteTable",
                    "State": "active"
                },
                {
                    "DestinationPrefixListId": "pl-1537fad4f38b53f06",
                    "GatewayId": "vpce-5c76d737a5ef351f7",
                    "Origin": "CreateRoute",
                    "State": "active"
                }
            ],
            "Tags": [],
            "VpcId": "vpc-b3f5d228f729ccb7a",
            "OwnerId": "123456789012"
        }
    ]
}

""",
      json: """
{
    "RouteTables": [
        {
            "Associations": [
                {
                    "Main": false,
                    "RouteTableAssociationId": "rtbassoc-8c08480ae34a45453",
                    "RouteTableId": "rtb-0f84ce54f28049a84",
                    "SubnetId": "subnet-e1009e84d463bcb22",
                    "AssociationState": {
                        "State": "associated"
                    }
                }
            ],
            "RouteTableId": "rtb-0f84ce54f28049a84",
            "Routes": [
                {
                    "DestinationCidrBlock": "10.0.0.0/16",
                    "GatewayId": "local",
                    "Origin": "CreateRouteTable",
                    "State": "active"
                },
                {
                    "DestinationPrefixListId": "pl-1537fad4f38b53f06",
                    "GatewayId": "vpce-5c76d737a5ef351f7",
                    "Origin": "CreateRoute",
                    "State": "active"
                }
            ],
            "Tags": [],
            "VpcId": "vpc-b3f5d228f729ccb7a",
            "OwnerId": "123456789012"
        }
    ]
}

""",
      text: """
ROUTETABLES\t123456789012\trtb-0f84ce54f28049a84\tvpc-b3f5d228f729ccb7a
ASSOCIATIONS\tFalse\trtbassoc-8c08480ae34a45453\trtb-0f84ce54f28049a84\tsubnet-e1009e84d463bcb22
ASSOCIATIONSTATE\tassociated
ROUTES\t10.0.0.0/16\t\tlocal\tCreateRouteTable\tactive
ROUTES\t\tpl-1537fad4f38b53f06\tvpce-5c76d737a5ef351f7\tCreateRoute\tactive

""",
      textError: nil,
      table: """
-----------------------------------------------------------------------------------------------------------------
|                                              DescribeRouteTables                                              |
+---------------------------------------------------------------------------------------------------------------+
||                                                 RouteTables                                                 ||
|+-----------------------------------------+-------------------------------------------------------------------+|
||  OwnerId                                |  123456789012                                                     ||
||  RouteTableId                           |  rtb-0f84ce54f28049a84                                            ||
||  VpcId                                  |  vpc-b3f5d228f729ccb7a                                            ||
|+-----------------------------------------+-------------------------------------------------------------------+|
|||                                               Associations                                                |||
||+--------------------------------------------------+--------------------------------------------------------+||
|||  Main                                            |  False                                                 |||
|||  RouteTableAssociationId                         |  rtbassoc-8c08480ae34a45453                            |||
|||  RouteTableId                                    |  rtb-0f84ce54f28049a84                                 |||
|||  SubnetId                                        |  subnet-e1009e84d463bcb22                              |||
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
|||                      |  pl-1537fad4f38b53f06     |  vpce-5c76d737a5ef351f7 |  CreateRoute      |  active  |||
||+----------------------+---------------------------+-------------------------+-------------------+----------+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_describe_vpce_gw",
      operation: "DescribeVpcEndpoints",
      input: """
{
    "VpcEndpoints": [
        {
            "VpcEndpointId": "vpce-5c76d737a5ef351f7",
            "VpcEndpointType": "Gateway",
            "VpcId": "vpc-b3f5d228f729ccb7a",
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "State": "available",
            "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
            "RouteTableIds": [
                "rtb-0f84ce54f28049a84"
            ],
            "SubnetIds": [],
            "Groups": [],
            "PrivateDnsEnabled": true,
            "NetworkInterfaceIds": [],
            "DnsEntries": [],
            "CreationTimestamp": "2026-11-29T11:21:28.000Z",
            "Tags": [],
            "OwnerId": "123456789012"
        }
    ]
}

""",
      json: """
{
    "VpcEndpoints": [
        {
            "VpcEndpointId": "vpce-5c76d737a5ef351f7",
            "VpcEndpointType": "Gateway",
            "VpcId": "vpc-b3f5d228f729ccb7a",
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "State": "available",
            "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
            "RouteTableIds": [
                "rtb-0f84ce54f28049a84"
            ],
            "SubnetIds": [],
            "Groups": [],
            "PrivateDnsEnabled": true,
            "NetworkInterfaceIds": [],
            "DnsEntries": [],
            "CreationTimestamp": "2026-11-29T11:21:28.000Z",
            "Tags": [],
            "OwnerId": "123456789012"
        }
    ]
}

""",
      text: """
VPCENDPOINTS\t2026-11-29T11:21:28.000Z\t123456789012\t{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}\tTrue\tcom.amazonaws.ap-northeast-2.s3\tavailable\tvpce-5c76d737a5ef351f7\tGateway\tvpc-b3f5d228f729ccb7a
ROUTETABLEIDS\trtb-0f84ce54f28049a84

""",
      textError: nil,
      table: """
--------------------------------------------------------------------------------------------------------------------------------------------
|                                                           DescribeVpcEndpoints                                                           |
+------------------------------------------------------------------------------------------------------------------------------------------+
||                                                              VpcEndpoints                                                              ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
||  CreationTimestamp|  2026-11-29T11:21:28.000Z                                                                                          ||
||  OwnerId          |  123456789012                                                                                                      ||
||  PolicyDocument   |  {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}   ||
||  PrivateDnsEnabled|  True                                                                                                              ||
||  ServiceName      |  com.amazonaws.ap-northeast-2.s3                                                                                   ||
||  State            |  available                                                                                                         ||
||  VpcEndpointId    |  vpce-5c76d737a5ef351f7                                                                                            ||
||  VpcEndpointType  |  Gateway                                                                                                           ||
||  VpcId            |  vpc-b3f5d228f729ccb7a                                                                                             ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
|||                                                             RouteTableIds                                                            |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  rtb-0f84ce54f28049a84                                                                                                               |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_eni",
      operation: "DescribeNetworkInterfaces",
      input: """
{
    "NetworkInterfaces": [
        {
            "AvailabilityZone": "ap-northeast-2a",
            "Description": "",
            "Groups": [
                {
                    "GroupId": "sg-421039e84d971efa4",
                    "GroupName": "default"
                }
            ],
            "InterfaceType": "interface",
            "Ipv6Addresses": [],
            "MacAddress": "02:00:00:6c:0c:9d",
            "NetworkInterfaceId": "eni-a40213b1f3a62628b",
            "OwnerId": "123456789012",
            "PrivateIpAddress": "10.246.105.211",
            "PrivateIpAddresses": [
                {
                    "Primary": true,
                    "PrivateIpAddress": "10.246.105.211"
                }
            ],
            "RequesterId": "AIDAIT2UOQQY3AUEMOTO",
            "RequesterManaged": false,
            "SourceDestCheck": true,
            "Status": "available",
            "SubnetId": "subnet-e1009e84d463bcb22",
            "TagSet": [],
            "VpcId": "vpc-b3f5d228f729ccb7a"
        }
    ]
}

""",
      json: """
{
    "NetworkInterfaces": [
        {
            "AvailabilityZone": "ap-northeast-2a",
            "Description": "",
            "Groups": [
                {
                    "GroupId": "sg-421039e84d971efa4",
                    "GroupName": "default"
                }
            ],
            "InterfaceType": "interface",
            "Ipv6Addresses": [],
            "MacAddress": "02:00:00:6c:0c:9d",
            "NetworkInterfaceId": "eni-a40213b1f3a62628b",
            "OwnerId": "123456789012",
            "PrivateIpAddress": "10.246.105.211",
            "PrivateIpAddresses": [
                {
                    "Primary": true,
                    "PrivateIpAddress": "10.246.105.211"
                }
            ],
            "RequesterId": "AIDAIT2UOQQY3AUEMOTO",
            "RequesterManaged": false,
            "SourceDestCheck": true,
            "Status": "available",
            "SubnetId": "subnet-e1009e84d463bcb22",
            "TagSet": [],
            "VpcId": "vpc-b3f5d228f729ccb7a"
        }
    ]
}

""",
      text: """
NETWORKINTERFACES\tap-northeast-2a\t\tinterface\t02:00:00:6c:0c:9d\teni-a40213b1f3a62628b\t123456789012\t10.246.105.211\tAIDAIT2UOQQY3AUEMOTO\tFalse\tTrue\tavailable\tsubnet-e1009e84d463bcb22\tvpc-b3f5d228f729ccb7a
GROUPS\tsg-421039e84d971efa4\tdefault
PRIVATEIPADDRESSES\tTrue\t10.246.105.211

""",
      textError: nil,
      table: """
------------------------------------------------------
|              DescribeNetworkInterfaces             |
+----------------------------------------------------+
||                 NetworkInterfaces                ||
|+---------------------+----------------------------+|
||  AvailabilityZone   |  ap-northeast-2a           ||
||  Description        |                            ||
||  InterfaceType      |  interface                 ||
||  MacAddress         |  02:00:00:6c:0c:9d         ||
||  NetworkInterfaceId |  eni-a40213b1f3a62628b     ||
||  OwnerId            |  123456789012              ||
||  PrivateIpAddress   |  10.246.105.211            ||
||  RequesterId        |  AIDAIT2UOQQY3AUEMOTO      ||
||  RequesterManaged   |  False                     ||
||  SourceDestCheck    |  True                      ||
||  Status             |  available                 ||
||  SubnetId           |  subnet-e1009e84d463bcb22  ||
||  VpcId              |  vpc-b3f5d228f729ccb7a     ||
|+---------------------+----------------------------+|
|||                     Groups                     |||
||+----------------+-------------------------------+||
|||  GroupId       |  sg-421039e84d971efa4         |||
|||  GroupName     |  default                      |||
||+----------------+-------------------------------+||
|||               PrivateIpAddresses               |||
||+------------------------+-----------------------+||
|||  Primary               |  True                 |||
|||  PrivateIpAddress      |  10.246.105.211       |||
||+------------------------+-----------------------+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_prefix_lists",
      operation: "DescribePrefixLists",
      input: """
{
    "PrefixLists": [
        {
            "PrefixListId": "pl-1537fad4f38b53f06",
            "PrefixListName": "com.amazonaws.ap-northeast-2.s3"
        },
        {
            "PrefixListId": "pl-8d07b5af50140b996",
            "PrefixListName": "com.amazonaws.ap-northeast-2.dynamodb"
        },
        {
            "PrefixListId": "pl-44dcd2d42096c6f42",
            "PrefixListName": "com.amazonaws.global.cloudfront.origin-facing"
        },
        {
            "PrefixListId": "pl-a36da69cf3c1c7f0a",
            "PrefixListName": "com.amazonaws.global.groundstation"
        },
        {
            "PrefixListId": "pl-ed7b62c28baf977a5",
            "PrefixListName": "com.amazonaws.ap-northeast-2.vpc-lattice"
        },
        {
            "PrefixListId": "pl-2432a12302d268e6f",
            "PrefixListName": "com.amazonaws.ap-northeast-2.ipv6.vpc-lattice"
        }
    ]
}

""",
      json: """
{
    "PrefixLists": [
        {
            "PrefixListId": "pl-1537fad4f38b53f06",
            "PrefixListName": "com.amazonaws.ap-northeast-2.s3"
        },
        {
            "PrefixListId": "pl-8d07b5af50140b996",
            "PrefixListName": "com.amazonaws.ap-northeast-2.dynamodb"
        },
        {
            "PrefixListId": "pl-44dcd2d42096c6f42",
            "PrefixListName": "com.amazonaws.global.cloudfront.origin-facing"
        },
        {
            "PrefixListId": "pl-a36da69cf3c1c7f0a",
            "PrefixListName": "com.amazonaws.global.groundstation"
        },
        {
            "PrefixListId": "pl-ed7b62c28baf977a5",
            "PrefixListName": "com.amazonaws.ap-northeast-2.vpc-lattice"
        },
        {
            "PrefixListId": "pl-2432a12302d268e6f",
            "PrefixListName": "com.amazonaws.ap-northeast-2.ipv6.vpc-lattice"
        }
    ]
}

""",
      text: """
PREFIXLISTS\tpl-1537fad4f38b53f06\tcom.amazonaws.ap-northeast-2.s3
PREFIXLISTS\tpl-8d07b5af50140b996\tcom.amazonaws.ap-northeast-2.dynamodb
PREFIXLISTS\tpl-44dcd2d42096c6f42\tcom.amazonaws.global.cloudfront.origin-facing
PREFIXLISTS\tpl-a36da69cf3c1c7f0a\tcom.amazonaws.global.groundstation
PREFIXLISTS\tpl-ed7b62c28baf977a5\tcom.amazonaws.ap-northeast-2.vpc-lattice
PREFIXLISTS\tpl-2432a12302d268e6f\tcom.amazonaws.ap-northeast-2.ipv6.vpc-lattice

""",
      textError: nil,
      table: """
-----------------------------------------------------------------------------
|                            DescribePrefixLists                            |
+---------------------------------------------------------------------------+
||                               PrefixLists                               ||
|+-----------------------+-------------------------------------------------+|
||     PrefixListId      |                 PrefixListName                  ||
|+-----------------------+-------------------------------------------------+|
||  pl-1537fad4f38b53f06 |  com.amazonaws.ap-northeast-2.s3                ||
||  pl-8d07b5af50140b996 |  com.amazonaws.ap-northeast-2.dynamodb          ||
||  pl-44dcd2d42096c6f42 |  com.amazonaws.global.cloudfront.origin-facing  ||
||  pl-a36da69cf3c1c7f0a |  com.amazonaws.global.groundstation             ||
||  pl-ed7b62c28baf977a5 |  com.amazonaws.ap-northeast-2.vpc-lattice       ||
||  pl-2432a12302d268e6f |  com.amazonaws.ap-northeast-2.ipv6.vpc-lattice  ||
|+-----------------------+-------------------------------------------------+|

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_vpce_gw",
      operation: "CreateVpcEndpoint",
      input: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-5c76d737a5ef351f7",
        "VpcEndpointType": "Gateway",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [
            "rtb-0f84ce54f28049a84"
        ],
        "SubnetIds": [],
        "Groups": [],
        "PrivateDnsEnabled": true,
        "NetworkInterfaceIds": [],
        "DnsEntries": [],
        "CreationTimestamp": "2026-11-29T11:21:28.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      json: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-5c76d737a5ef351f7",
        "VpcEndpointType": "Gateway",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [
            "rtb-0f84ce54f28049a84"
        ],
        "SubnetIds": [],
        "Groups": [],
        "PrivateDnsEnabled": true,
        "NetworkInterfaceIds": [],
        "DnsEntries": [],
        "CreationTimestamp": "2026-11-29T11:21:28.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      text: """
VPCENDPOINT\t2026-11-29T11:21:28.000Z\t123456789012\t{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}\tTrue\tcom.amazonaws.ap-northeast-2.s3\tavailable\tvpce-5c76d737a5ef351f7\tGateway\tvpc-b3f5d228f729ccb7a
ROUTETABLEIDS\trtb-0f84ce54f28049a84

""",
      textError: nil,
      table: """
--------------------------------------------------------------------------------------------------------------------------------------------
|                                                             CreateVpcEndpoint                                                            |
+------------------------------------------------------------------------------------------------------------------------------------------+
||                                                               VpcEndpoint                                                              ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
||  CreationTimestamp|  2026-11-29T11:21:28.000Z                                                                                          ||
||  OwnerId          |  123456789012                                                                                                      ||
||  PolicyDocument   |  {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}   ||
||  PrivateDnsEnabled|  True                                                                                                              ||
||  ServiceName      |  com.amazonaws.ap-northeast-2.s3                                                                                   ||
||  State            |  available                                                                                                         ||
||  VpcEndpointId    |  vpce-5c76d737a5ef351f7                                                                                            ||
||  VpcEndpointType  |  Gateway                                                                                                           ||
||  VpcId            |  vpc-b3f5d228f729ccb7a                                                                                             ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
|||                                                             RouteTableIds                                                            |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  rtb-0f84ce54f28049a84                                                                                                               |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_vpce_if_ec2",
      operation: "CreateVpcEndpoint",
      input: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-c7ba2a7f079dd4c0f",
        "VpcEndpointType": "Interface",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [],
        "SubnetIds": [
            "subnet-e1009e84d463bcb22",
            "subnet-b92ded90c55fd8859"
        ],
        "Groups": [
            {
                "GroupId": "sg-81ce2b6a83307ed12",
                "GroupName": "vpce-sg"
            }
        ],
        "PrivateDnsEnabled": true,
        "NetworkInterfaceIds": [
            "eni-a40213b1f3a62628b",
            "eni-9116c7ecda40f2e04"
        ],
        "DnsEntries": [
            {
                "DnsName": "vpce-c7ba2a7f079dd4c0f-c6b35d0d.com.amazonaws.ap-northeast-2.ec2",
                "HostedZoneId": "5A055E57681EE"
            }
        ],
        "CreationTimestamp": "2026-11-29T11:22:18.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      json: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-c7ba2a7f079dd4c0f",
        "VpcEndpointType": "Interface",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [],
        "SubnetIds": [
            "subnet-e1009e84d463bcb22",
            "subnet-b92ded90c55fd8859"
        ],
        "Groups": [
            {
                "GroupId": "sg-81ce2b6a83307ed12",
                "GroupName": "vpce-sg"
            }
        ],
        "PrivateDnsEnabled": true,
        "NetworkInterfaceIds": [
            "eni-a40213b1f3a62628b",
            "eni-9116c7ecda40f2e04"
        ],
        "DnsEntries": [
            {
                "DnsName": "vpce-c7ba2a7f079dd4c0f-c6b35d0d.com.amazonaws.ap-northeast-2.ec2",
                "HostedZoneId": "5A055E57681EE"
            }
        ],
        "CreationTimestamp": "2026-11-29T11:22:18.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      text: """
VPCENDPOINT\t2026-11-29T11:22:18.000Z\t123456789012\t{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}\tTrue\tcom.amazonaws.ap-northeast-2.ec2\tavailable\tvpce-c7ba2a7f079dd4c0f\tInterface\tvpc-b3f5d228f729ccb7a
DNSENTRIES\tvpce-c7ba2a7f079dd4c0f-c6b35d0d.com.amazonaws.ap-northeast-2.ec2\t5A055E57681EE
GROUPS\tsg-81ce2b6a83307ed12\tvpce-sg
NETWORKINTERFACEIDS\teni-a40213b1f3a62628b
NETWORKINTERFACEIDS\teni-9116c7ecda40f2e04
SUBNETIDS\tsubnet-e1009e84d463bcb22
SUBNETIDS\tsubnet-b92ded90c55fd8859

""",
      textError: nil,
      table: """
--------------------------------------------------------------------------------------------------------------------------------------------
|                                                             CreateVpcEndpoint                                                            |
+------------------------------------------------------------------------------------------------------------------------------------------+
||                                                               VpcEndpoint                                                              ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
||  CreationTimestamp|  2026-11-29T11:22:18.000Z                                                                                          ||
||  OwnerId          |  123456789012                                                                                                      ||
||  PolicyDocument   |  {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}   ||
||  PrivateDnsEnabled|  True                                                                                                              ||
||  ServiceName      |  com.amazonaws.ap-northeast-2.ec2                                                                                  ||
||  State            |  available                                                                                                         ||
||  VpcEndpointId    |  vpce-c7ba2a7f079dd4c0f                                                                                            ||
||  VpcEndpointType  |  Interface                                                                                                         ||
||  VpcId            |  vpc-b3f5d228f729ccb7a                                                                                             ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
|||                                                              DnsEntries                                                              |||
||+------------------------+-------------------------------------------------------------------------------------------------------------+||
|||  DnsName               |  vpce-c7ba2a7f079dd4c0f-c6b35d0d.com.amazonaws.ap-northeast-2.ec2                                           |||
|||  HostedZoneId          |  5A055E57681EE                                                                                              |||
||+------------------------+-------------------------------------------------------------------------------------------------------------+||
|||                                                                Groups                                                                |||
||+----------------------------------------------+---------------------------------------------------------------------------------------+||
|||  GroupId                                     |  sg-81ce2b6a83307ed12                                                                 |||
|||  GroupName                                   |  vpce-sg                                                                              |||
||+----------------------------------------------+---------------------------------------------------------------------------------------+||
|||                                                          NetworkInterfaceIds                                                         |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  eni-a40213b1f3a62628b                                                                                                               |||
|||  eni-9116c7ecda40f2e04                                                                                                               |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||                                                               SubnetIds                                                              |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  subnet-e1009e84d463bcb22                                                                                                            |||
|||  subnet-b92ded90c55fd8859                                                                                                            |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_vpce_if_s3_dnsopt",
      operation: "CreateVpcEndpoint",
      input: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-f49b7cf4dc20e7c17",
        "VpcEndpointType": "Interface",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [],
        "SubnetIds": [
            "subnet-e1009e84d463bcb22"
        ],
        "Groups": [],
        "PrivateDnsEnabled": true,
        "NetworkInterfaceIds": [
            "eni-a29d2b724c216ede1"
        ],
        "DnsEntries": [
            {
                "DnsName": "vpce-f49b7cf4dc20e7c17-b49c5e0d.com.amazonaws.ap-northeast-2.s3",
                "HostedZoneId": "D8DB9820F316A"
            }
        ],
        "CreationTimestamp": "2026-11-29T11:26:40.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      json: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-f49b7cf4dc20e7c17",
        "VpcEndpointType": "Interface",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [],
        "SubnetIds": [
            "subnet-e1009e84d463bcb22"
        ],
        "Groups": [],
        "PrivateDnsEnabled": true,
        "NetworkInterfaceIds": [
            "eni-a29d2b724c216ede1"
        ],
        "DnsEntries": [
            {
                "DnsName": "vpce-f49b7cf4dc20e7c17-b49c5e0d.com.amazonaws.ap-northeast-2.s3",
                "HostedZoneId": "D8DB9820F316A"
            }
        ],
        "CreationTimestamp": "2026-11-29T11:26:40.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      text: """
VPCENDPOINT\t2026-11-29T11:26:40.000Z\t123456789012\t{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}\tTrue\tcom.amazonaws.ap-northeast-2.s3\tavailable\tvpce-f49b7cf4dc20e7c17\tInterface\tvpc-b3f5d228f729ccb7a
DNSENTRIES\tvpce-f49b7cf4dc20e7c17-b49c5e0d.com.amazonaws.ap-northeast-2.s3\tD8DB9820F316A
NETWORKINTERFACEIDS\teni-a29d2b724c216ede1
SUBNETIDS\tsubnet-e1009e84d463bcb22

""",
      textError: nil,
      table: """
--------------------------------------------------------------------------------------------------------------------------------------------
|                                                             CreateVpcEndpoint                                                            |
+------------------------------------------------------------------------------------------------------------------------------------------+
||                                                               VpcEndpoint                                                              ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
||  CreationTimestamp|  2026-11-29T11:26:40.000Z                                                                                          ||
||  OwnerId          |  123456789012                                                                                                      ||
||  PolicyDocument   |  {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}   ||
||  PrivateDnsEnabled|  True                                                                                                              ||
||  ServiceName      |  com.amazonaws.ap-northeast-2.s3                                                                                   ||
||  State            |  available                                                                                                         ||
||  VpcEndpointId    |  vpce-f49b7cf4dc20e7c17                                                                                            ||
||  VpcEndpointType  |  Interface                                                                                                         ||
||  VpcId            |  vpc-b3f5d228f729ccb7a                                                                                             ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
|||                                                              DnsEntries                                                              |||
||+------------------------+-------------------------------------------------------------------------------------------------------------+||
|||  DnsName               |  vpce-f49b7cf4dc20e7c17-b49c5e0d.com.amazonaws.ap-northeast-2.s3                                            |||
|||  HostedZoneId          |  D8DB9820F316A                                                                                              |||
||+------------------------+-------------------------------------------------------------------------------------------------------------+||
|||                                                          NetworkInterfaceIds                                                         |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  eni-a29d2b724c216ede1                                                                                                               |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||                                                               SubnetIds                                                              |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  subnet-e1009e84d463bcb22                                                                                                            |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_vpce_if_s3",
      operation: "CreateVpcEndpoint",
      input: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-7e7c3c8af0196d77a",
        "VpcEndpointType": "Interface",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [],
        "SubnetIds": [
            "subnet-e1009e84d463bcb22",
            "subnet-b92ded90c55fd8859"
        ],
        "Groups": [
            {
                "GroupId": "sg-81ce2b6a83307ed12",
                "GroupName": "vpce-sg"
            }
        ],
        "PrivateDnsEnabled": false,
        "NetworkInterfaceIds": [
            "eni-ae2a512c647521d54",
            "eni-e6716a6dec1ce54d9"
        ],
        "DnsEntries": [
            {
                "DnsName": "vpce-7e7c3c8af0196d77a-cc295bec.com.amazonaws.ap-northeast-2.s3",
                "HostedZoneId": "CCC419E334FD6"
            }
        ],
        "CreationTimestamp": "2026-11-29T11:22:18.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      json: """
{
    "VpcEndpoint": {
        "VpcEndpointId": "vpce-7e7c3c8af0196d77a",
        "VpcEndpointType": "Interface",
        "VpcId": "vpc-b3f5d228f729ccb7a",
        "ServiceName": "com.amazonaws.ap-northeast-2.s3",
        "State": "available",
        "PolicyDocument": "{\\"Version\\": \\"2008-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}]}",
        "RouteTableIds": [],
        "SubnetIds": [
            "subnet-e1009e84d463bcb22",
            "subnet-b92ded90c55fd8859"
        ],
        "Groups": [
            {
                "GroupId": "sg-81ce2b6a83307ed12",
                "GroupName": "vpce-sg"
            }
        ],
        "PrivateDnsEnabled": false,
        "NetworkInterfaceIds": [
            "eni-ae2a512c647521d54",
            "eni-e6716a6dec1ce54d9"
        ],
        "DnsEntries": [
            {
                "DnsName": "vpce-7e7c3c8af0196d77a-cc295bec.com.amazonaws.ap-northeast-2.s3",
                "HostedZoneId": "CCC419E334FD6"
            }
        ],
        "CreationTimestamp": "2026-11-29T11:22:18.000Z",
        "Tags": [],
        "OwnerId": "123456789012"
    }
}

""",
      text: """
VPCENDPOINT\t2026-11-29T11:22:18.000Z\t123456789012\t{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}\tFalse\tcom.amazonaws.ap-northeast-2.s3\tavailable\tvpce-7e7c3c8af0196d77a\tInterface\tvpc-b3f5d228f729ccb7a
DNSENTRIES\tvpce-7e7c3c8af0196d77a-cc295bec.com.amazonaws.ap-northeast-2.s3\tCCC419E334FD6
GROUPS\tsg-81ce2b6a83307ed12\tvpce-sg
NETWORKINTERFACEIDS\teni-ae2a512c647521d54
NETWORKINTERFACEIDS\teni-e6716a6dec1ce54d9
SUBNETIDS\tsubnet-e1009e84d463bcb22
SUBNETIDS\tsubnet-b92ded90c55fd8859

""",
      textError: nil,
      table: """
--------------------------------------------------------------------------------------------------------------------------------------------
|                                                             CreateVpcEndpoint                                                            |
+------------------------------------------------------------------------------------------------------------------------------------------+
||                                                               VpcEndpoint                                                              ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
||  CreationTimestamp|  2026-11-29T11:22:18.000Z                                                                                          ||
||  OwnerId          |  123456789012                                                                                                      ||
||  PolicyDocument   |  {"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}   ||
||  PrivateDnsEnabled|  False                                                                                                             ||
||  ServiceName      |  com.amazonaws.ap-northeast-2.s3                                                                                   ||
||  State            |  available                                                                                                         ||
||  VpcEndpointId    |  vpce-7e7c3c8af0196d77a                                                                                            ||
||  VpcEndpointType  |  Interface                                                                                                         ||
||  VpcId            |  vpc-b3f5d228f729ccb7a                                                                                             ||
|+-------------------+--------------------------------------------------------------------------------------------------------------------+|
|||                                                              DnsEntries                                                              |||
||+------------------------+-------------------------------------------------------------------------------------------------------------+||
|||  DnsName               |  vpce-7e7c3c8af0196d77a-cc295bec.com.amazonaws.ap-northeast-2.s3                                            |||
|||  HostedZoneId          |  CCC419E334FD6                                                                                              |||
||+------------------------+-------------------------------------------------------------------------------------------------------------+||
|||                                                                Groups                                                                |||
||+----------------------------------------------+---------------------------------------------------------------------------------------+||
|||  GroupId                                     |  sg-81ce2b6a83307ed12                                                                 |||
|||  GroupName                                   |  vpce-sg                                                                              |||
||+----------------------------------------------+---------------------------------------------------------------------------------------+||
|||                                                          NetworkInterfaceIds                                                         |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  eni-ae2a512c647521d54                                                                                                               |||
|||  eni-e6716a6dec1ce54d9                                                                                                               |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||                                                               SubnetIds                                                              |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||
|||  subnet-e1009e84d463bcb22                                                                                                            |||
|||  subnet-b92ded90c55fd8859                                                                                                            |||
||+--------------------------------------------------------------------------------------------------------------------------------------+||

""",
      tableError: nil),
    AWSFormatterCase(
      name: "ref_vpce_services",
      operation: "DescribeVpcEndpointServices",
      input: """
{
    "ServiceDetails": [
        {
            "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
            "ServiceId": "vpce-svc-b96edfec801f4d705",
            "ServiceType": [
                {
                    "ServiceType": "Interface"
                }
            ],
            "AvailabilityZones": [
                "ap-northeast-2a",
                "ap-northeast-2b",
                "ap-northeast-2c",
                "ap-northeast-2d"
            ],
            "Owner": "amazon",
            "BaseEndpointDnsNames": [
                "ec2.ap-northeast-2.vpce.amazonaws.com"
            ],
            "PrivateDnsName": "ec2.ap-northeast-2.amazonaws.com",
            "PrivateDnsNames": [
                {
                    "PrivateDnsName": "ec2.ap-northeast-2.amazonaws.com"
                }
            ],
            "VpcEndpointPolicySupported": true,
            "AcceptanceRequired": false,
            "ManagesVpcEndpoints": false,
            "Tags": [],
            "PrivateDnsNameVerificationState": "verified"
        },
        {
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "ServiceId": "vpce-svc-ebb48eefe8c4bbb38",
            "ServiceType": [
                {
                    "ServiceType": "Interface"
                }
            ],
            "AvailabilityZones": [
                "ap-northeast-2a",
                "ap-northeast-2b",
                "ap-northeast-2c",
                "ap-northeast-2d"
            ],
            "Owner": "amazon",
            "BaseEndpointDnsNames": [
                "s3.ap-northeast-2.vpce.amazonaws.com"
            ],
            "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com",
            "PrivateDnsNames": [
                {
                    "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com"
                }
            ],
            "VpcEndpointPolicySupported": true,
            "AcceptanceRequired": false,
            "ManagesVpcEndpoints": false,
            "Tags": [],
            "PrivateDnsNameVerificationState": "verified"
        },
        {
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "ServiceId": "vpce-svc-6942a6efcf1b5c12b",
            "ServiceType": [
                {
                    "ServiceType": "Gateway"
                }
            ],
            "AvailabilityZones": [
                "ap-northeast-2a",
                "ap-northeast-2b",
                "ap-northeast-2c",
                "ap-northeast-2d"
            ],
            "Owner": "amazon",
            "BaseEndpointDnsNames": [
                "s3.ap-northeast-2.vpce.amazonaws.com"
            ],
            "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com",
            "PrivateDnsNames": [
                {
                    "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com"
                }
            ],
            "VpcEndpointPolicySupported": true,
            "AcceptanceRequired": false,
            "ManagesVpcEndpoints": false,
            "Tags": [],
            "PrivateDnsNameVerificationState": "verified"
        }
    ],
    "ServiceNames": [
        "com.amazonaws.ap-northeast-2.ec2",
        "com.amazonaws.ap-northeast-2.s3",
        "com.amazonaws.ap-northeast-2.s3"
    ]
}

""",
      json: """
{
    "ServiceDetails": [
        {
            "ServiceName": "com.amazonaws.ap-northeast-2.ec2",
            "ServiceId": "vpce-svc-b96edfec801f4d705",
            "ServiceType": [
                {
                    "ServiceType": "Interface"
                }
            ],
            "AvailabilityZones": [
                "ap-northeast-2a",
                "ap-northeast-2b",
                "ap-northeast-2c",
                "ap-northeast-2d"
            ],
            "Owner": "amazon",
            "BaseEndpointDnsNames": [
                "ec2.ap-northeast-2.vpce.amazonaws.com"
            ],
            "PrivateDnsName": "ec2.ap-northeast-2.amazonaws.com",
            "PrivateDnsNames": [
                {
                    "PrivateDnsName": "ec2.ap-northeast-2.amazonaws.com"
                }
            ],
            "VpcEndpointPolicySupported": true,
            "AcceptanceRequired": false,
            "ManagesVpcEndpoints": false,
            "Tags": [],
            "PrivateDnsNameVerificationState": "verified"
        },
        {
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "ServiceId": "vpce-svc-ebb48eefe8c4bbb38",
            "ServiceType": [
                {
                    "ServiceType": "Interface"
                }
            ],
            "AvailabilityZones": [
                "ap-northeast-2a",
                "ap-northeast-2b",
                "ap-northeast-2c",
                "ap-northeast-2d"
            ],
            "Owner": "amazon",
            "BaseEndpointDnsNames": [
                "s3.ap-northeast-2.vpce.amazonaws.com"
            ],
            "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com",
            "PrivateDnsNames": [
                {
                    "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com"
                }
            ],
            "VpcEndpointPolicySupported": true,
            "AcceptanceRequired": false,
            "ManagesVpcEndpoints": false,
            "Tags": [],
            "PrivateDnsNameVerificationState": "verified"
        },
        {
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "ServiceId": "vpce-svc-6942a6efcf1b5c12b",
            "ServiceType": [
                {
                    "ServiceType": "Gateway"
                }
            ],
            "AvailabilityZones": [
                "ap-northeast-2a",
                "ap-northeast-2b",
                "ap-northeast-2c",
                "ap-northeast-2d"
            ],
            "Owner": "amazon",
            "BaseEndpointDnsNames": [
                "s3.ap-northeast-2.vpce.amazonaws.com"
            ],
            "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com",
            "PrivateDnsNames": [
                {
                    "PrivateDnsName": "s3.ap-northeast-2.amazonaws.com"
                }
            ],
            "VpcEndpointPolicySupported": true,
            "AcceptanceRequired": false,
            "ManagesVpcEndpoints": false,
            "Tags": [],
            "PrivateDnsNameVerificationState": "verified"
        }
    ],
    "ServiceNames": [
        "com.amazonaws.ap-northeast-2.ec2",
        "com.amazonaws.ap-northeast-2.s3",
        "com.amazonaws.ap-northeast-2.s3"
    ]
}

""",
      text: """
SERVICEDETAILS\tFalse\tFalse\tamazon\tec2.ap-northeast-2.amazonaws.com\tverified\tvpce-svc-b96edfec801f4d705\tcom.amazonaws.ap-northeast-2.ec2\tTrue
AVAILABILITYZONES\tap-northeast-2a
AVAILABILITYZONES\tap-northeast-2b
AVAILABILITYZONES\tap-northeast-2c
AVAILABILITYZONES\tap-northeast-2d
BASEENDPOINTDNSNAMES\tec2.ap-northeast-2.vpce.amazonaws.com
PRIVATEDNSNAMES\tec2.ap-northeast-2.amazonaws.com
SERVICETYPE\tInterface
SERVICEDETAILS\tFalse\tFalse\tamazon\ts3.ap-northeast-2.amazonaws.com\tverified\tvpce-svc-ebb48eefe8c4bbb38\tcom.amazonaws.ap-northeast-2.s3\tTrue
AVAILABILITYZONES\tap-northeast-2a
AVAILABILITYZONES\tap-northeast-2b
AVAILABILITYZONES\tap-northeast-2c
AVAILABILITYZONES\tap-northeast-2d
BASEENDPOINTDNSNAMES\ts3.ap-northeast-2.vpce.amazonaws.com
PRIVATEDNSNAMES\ts3.ap-northeast-2.amazonaws.com
SERVICETYPE\tInterface
SERVICEDETAILS\tFalse\tFalse\tamazon\ts3.ap-northeast-2.amazonaws.com\tverified\tvpce-svc-6942a6efcf1b5c12b\tcom.amazonaws.ap-northeast-2.s3\tTrue
AVAILABILITYZONES\tap-northeast-2a
AVAILABILITYZONES\tap-northeast-2b
AVAILABILITYZONES\tap-northeast-2c
AVAILABILITYZONES\tap-northeast-2d
BASEENDPOINTDNSNAMES\ts3.ap-northeast-2.vpce.amazonaws.com
PRIVATEDNSNAMES\ts3.ap-northeast-2.amazonaws.com
SERVICETYPE\tGateway
SERVICENAMES\tcom.amazonaws.ap-northeast-2.ec2
SERVICENAMES\tcom.amazonaws.ap-northeast-2.s3
SERVICENAMES\tcom.amazonaws.ap-northeast-2.s3

""",
      textError: nil,
      table: """
---------------------------------------------------------------------------
|                       DescribeVpcEndpointServices                       |
+-------------------------------------------------------------------------+
||                            ServiceDetails                             ||
|+----------------------------------+------------------------------------+|
||  AcceptanceRequired              |  False                             ||
||  ManagesVpcEndpoints             |  False                             ||
||  Owner                           |  amazon                            ||
||  PrivateDnsName                  |  ec2.ap-northeast-2.amazonaws.com  ||
||  PrivateDnsNameVerificationState |  verified                          ||
||  ServiceId                       |  vpce-svc-b96edfec801f4d705        ||
||  ServiceName                     |  com.amazonaws.ap-northeast-2.ec2  ||
||  VpcEndpointPolicySupported      |  True                              ||
|+----------------------------------+------------------------------------+|
|||                          AvailabilityZones                          |||
||+---------------------------------------------------------------------+||
|||  ap-northeast-2a                                                    |||
|||  ap-northeast-2b                                                    |||
|||  ap-northeast-2c                                                    |||
|||  ap-northeast-2d                                                    |||
||+---------------------------------------------------------------------+||
|||                        BaseEndpointDnsNames                         |||
||+---------------------------------------------------------------------+||
|||  ec2.ap-northeast-2.vpce.amazonaws.com                              |||
||+---------------------------------------------------------------------+||
|||                           PrivateDnsNames                           |||
||+----------------------+----------------------------------------------+||
|||  PrivateDnsName      |  ec2.ap-northeast-2.amazonaws.com            |||
||+----------------------+----------------------------------------------+||
|||                             ServiceType                             |||
||+------------------------------------+--------------------------------+||
|||  ServiceType                       |  Interface                     |||
||+------------------------------------+--------------------------------+||
||                            ServiceDetails                             ||
|+----------------------------------+------------------------------------+|
||  AcceptanceRequired              |  False                             ||
||  ManagesVpcEndpoints             |  False                             ||
||  Owner                           |  amazon                            ||
||  PrivateDnsName                  |  s3.ap-northeast-2.amazonaws.com   ||
||  PrivateDnsNameVerificationState |  verified                          ||
||  ServiceId                       |  vpce-svc-ebb48eefe8c4bbb38        ||
||  ServiceName                     |  com.amazonaws.ap-northeast-2.s3   ||
||  VpcEndpointPolicySupported      |  True                              ||
|+----------------------------------+------------------------------------+|
|||                          AvailabilityZones                          |||
||+---------------------------------------------------------------------+||
|||  ap-northeast-2a                                                    |||
|||  ap-northeast-2b                                                    |||
|||  ap-northeast-2c                                                    |||
|||  ap-northeast-2d                                                    |||
||+---------------------------------------------------------------------+||
|||                        BaseEndpointDnsNames                         |||
||+---------------------------------------------------------------------+||
|||  s3.ap-northeast-2.vpce.amazonaws.com                               |||
||+---------------------------------------------------------------------+||
|||                           PrivateDnsNames                           |||
||+----------------------+----------------------------------------------+||
|||  PrivateDnsName      |  s3.ap-northeast-2.amazonaws.com             |||
||+----------------------+----------------------------------------------+||
|||                             ServiceType                             |||
||+------------------------------------+--------------------------------+||
|||  ServiceType                       |  Interface                     |||
||+------------------------------------+--------------------------------+||
||                            ServiceDetails                             ||
|+----------------------------------+------------------------------------+|
||  AcceptanceRequired              |  False                             ||
||  ManagesVpcEndpoints             |  False                             ||
||  Owner                           |  amazon                            ||
||  PrivateDnsName                  |  s3.ap-northeast-2.amazonaws.com   ||
||  PrivateDnsNameVerificationState |  verified                          ||
||  ServiceId                       |  vpce-svc-6942a6efcf1b5c12b        ||
||  ServiceName                     |  com.amazonaws.ap-northeast-2.s3   ||
||  VpcEndpointPolicySupported      |  True                              ||
|+----------------------------------+------------------------------------+|
|||                          AvailabilityZones                          |||
||+---------------------------------------------------------------------+||
|||  ap-northeast-2a                                                    |||
|||  ap-northeast-2b                                                    |||
|||  ap-northeast-2c                                                    |||
|||  ap-northeast-2d                                                    |||
||+---------------------------------------------------------------------+||
|||                        BaseEndpointDnsNames                         |||
||+---------------------------------------------------------------------+||
|||  s3.ap-northeast-2.vpce.amazonaws.com                               |||
||+---------------------------------------------------------------------+||
|||                           PrivateDnsNames                           |||
||+----------------------+----------------------------------------------+||
|||  PrivateDnsName      |  s3.ap-northeast-2.amazonaws.com             |||
||+----------------------+----------------------------------------------+||
|||                             ServiceType                             |||
||+---------------------------------------+-----------------------------+||
|||  ServiceType                          |  Gateway                    |||
||+---------------------------------------+-----------------------------+||
||                             ServiceNames                              ||
|+-----------------------------------------------------------------------+|
||  com.amazonaws.ap-northeast-2.ec2                                     ||
||  com.amazonaws.ap-northeast-2.s3                                      ||
||  com.amazonaws.ap-northeast-2.s3                                      ||
|+-----------------------------------------------------------------------+|

""",
      tableError: nil),
    AWSFormatterCase(
      name: "runInstances",
      operation: "RunInstances",
      input: """
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
                "Code": 0,
                "Name": "pending"
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
                "Code": 0,
                "Name": "pending"
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

""",
      json: """
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
                "Code": 0,
                "Name": "pending"
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
                "Code": 0,
                "Name": "pending"
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

""",
      text: """
123456789012\tr-6552d4820db13d686
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
STATE\t0\tpending
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
STATE\t0\tpending
STATEREASON\t\t
TAGS\tName\tweb

""",
      textError: nil,
      table: """
----------------------------------------------------------------------------
|                               RunInstances                               |
+------------------------------+-------------------------------------------+
|  OwnerId                     |  123456789012                             |
|  ReservationId               |  r-6552d4820db13d686                      |
+------------------------------+-------------------------------------------+
||                                Instances                               ||
|+------------------------+-----------------------------------------------+|
||  AmiLaunchIndex        |  0                                            ||
||  Architecture          |  x86_64                                       ||
||  ClientToken           |  6f6c9460-84d4-4e36-a8a3-31912c0e81d9         ||
||  EbsOptimized          |  False                                        ||
||  Hypervisor            |  xen                                          ||
||  ImageId               |  ami-12c6146b                                 ||
||  InstanceId            |  i-355df4ebf397e83b6                          ||
||  InstanceType          |  t2.micro                                     ||
||  LaunchTime            |  2026-11-29T12:02:20.000Z                     ||
||  Platform              |  windows                                      ||
||  PrivateDnsName        |  ip-10-0-1-4.ap-northeast-2.compute.internal  ||
||  PrivateIpAddress      |  10.0.1.4                                     ||
||  RootDeviceName        |  /dev/sda1                                    ||
||  RootDeviceType        |  ebs                                          ||
||  SourceDestCheck       |  True                                         ||
||  SriovNetSupport       |  simple                                       ||
||  StateTransitionReason |                                               ||
||  SubnetId              |  subnet-d085ae0f47554a928                     ||
||  VirtualizationType    |  hvm                                          ||
||  VpcId                 |  vpc-d858610d1a8e54cc6                        ||
|+------------------------+-----------------------------------------------+|
|||                          BlockDeviceMappings                         |||
||+-----------------------------------+----------------------------------+||
|||  DeviceName                       |  /dev/sda1                       |||
||+-----------------------------------+----------------------------------+||
||||                                 Ebs                                ||||
|||+------------------------------+-------------------------------------+|||
||||  AttachTime                  |  2026-11-29T12:02:20.000Z           ||||
||||  DeleteOnTermination         |  True                               ||||
||||  Status                      |  attached                           ||||
||||  VolumeId                    |  vol-337e10a4eace6081f              ||||
|||+------------------------------+-------------------------------------+|||
|||                            MetadataOptions                           |||
||+------------------------------------------------+---------------------+||
|||  HttpEndpoint                                  |  enabled            |||
|||  HttpProtocolIpv6                              |  disabled           |||
|||  HttpPutResponseHopLimit                       |  1                  |||
|||  HttpTokens                                    |  optional           |||
|||  InstanceMetadataTags                          |  disabled           |||
|||  State                                         |  applied            |||
||+------------------------------------------------+---------------------+||
|||                              Monitoring                              |||
||+-----------------------------+----------------------------------------+||
|||  State                      |  disabled                              |||
||+-----------------------------+----------------------------------------+||
|||                           NetworkInterfaces                          |||
||+-----------------------------+----------------------------------------+||
|||  Description                |  Primary network interface             |||
|||  InterfaceType              |  interface                             |||
|||  MacAddress                 |  02:00:00:0a:12:6d                     |||
|||  NetworkInterfaceId         |  eni-b6453a05e6b540419                 |||
|||  OwnerId                    |  123456789012                          |||
|||  PrivateIpAddress           |  10.0.1.4                              |||
|||  SourceDestCheck            |  True                                  |||
|||  Status                     |  in-use                                |||
|||  SubnetId                   |  subnet-d085ae0f47554a928              |||
|||  VpcId                      |  vpc-d858610d1a8e54cc6                 |||
||+-----------------------------+----------------------------------------+||
||||                             Attachment                             ||||
|||+---------------------------+----------------------------------------+|||
||||  AttachTime               |  2026-11-29T12:02:20.000Z              ||||
||||  AttachmentId             |  eni-attach-1a1aa9e569315ffb7          ||||
||||  DeleteOnTermination      |  False                                 ||||
||||  DeviceIndex              |  0                                     ||||
||||  NetworkCardIndex         |  0                                     ||||
||||  Status                   |  attached                              ||||
|||+---------------------------+----------------------------------------+|||
||||                               Groups                               ||||
|||+-----------------------+--------------------------------------------+|||
||||  GroupId              |  sg-a32b6c5848f99e44e                      ||||
||||  GroupName            |  default                                   ||||
|||+-----------------------+--------------------------------------------+|||
||||                         PrivateIpAddresses                         ||||
|||+------------------------------------------+-------------------------+|||
||||  Primary                                 |  True                   ||||
||||  PrivateIpAddress                        |  10.0.1.4               ||||
|||+------------------------------------------+-------------------------+|||
|||                               Placement                              |||
||+-----------------------------------+----------------------------------+||
|||  AvailabilityZone                 |  ap-northeast-2a                 |||
|||  GroupName                        |                                  |||
|||  Tenancy                          |  default                         |||
||+-----------------------------------+----------------------------------+||
|||                                 State                                |||
||+----------------------------+-----------------------------------------+||
|||  Code                      |  0                                      |||
|||  Name                      |  pending                                |||
||+----------------------------+-----------------------------------------+||
|||                              StateReason                             |||
||+---------------------------------------------------+------------------+||
|||  Code                                             |                  |||
|||  Message                                          |                  |||
||+---------------------------------------------------+------------------+||
|||                                 Tags                                 |||
||+------------------------------------+---------------------------------+||
|||  Key                               |  Name                           |||
|||  Value                             |  web                            |||
||+------------------------------------+---------------------------------+||
||                                Instances                               ||
|+------------------------+-----------------------------------------------+|
||  AmiLaunchIndex        |  1                                            ||
||  Architecture          |  x86_64                                       ||
||  ClientToken           |  6f6c9460-84d4-4e36-a8a3-31912c0e81d9         ||
||  EbsOptimized          |  False                                        ||
||  Hypervisor            |  xen                                          ||
||  ImageId               |  ami-12c6146b                                 ||
||  InstanceId            |  i-0a4569d533e6e0e84                          ||
||  InstanceType          |  t2.micro                                     ||
||  LaunchTime            |  2026-11-29T12:02:20.000Z                     ||
||  Platform              |  windows                                      ||
||  PrivateDnsName        |  ip-10-0-1-5.ap-northeast-2.compute.internal  ||
||  PrivateIpAddress      |  10.0.1.5                                     ||
||  RootDeviceName        |  /dev/sda1                                    ||
||  RootDeviceType        |  ebs                                          ||
||  SourceDestCheck       |  True                                         ||
||  SriovNetSupport       |  simple                                       ||
||  StateTransitionReason |                                               ||
||  SubnetId              |  subnet-d085ae0f47554a928                     ||
||  VirtualizationType    |  hvm                                          ||
||  VpcId                 |  vpc-d858610d1a8e54cc6                        ||
|+------------------------+-----------------------------------------------+|
|||                          BlockDeviceMappings                         |||
||+-----------------------------------+----------------------------------+||
|||  DeviceName                       |  /dev/sda1                       |||
||+-----------------------------------+----------------------------------+||
||||                                 Ebs                                ||||
|||+------------------------------+-------------------------------------+|||
||||  AttachTime                  |  2026-11-29T12:02:20.000Z           ||||
||||  DeleteOnTermination         |  True                               ||||
||||  Status                      |  attached                           ||||
||||  VolumeId                    |  vol-3e36f43d22fa16c31              ||||
|||+------------------------------+-------------------------------------+|||
|||                            MetadataOptions                           |||
||+------------------------------------------------+---------------------+||
|||  HttpEndpoint                                  |  enabled            |||
|||  HttpProtocolIpv6                              |  disabled           |||
|||  HttpPutResponseHopLimit                       |  1                  |||
|||  HttpTokens                                    |  optional           |||
|||  InstanceMetadataTags                          |  disabled           |||
|||  State                                         |  applied            |||
||+------------------------------------------------+---------------------+||
|||                              Monitoring                              |||
||+-----------------------------+----------------------------------------+||
|||  State                      |  disabled                              |||
||+-----------------------------+----------------------------------------+||
|||                           NetworkInterfaces                          |||
||+-----------------------------+----------------------------------------+||
|||  Description                |  Primary network interface             |||
|||  InterfaceType              |  interface                             |||
|||  MacAddress                 |  02:00:00:59:bb:61                     |||
|||  NetworkInterfaceId         |  eni-f9ef15939406927f6                 |||
|||  OwnerId                    |  123456789012                          |||
|||  PrivateIpAddress           |  10.0.1.5                              |||
|||  SourceDestCheck            |  True                                  |||
|||  Status                     |  in-use                                |||
|||  SubnetId                   |  subnet-d085ae0f47554a928              |||
|||  VpcId                      |  vpc-d858610d1a8e54cc6                 |||
||+-----------------------------+----------------------------------------+||
||||                             Attachment                             ||||
|||+---------------------------+----------------------------------------+|||
||||  AttachTime               |  2026-11-29T12:02:20.000Z              ||||
||||  AttachmentId             |  eni-attach-1714df1d4d8de26a8          ||||
||||  DeleteOnTermination      |  False                                 ||||
||||  DeviceIndex              |  0                                     ||||
||||  NetworkCardIndex         |  0                                     ||||
||||  Status                   |  attached                              ||||
|||+---------------------------+----------------------------------------+|||
||||                               Groups                               ||||
|||+-----------------------+--------------------------------------------+|||
||||  GroupId              |  sg-a32b6c5848f99e44e                      ||||
||||  GroupName            |  default                                   ||||
|||+-----------------------+--------------------------------------------+|||
||||                         PrivateIpAddresses                         ||||
|||+------------------------------------------+-------------------------+|||
||||  Primary                                 |  True                   ||||
||||  PrivateIpAddress                        |  10.0.1.5               ||||
|||+------------------------------------------+-------------------------+|||
|||                               Placement                              |||
||+-----------------------------------+----------------------------------+||
|||  AvailabilityZone                 |  ap-northeast-2a                 |||
|||  GroupName                        |                                  |||
|||  Tenancy                          |  default                         |||
||+-----------------------------------+----------------------------------+||
|||                                 State                                |||
||+----------------------------+-----------------------------------------+||
|||  Code                      |  0                                      |||
|||  Name                      |  pending                                |||
||+----------------------------+-----------------------------------------+||
|||                              StateReason                             |||
||+---------------------------------------------------+------------------+||
|||  Code                                             |                  |||
|||  Message                                          |                  |||
||+---------------------------------------------------+------------------+||
|||                                 Tags                                 |||
||+------------------------------------+---------------------------------+||
|||  Key                               |  Name                           |||
|||  Value                             |  web                            |||
||+------------------------------------+---------------------------------+||

""",
      tableError: nil),
  ]
}
