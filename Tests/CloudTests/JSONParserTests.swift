import Testing

@testable import Cloud

@Suite struct JSONParserTests {
  @Test func parsesEveryKindOfValue() throws {
    let value = try JSONValue.parse(
      #" {"s": "a\u00e9\ud83d\ude00\/\n", "i": -12, "f": 2.5E+3, "t": true, "n": null, "a": [1, []]} "#)
    #expect(value["s"] == "aé😀/\n")
    #expect(value["i"] == .int(-12))
    #expect(value["f"] == .double(2500))
    #expect(value["t"] == true)
    #expect(value["n"] == JSONValue.null)
    #expect(value["a"]?[1] == [])
    #expect(value["a"]?[2] == nil)
    #expect(value["missing"] == nil)
    #expect(value.objectValue?.keys == ["s", "i", "f", "t", "n", "a"])
  }

  @Test func repeatedKeyKeepsFirstPositionAndLastValue() throws {
    // Python: json.loads('{"a":1,"b":2,"a":3}') == {'a': 3, 'b': 2}, printed a first.
    let value = try JSONValue.parse(#"{"a":1,"b":2,"a":3}"#)
    #expect(value.minimalJSON == #"{"a":3,"b":2}"#)
  }

  @Test(arguments: [
    ("", 1, 1, "expected a JSON value, found end of input"),
    ("{\"a\": 1,}", 1, 9, "trailing comma before '}' is not allowed"),
    ("[1 2]", 1, 4, "expected ',' or ']' after an array element, found '2'"),
    (
      "{\n  \"Effect\": \"Allow\"\n  \"Action\": \"*\"\n}", 3, 3,
      "expected ',' or '}' after an object member, found '\"'"
    ),
    ("{'a': 1}", 1, 2, "expected a string key in double quotes, found '''"),
    ("{\"a\" 1}", 1, 6, "expected ':' after the object key, found '1'"),
    ("[True]", 1, 2, "expected a JSON value, found 'True'"),
    ("[01]", 1, 3, "a number cannot have a leading zero"),
    ("[1.]", 1, 4, "expected a digit after the decimal point, found ']'"),
    ("[-]", 1, 3, "expected a digit after '-', found ']'"),
    ("\"abc", 1, 5, "unterminated string: expected '\"' before end of input"),
    ("\"a\tb\"", 1, 3, "control character U+0009 must be escaped inside a string"),
    ("\"\\x\"", 1, 3, "invalid escape '\\x' in string"),
    ("\"\\ud83d\"", 1, 8, "unpaired high surrogate \\ud83d must be followed by a low surrogate escape"),
    ("\"\\u12G4\"", 1, 6, "expected 4 hexadecimal digits after \\u, found 'G'"),
    ("{} x", 1, 4, "expected end of input after the JSON value, found 'x'"),
    ("[\"한글\", x]", 1, 8, "expected a JSON value, found 'x'"),
    ("NaN", 1, 1, "expected a JSON value, found 'NaN'"),
  ])
  func reportsWhereAndWhat(text: String, line: Int, column: Int, message: String) {
    #expect(throws: JSONParseError(line: line, column: column, message: message)) {
      try JSONValue.parse(text)
    }
  }

  @Test func errorDescriptionNamesThePosition() {
    let error = JSONParseError(line: 3, column: 3, message: "expected ',' or '}' after an object member, found '\"'")
    #expect(error.description == "line 3, column 3: expected ',' or '}' after an object member, found '\"'")
  }

  @Test func refusesRunawayNesting() {
    let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
    let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect((try? JSONValue.parse(fine)) != nil)
  }

  @Test(arguments: [
    #"{"a":[1,2.5,{"b":null}],"c":"\u0001x"}"#,
    #"[]"#,
    #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#,
  ])
  func minimalRenderingRoundTrips(text: String) throws {
    let value = try JSONValue.parse(text)
    #expect(value.minimalJSON == text)
    #expect(try JSONValue.parse(value.awscliJSON) == value)
    #expect(try JSONValue.parse(value.jqJSON).isEquivalent(to: value))
  }
}
