/// The parameters of one EC2 call (botocore's structure), read with the checks the service applies.
struct EC2Parameters {
  let object: JSONObject

  /// Wraps a parameter object; `null` means no parameters at all.
  init(_ value: JSONValue) throws(APIError) {
    switch value {
    case .null: object = JSONObject()
    case .object(let members): object = members
    default: throw EC2APIErrors.invalidParameterType("the request")
    }
  }

  init(object: JSONObject) {
    self.object = object
  }

  /// True when the caller passed the parameter at all.
  func has(_ name: String) -> Bool { object[name] != nil }

  /// A string parameter, or nil when absent.
  func string(_ name: String) throws(APIError) -> String? {
    guard let value = object[name], !value.isNull else { return nil }
    guard let text = value.stringValue else { throw EC2APIErrors.invalidParameterType(name) }
    return text
  }

  /// A string parameter the operation cannot do without.
  func requiredString(_ name: String) throws(APIError) -> String {
    guard let text = try string(name), !text.isEmpty else { throw EC2APIErrors.missingParameter(name) }
    return text
  }

  /// A list of strings, empty when absent.
  func strings(_ name: String) throws(APIError) -> [String] {
    guard let value = object[name], !value.isNull else { return [] }
    guard let items = value.arrayValue else { throw EC2APIErrors.invalidParameterType(name) }
    var result: [String] = []
    for item in items {
      guard let text = item.stringValue else { throw EC2APIErrors.invalidParameterType(name) }
      result.append(text)
    }
    return result
  }

  /// A Boolean parameter, or nil when absent.
  func bool(_ name: String) throws(APIError) -> Bool? {
    guard let value = object[name], !value.isNull else { return nil }
    guard let flag = value.boolValue else { throw EC2APIErrors.invalidParameterType(name) }
    return flag
  }

  /// An integer parameter, or nil when absent.
  func int(_ name: String) throws(APIError) -> Int? {
    guard let value = object[name], !value.isNull else { return nil }
    guard let number = value.numberValue?.intValue else { throw EC2APIErrors.invalidParameterType(name) }
    return number
  }

  /// A nested structure, or nil when absent.
  func structure(_ name: String) throws(APIError) -> EC2Parameters? {
    guard let value = object[name], !value.isNull else { return nil }
    guard let members = value.objectValue else { throw EC2APIErrors.invalidParameterType(name) }
    return EC2Parameters(object: members)
  }

  /// A list of nested structures, empty when absent.
  func structures(_ name: String) throws(APIError) -> [EC2Parameters] {
    guard let value = object[name], !value.isNull else { return [] }
    guard let items = value.arrayValue else { throw EC2APIErrors.invalidParameterType(name) }
    var result: [EC2Parameters] = []
    for item in items {
      guard let members = item.objectValue else { throw EC2APIErrors.invalidParameterType(name) }
      result.append(EC2Parameters(object: members))
    }
    return result
  }
}
