// Expected values were computed by Python jmespath 1.1.0 (the library awscli 1.45.11 uses)
// over `JMESPathReferenceCases.document`; the expressions are this project's own.

enum JMESPathReferenceCases {
  static let document = #"""
{"Vpcs": [
  {"VpcId": "vpc-1", "Cidr": "10.0.0.0/16", "IsDefault": true, "Tags": [{"Key": "Name", "Value": "a"}]},
  {"VpcId": "vpc-2", "Cidr": "10.1.0.0/16", "IsDefault": false},
  {"VpcId": "vpc-3", "Cidr": "10.2.0.0/16", "IsDefault": false,
   "Tags": [{"Key": "Name", "Value": "c"}, {"Key": "Env", "Value": "dev"}]}],
 "Count": 3, "Ratio": 0.5, "Nested": [[1, 2], [3, [4, 5]], 6], "Empty": [], "Obj": {"b": 2, "a": 1},
 "Zero": 0, "Str": "", "Name": "한국"}
"""#

  /// An expression and its result as JSON.
  static let values: [(query: String, result: String)] = [
    (#"Vpcs[0].VpcId"#, #""vpc-1""#),
    (#"Vpcs[-1].VpcId"#, #""vpc-3""#),
    (#"Vpcs[5]"#, #"null"#),
    (#"Vpcs[-4]"#, #"null"#),
    (#"Vpcs[0:2].VpcId"#, #"["vpc-1", "vpc-2"]"#),
    (#"Vpcs[1:].VpcId"#, #"["vpc-2", "vpc-3"]"#),
    (#"Vpcs[::-1].VpcId"#, #"["vpc-3", "vpc-2", "vpc-1"]"#),
    (#"Vpcs[:-1:2].VpcId"#, #"["vpc-1"]"#),
    (#"Nested[::2]"#, #"[[1, 2], 6]"#),
    (#"Nested[-2:]"#, #"[[3, [4, 5]], 6]"#),
    (#"Vpcs[*].Tags"#, #"[[{"Key": "Name", "Value": "a"}], [{"Key": "Name", "Value": "c"}, {"Key": "Env", "Value": "dev"}]]"#),
    (#"Vpcs[*].Tags[0].Value"#, #"["a", "c"]"#),
    (#"Vpcs[].Tags[].Value"#, #"["a", "c", "dev"]"#),
    (#"Vpcs[*].Tags[*].Value"#, #"[["a"], ["c", "dev"]]"#),
    (#"Vpcs[*].VpcId[0]"#, #"[]"#),
    (#"Nested[]"#, #"[1, 2, 3, [4, 5], 6]"#),
    (#"Nested[][]"#, #"[1, 2, 3, 4, 5, 6]"#),
    (#"Missing[*].x"#, #"null"#),
    (#"Missing[]"#, #"null"#),
    (#"Missing[0]"#, #"null"#),
    (#"Missing.x.y"#, #"null"#),
    (#"Count.x"#, #"null"#),
    (#"Count[0]"#, #"null"#),
    (#"Count[*]"#, #"null"#),
    (#"Obj.*"#, #"[2, 1]"#),
    (#"Obj.* | [0]"#, #"2"#),
    (#"Count.*"#, #"null"#),
    (#"Vpcs[*].VpcId | [0]"#, #""vpc-1""#),
    (#"Vpcs[*] | [1].VpcId"#, #""vpc-2""#),
    (#"Vpcs[*].VpcId | length(@)"#, #"3"#),
    (#"Vpcs[0] | VpcId"#, #""vpc-1""#),
    (#"Empty[0]"#, #"null"#),
    (#"Empty[*]"#, #"[]"#),
    (#"Empty[]"#, #"[]"#),
    (#"Vpcs[?IsDefault].VpcId"#, #"["vpc-1"]"#),
    (#"Vpcs[?!IsDefault].VpcId"#, #"["vpc-2", "vpc-3"]"#),
    (#"Vpcs[?Missing=='x']"#, #"[]"#),
    (#"Vpcs[?Missing==`null`].VpcId"#, #"["vpc-1", "vpc-2", "vpc-3"]"#),
    (#"Vpcs[?Cidr>'10.0.5'].VpcId"#, #"["vpc-2", "vpc-3"]"#),
    (#"Vpcs[?Count>`1`]"#, #"[]"#),
    (#"Vpcs[?Tags[?Key=='Env']].VpcId"#, #"["vpc-3"]"#),
    (#"Vpcs[?IsDefault==`false` && VpcId!='vpc-2'].VpcId"#, #"["vpc-3"]"#),
    (#"Vpcs[?VpcId=='vpc-1' || VpcId=='vpc-3'].Cidr"#, #"["10.0.0.0/16", "10.2.0.0/16"]"#),
    (#"Vpcs[0].Tags[?Key=='Name'] | [0].Value"#, #""a""#),
    (#"Vpcs[?Tags][].Tags[].Key"#, #"["Name", "Name", "Env"]"#),
    (#"Nested[?@ > `1`]"#, #"[6]"#),
    (#"Count > `2`"#, #"true"#),
    (#"Count >= `3`"#, #"true"#),
    (#"Count < `3`"#, #"false"#),
    (#"Count <= `3.0`"#, #"true"#),
    (#"Count == `3.0`"#, #"true"#),
    (#"Count != `3`"#, #"false"#),
    (#"Zero == `false`"#, #"false"#),
    (#"`1` == `true`"#, #"false"#),
    (#"`[1, {"a": 2}]` == `[1.0, {"a": 2.0}]`"#, #"true"#),
    (#"Obj == `{"a": 1, "b": 2}`"#, #"true"#),
    (#"Ratio < Count"#, #"true"#),
    (#"IsDefault < `1`"#, #"null"#),
    (#"[Count, Missing]"#, #"[3, null]"#),
    (#"[Count, Missing][]"#, #"[3]"#),
    (#"Missing.[a, b]"#, #"null"#),
    (#"Missing.{a: a}"#, #"null"#),
    (#"{Id: Vpcs[0].VpcId, N: Count, Nothing: Missing}"#, #"{"Id": "vpc-1", "N": 3, "Nothing": null}"#),
    (#"Vpcs[*].[VpcId, IsDefault]"#, #"[["vpc-1", true], ["vpc-2", false], ["vpc-3", false]]"#),
    (#"Vpcs[*].{Id: VpcId, "Name Tag": Tags[0].Value}"#, #"[{"Id": "vpc-1", "Name Tag": "a"}, {"Id": "vpc-2", "Name Tag": null}, {"Id": "vpc-3", "Name Tag": "c"}]"#),
    (#"Vpcs[].[VpcId, Tags[].Value][]"#, #"["vpc-1", ["a"], "vpc-2", "vpc-3", ["c", "dev"]]"#),
    (#"Str || 'default'"#, #""default""#),
    (#"Zero || 'x'"#, #"0"#),
    (#"Empty && 'x'"#, #"[]"#),
    (#"Count && 'x'"#, #""x""#),
    (#"Missing || Empty || Obj"#, #"{"b": 2, "a": 1}"#),
    (#"!Zero"#, #"false"#),
    (#"!Str"#, #"true"#),
    (#"!Empty"#, #"true"#),
    (#"!Count"#, #"false"#),
    (#"!`false`"#, #"true"#),
    (#"length(Vpcs)"#, #"3"#),
    (#"length('abc')"#, #"3"#),
    (#"length(Name)"#, #"2"#),
    (#"length(Obj)"#, #"2"#),
    (#"contains(Vpcs[].VpcId, 'vpc-2')"#, #"true"#),
    (#"contains(Nested, `6`)"#, #"true"#),
    (#"contains('foobar', 'oba')"#, #"true"#),
    (#"starts_with(Vpcs[0].Cidr, '10.')"#, #"true"#),
    (#"ends_with(Vpcs[0].Cidr, '/16')"#, #"true"#),
    (#"sort_by(Vpcs, &Cidr)[-1].VpcId"#, #""vpc-3""#),
    (#"sort_by(Vpcs, &IsDefault == `true` && 'b' || 'a')[*].VpcId"#, #"["vpc-2", "vpc-3", "vpc-1"]"#),
    (#"reverse(sort(Vpcs[].VpcId))"#, #"["vpc-3", "vpc-2", "vpc-1"]"#),
    (#"reverse('abc')"#, #""cba""#),
    (#"sort(`[3, 1.5, 2]`)"#, #"[1.5, 2, 3]"#),
    (#"join('-', Vpcs[].VpcId)"#, #""vpc-1-vpc-2-vpc-3""#),
    (#"join(', ', Empty)"#, #""""#),
    (#"keys(Obj)"#, #"["b", "a"]"#),
    (#"values(Obj)"#, #"[2, 1]"#),
    (#"max_by(Vpcs, &Cidr).VpcId"#, #""vpc-3""#),
    (#"min_by(Vpcs, &Cidr).VpcId"#, #""vpc-1""#),
    (#"sum(Nested[0])"#, #"3"#),
    (#"sum(Empty)"#, #"0"#),
    (#"sum(`[1, 2.5]`)"#, #"3.5"#),
    (#"avg(Nested[0])"#, #"1.5"#),
    (#"avg(Empty)"#, #"null"#),
    (#"max(Nested[0])"#, #"2"#),
    (#"min(Vpcs[].VpcId)"#, #""vpc-1""#),
    (#"max(Empty)"#, #"null"#),
    (#"abs(`-2`)"#, #"2"#),
    (#"abs(`-2.5`)"#, #"2.5"#),
    (#"ceil(`1.2`)"#, #"2"#),
    (#"floor(`1.8`)"#, #"1"#),
    (#"floor(Count)"#, #"3"#),
    (#"to_string(Obj)"#, #""{\"b\":2,\"a\":1}""#),
    (#"to_string(Name)"#, #""한국""#),
    (#"to_string(`[1, "\u00e9"]`)"#, #""[1,\"\\u00e9\"]""#),
    (#"to_number('12')"#, #"12"#),
    (#"to_number('1.5')"#, #"1.5"#),
    (#"to_number(' 7 ')"#, #"7"#),
    (#"to_number('x')"#, #"null"#),
    (#"to_number(`true`)"#, #"null"#),
    (#"type(Count)"#, #""number""#),
    (#"type(Ratio)"#, #""number""#),
    (#"type(Vpcs)"#, #""array""#),
    (#"type(Missing)"#, #""null""#),
    (#"type(Str)"#, #""string""#),
    (#"type(Obj)"#, #""object""#),
    (#"type(IsDefault)"#, #""null""#),
    (#"not_null(Missing, Str, Count)"#, #""""#),
    (#"merge(Obj, `{"c": 3, "a": 9}`)"#, #"{"b": 2, "a": 9, "c": 3}"#),
    (#"to_array(Count)"#, #"[3]"#),
    (#"to_array(Vpcs[].VpcId)"#, #"["vpc-1", "vpc-2", "vpc-3"]"#),
    (#"map(&VpcId, Vpcs)"#, #"["vpc-1", "vpc-2", "vpc-3"]"#),
    (#"map(&Tags[0].Value, Vpcs)"#, #"["a", null, "c"]"#),
    (#""Vpcs"[0]."VpcId""#, #""vpc-1""#),
    (#"'it\'s'"#, #""it's""#),
    (#"'back\\slash'"#, #""back\\\\slash""#),
    (#"`foo`"#, #""foo""#),
    (#"`"lit"`"#, #""lit""#),
    (#"`{"z": 1, "a": [true, null]}`"#, #"{"z": 1, "a": [true, null]}"#),
    (#"@"#, #"{"Vpcs": [{"VpcId": "vpc-1", "Cidr": "10.0.0.0/16", "IsDefault": true, "Tags": [{"Key": "Name", "Value": "a"}]}, {"VpcId": "vpc-2", "Cidr": "10.1.0.0/16", "IsDefault": false}, {"VpcId": "vpc-3", "Cidr": "10.2.0.0/16", "IsDefault": false, "Tags": [{"Key": "Name", "Value": "c"}, {"Key": "Env", "Value": "dev"}]}], "Count": 3, "Ratio": 0.5, "Nested": [[1, 2], [3, [4, 5]], 6], "Empty": [], "Obj": {"b": 2, "a": 1}, "Zero": 0, "Str": "", "Name": "한국"}"#),
    (#"@.Count"#, #"3"#),
    (#"Vpcs[0].Tags[0].*"#, #"["Name", "a"]"#),
    (#"Vpcs[].Tags[0]"#, #"[{"Key": "Name", "Value": "a"}, {"Key": "Name", "Value": "c"}]"#),
    (#"Vpcs[0].[VpcId, Cidr] | [1]"#, #""10.0.0.0/16""#),
    (#"(Vpcs[0])"#, #"{"VpcId": "vpc-1", "Cidr": "10.0.0.0/16", "IsDefault": true, "Tags": [{"Key": "Name", "Value": "a"}]}"#),
    (#"Vpcs[0].VpcId == 'vpc-1' && Count"#, #"3"#),
    (#"Vpcs[1:2] | [0].VpcId"#, #""vpc-2""#),
    (#"'Str'"#, #""Str""#),
    (#"`3`"#, #"3"#),
    (#"`-1`"#, #"-1"#),
    (#"Obj.a"#, #"1"#),
    (#"Nested[1][1][0]"#, #"4"#),
    (#"Nested[1][1][-1]"#, #"5"#),
    (#"length(Vpcs[?Tags])"#, #"2"#),
    (#"Vpcs[].Tags[?Key=='Name'].Value | []"#, #"["a", "c"]"#),
    (#"Vpcs[?State==`{bad`]"#, #"[]"#),
    (#"{"a": b}"#, #"{"a": null}"#),
    (#"*.a"#, #"[1]"#),
    (#"a[*][*]"#, #"null"#),
  ]

  /// An expression, when it fails, and jmespath's message (`str(e)`).
  static let failures: [(query: String, stage: String, message: String)] = [
    (#"length(Vpcs, Vpcs)"#, "evaluate", #"""
Expected 1 argument for function length(), received 2
"""#),
    (#"length(Count)"#, "evaluate", #"""
In function length(), invalid type for value: 3, expected one of: ['string', 'array', 'object'], received: "number"
"""#),
    (#"length(Missing)"#, "evaluate", #"""
In function length(), invalid type for value: None, expected one of: ['string', 'array', 'object'], received: "null"
"""#),
    (#"nope(Count)"#, "evaluate", #"""
Unknown function: nope()
"""#),
    (#"sum(Vpcs)"#, "evaluate", #"""
In function sum(), invalid type for value: {'VpcId': 'vpc-1', 'Cidr': '10.0.0.0/16', 'IsDefault': True, 'Tags': [{'Key': 'Name', 'Value': 'a'}]}, expected one of: ['array-number'], received: "dict"
"""#),
    (#"sum(`[1, "a"]`)"#, "evaluate", #"""
In function sum(), invalid type for value: a, expected one of: ['array-number'], received: "str"
"""#),
    (#"max(`[1, "a"]`)"#, "evaluate", #"""
In function max(), invalid type for value: a, expected one of: ['array-number', 'array-string'], received: "str"
"""#),
    (#"max(`[true]`)"#, "evaluate", #"""
In function max(), invalid type for value: True, expected one of: ['array-number', 'array-string'], received: "bool"
"""#),
    (#"join(', ', Nested)"#, "evaluate", #"""
In function join(), invalid type for value: [1, 2], expected one of: ['array-string'], received: "list"
"""#),
    (#"sort_by(Vpcs, &Tags)"#, "evaluate", #"""
In function sort_by(), invalid type for value: {'VpcId': 'vpc-1', 'Cidr': '10.0.0.0/16', 'IsDefault': True, 'Tags': [{'Key': 'Name', 'Value': 'a'}]}, expected one of: ['string', 'number'], received: "array"
"""#),
    (#"sort_by(Vpcs, &Count)"#, "evaluate", #"""
In function sort_by(), invalid type for value: {'VpcId': 'vpc-1', 'Cidr': '10.0.0.0/16', 'IsDefault': True, 'Tags': [{'Key': 'Name', 'Value': 'a'}]}, expected one of: ['string', 'number'], received: "null"
"""#),
    (#"sort_by(`[{"a": 1}, {"a": "x"}]`, &a)"#, "evaluate", #"""
In function sort_by(), invalid type for value: x, expected one of: ['number'], received: "string"
"""#),
    (#"max_by(Vpcs, &IsDefault)"#, "evaluate", #"""
In function max_by(), invalid type for value: True, expected one of: ['number', 'string'], received: "boolean"
"""#),
    (#"starts_with(Count, 'a')"#, "evaluate", #"""
In function starts_with(), invalid type for value: 3, expected one of: ['string'], received: "number"
"""#),
    (#"contains(Count, 'a')"#, "evaluate", #"""
In function contains(), invalid type for value: 3, expected one of: ['array', 'string'], received: "number"
"""#),
    (#"contains('abc', `1`)"#, "evaluate", #"""
'in <string>' requires string as left operand, not int
"""#),
    (#"not_null()"#, "evaluate", #"""
Expected at least 1 argument for function not_null(), received 0
"""#),
    (#"merge()"#, "evaluate", #"""
Expected at least 1 argument for function merge(), received 0
"""#),
    (#"Vpcs[?VpcId > `1`]"#, "evaluate", #"""
'>' not supported between instances of 'str' and 'int'
"""#),
    (#"Nested[::0]"#, "evaluate", #"""
slice step cannot be zero
"""#),
    (#"map(VpcId, Vpcs)"#, "evaluate", #"""
In function map(), invalid type for value: None, expected one of: ['expref'], received: "null"
"""#),
    (#"Vpcs["#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"Vpcs["
      ^
"""#),
    (#"Vpcs."#, "compile", #"""
Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 5, token "" (EOF), for expression:
"Vpcs."
      ^
"""#),
    (#"Vpcs..VpcId"#, "compile", #"""
Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: dot: Parse error at column 5, token "." (DOT), for expression:
"Vpcs..VpcId"
      ^
"""#),
    (#"Vpcs[0"#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"Vpcs[0"
       ^
"""#),
    (#"Vpcs[0]]"#, "compile", #"""
Unexpected token: ]: Parse error at column 7, token "]" (RBRACKET), for expression:
"Vpcs[0]]"
        ^
"""#),
    (#"Vpcs[a]"#, "compile", #"""
Expecting: star, got: unquoted_identifier: Parse error at column 5, token "a" (UNQUOTED_IDENTIFIER), for expression:
"Vpcs[a]"
      ^
"""#),
    (#"Vpcs#"#, "compile", #"""
Bad jmespath expression: Unknown token #:
Vpcs#
    ^
"""#),
    (#"Vpcs[?State='x']"#, "compile", #"""
Bad jmespath expression: Unknown token '=':
Vpcs[?State='x']
           ^
"""#),
    (#"Vpcs[?State=='x]"#, "compile", #"""
Bad jmespath expression: Unclosed ' delimiter:
Vpcs[?State=='x]
             ^
"""#),
    (#""Vpcs"#, "compile", #"""
Bad jmespath expression: Unclosed " delimiter:
"Vpcs
^
"""#),
    (#"Vpcs.0"#, "compile", #"""
Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: number: Parse error at column 5, token "0" (NUMBER), for expression:
"Vpcs.0"
      ^
"""#),
    (#"Vpcs[-]"#, "compile", #"""
Bad jmespath expression: Unknown token '-':
Vpcs[-]
     ^
"""#),
    (#"Vpcs[1:2:3:4]"#, "compile", #"""
syntax error: Parse error at column 10, token ":" (COLON), for expression:
"Vpcs[1:2:3:4]"
           ^
"""#),
    (#"Vpcs[::1:]"#, "compile", #"""
syntax error: Parse error at column 8, token ":" (COLON), for expression:
"Vpcs[::1:]"
         ^
"""#),
    (#"{a b}"#, "compile", #"""
Expecting: colon, got: unquoted_identifier: Parse error at column 3, token "b" (UNQUOTED_IDENTIFIER), for expression:
"{a b}"
    ^
"""#),
    (#"{a: b"#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"{a: b"
      ^
"""#),
    (#"[a, b"#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"[a, b"
      ^
"""#),
    (#"a ||"#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"a ||"
     ^
"""#),
    (#"a =="#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"a =="
     ^
"""#),
    (#"a == b c"#, "compile", #"""
Unexpected token: c: Parse error at column 7, token "c" (UNQUOTED_IDENTIFIER), for expression:
"a == b c"
        ^
"""#),
    (#"!"#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"!"
  ^
"""#),
    (#"foo.*bar"#, "compile", #"""
Unexpected token: bar: Parse error at column 5, token "bar" (UNQUOTED_IDENTIFIER), for expression:
"foo.*bar"
      ^
"""#),
    (#"foo[*]bar"#, "compile", #"""
Unexpected token: bar: Parse error at column 6, token "bar" (UNQUOTED_IDENTIFIER), for expression:
"foo[*]bar"
       ^
"""#),
    (#"Vpcs[0].(VpcId)"#, "compile", #"""
Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: lparen: Parse error at column 8, token "(" (LPAREN), for expression:
"Vpcs[0].(VpcId)"
         ^
"""#),
    (#""f"(x)"#, "compile", #"""
Quoted identifier not allowed for function names.: Parse error at column 0, token "(" (LPAREN), for expression:
""f"(x)"
 ^
"""#),
    (#"@(x)"#, "compile", #"""
Invalid function name '@': Parse error at column 0, token "@" (CURRENT), for expression:
"@(x)"
 ^
"""#),
    (#"foo[0](x)"#, "compile", #"""
Invalid function name ']': Parse error at column 5, token "]" (RBRACKET), for expression:
"foo[0](x)"
      ^
"""#),
    (#"f(a b)"#, "evaluate", #"""
Unknown function: f()
"""#),
    (#"a.&b"#, "compile", #"""
Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: expref: Parse error at column 2, token "&" (EXPREF), for expression:
"a.&b"
   ^
"""#),
    (#"  "#, "compile", #"""
Invalid jmespath expression: Incomplete expression:
"  "
   ^
"""#),
    ("a\tb", "compile", "Unexpected token: b: Parse error at column 2, token \"b\" (UNQUOTED_IDENTIFIER), for expression:\n\"a\tb\"\n   ^"),
    (#"Ünicode"#, "compile", #"""
Bad jmespath expression: Unknown token Ü:
Ünicode
^
"""#),
    (#"a.Ünicode"#, "compile", #"""
Bad jmespath expression: Unknown token Ü:
a.Ünicode
  ^
"""#),
    (#"x || `not json"#, "compile", #"""
Bad jmespath expression: Unclosed ` delimiter:
x || `not json
     ^
"""#),
  ]
}
