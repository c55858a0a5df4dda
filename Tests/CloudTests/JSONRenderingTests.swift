import Testing

@testable import Cloud

@Suite struct JSONRenderingTests {
  // captures/out-describe-rtb.json, byte for byte (the file ends with one newline).
  static let describeRouteTables = #"""
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

    """#

  // captures/out-vpce-gw.json: a JSON string holding compact JSON, so escaped quotes round-trip.
  static let createGatewayEndpoint = #"""
    {
        "VpcEndpoint": {
            "VpcEndpointId": "vpce-5c76d737a5ef351f7",
            "VpcEndpointType": "Gateway",
            "VpcId": "vpc-b3f5d228f729ccb7a",
            "ServiceName": "com.amazonaws.ap-northeast-2.s3",
            "State": "available",
            "PolicyDocument": "{\"Version\": \"2008-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}",
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

    """#

  @Test(arguments: [describeRouteTables, createGatewayEndpoint])
  func awscliOutputOfCapturesRoundTrips(capture: String) throws {
    let value = try JSONValue.parse(capture)
    #expect(value.awscliJSON == capture)
  }

  @Test func policyDocumentInsideCaptureIsPythonCompactJSON() throws {
    let value = try JSONValue.parse(Self.createGatewayEndpoint)
    let policyText = try #require(value["VpcEndpoint"]?["PolicyDocument"]?.stringValue)
    let policy = try JSONValue.parse(policyText)
    #expect(policy.compactJSON == policyText)
    #expect(policy.minimalJSON == PolicyDocument.defaultEndpointPolicyText)
    #expect(value["VpcEndpoint"]?["RouteTableIds"]?[0] == "rtb-0f84ce54f28049a84")
  }

  // Built in code, in this key order; goldens printed by Python 3.11 json and jq 1.6 on this machine.
  static let sample: JSONValue = [
    "Name": "é \u{1b}\t\n\"\\/",
    "Empty": [],
    "Obj": [:],
    "N": [29606, 0.1, 1e-07, 123.0, -5, 1e16, 2.5e-05, true, false, nil],
    "Nested": ["A": [["B": []]]],
  ]

  @Test func awscliMatchesPythonIndentFour() {
    let python =
      "{\n    \"Name\": \"é \\u001b\\t\\n\\\"\\\\/\",\n    \"Empty\": [],\n    \"Obj\": {},\n    \"N\": [\n        29606,\n        0.1,\n        1e-07,\n        123.0,\n        -5,\n        1e+16,\n        2.5e-05,\n        true,\n        false,\n        null\n    ],\n    \"Nested\": {\n        \"A\": [\n            {\n                \"B\": []\n            }\n        ]\n    }\n}"
    #expect(Self.sample.awscliJSON == python + "\n")
  }

  @Test func compactAndMinimalMatchPython() {
    #expect(
      Self.sample.compactJSON
        == #"{"Name": "\u00e9 \u001b\t\n\"\\/", "Empty": [], "Obj": {}, "N": [29606, 0.1, 1e-07, 123.0, -5, 1e+16, 2.5e-05, true, false, null], "Nested": {"A": [{"B": []}]}}"#
    )
    #expect(
      Self.sample.minimalJSON
        == #"{"Name":"é \u001b\t\n\"\\/","Empty":[],"Obj":{},"N":[29606,0.1,1e-07,123.0,-5,1e+16,2.5e-05,true,false,null],"Nested":{"A":[{"B":[]}]}}"#
    )
  }

  @Test func jqPrettyMatchesJq() {
    var value = Self.sample
    if case .object(var object) = value {
      object["Name"] = "é \u{1b}\t\n\"\\/\u{7f}"
      value = .object(object)
    }
    let jq =
      "{\n  \"Name\": \"é \\u001b\\t\\n\\\"\\\\/\\u007f\",\n  \"Empty\": [],\n  \"Obj\": {},\n  \"N\": [\n    29606,\n    0.1,\n    1e-07,\n    123,\n    -5,\n    1e+16,\n    2.5e-05,\n    true,\n    false,\n    null\n  ],\n  \"Nested\": {\n    \"A\": [\n      {\n        \"B\": []\n      }\n    ]\n  }\n}\n"
    #expect(value.jqJSON == jq)
  }

  @Test(arguments: [
    // (value, Python repr, jq 1.6) — checked with python3 and jq on this machine.
    (1.0, "1.0", "1"), (0.1, "0.1", "0.1"), (1e-07, "1e-07", "1e-07"), (123.0, "123.0", "123"),
    (1e16, "1e+16", "1e+16"), (1e15, "1000000000000000.0", "1000000000000000"),
    (1234567890123456.0, "1234567890123456.0", "1234567890123456"), (0.0001, "0.0001", "0.0001"),
    (0.00001, "1e-05", "1e-05"), (Double.leastNonzeroMagnitude, "5e-324", "5e-324"),
    (1.7976931348623157e308, "1.7976931348623157e+308", "1.7976931348623157e+308"), (-0.0, "-0.0", "-0"),
    (1.5e300, "1.5e+300", "1.5e+300"), (123456789012345680.0, "1.2345678901234568e+17", "123456789012345680"),
  ])
  func floatsPrintLikePythonAndJq(value: Double, python: String, jq: String) {
    #expect(JSONNumber.double(value).pythonText == python)
    #expect(JSONNumber.double(value).jqText == jq)
  }

  @Test func integersStayExact() throws {
    #expect(JSONValue.int(29606).awscliJSON == "29606\n")
    let big = try JSONValue.parse("12345678901234567890")
    #expect(big == .number(.bigInteger("12345678901234567890")))
    #expect(big.minimalJSON == "12345678901234567890")
    #expect(big.jqJSON == "12345678901234567000\n")
    #expect(try JSONValue.parse("-0").minimalJSON == "0")
  }

  @Test func emptyContainersAtTopLevel() {
    #expect(JSONValue.array([]).awscliJSON == "[]\n")
    #expect(JSONValue.object(JSONObject()).awscliJSON == "{}\n")
    #expect(JSONValue.array([]).jqJSON == "[]\n")
  }

  @Test func asciiEscapingUsesUTF16Units() {
    #expect(JSONValue.string("😀é\u{7f}").compactJSON == #""\ud83d\ude00\u00e9\u007f""#)
    #expect(JSONValue.string("😀é\u{7f}").minimalJSON == "\"😀é\u{7f}\"")
    #expect(JSONValue.quoted("a\"b\u{0}") == #""a\"b\u0000""#)
  }

  @Test func objectsKeepInsertionOrderAndReplaceInPlace() {
    var object: JSONObject = ["b": 1, "a": 2]
    object["c"] = 3
    object["b"] = 9
    #expect(object.keys == ["b", "a", "c"])
    #expect(JSONValue.object(object).minimalJSON == #"{"b":9,"a":2,"c":3}"#)
    object["a"] = nil
    #expect(object.keys == ["b", "c"])
    #expect(object["c"] == 3)
    let reordered: JSONObject = ["c": 3, "b": 9]
    #expect(object != reordered)
    #expect(object.hasSameMembers(as: reordered))
    #expect(JSONValue.int(1).isEquivalent(to: .double(1.0)))
    #expect(JSONValue.int(1) != .double(1.0))
  }
}
