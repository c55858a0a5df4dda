import Cloud
import Foundation
import Testing
import Yams

@testable import Labs

/// The lab loader's own decoder (issue 17) must read every world as Yams's decoder reads it: the
/// same values, and for a broken world the same error at the same coding path.
@Suite struct NodeDecoderTests {
  static let root = GradingFixture.repository + "/labs"

  /// Each course lab's world as the loader merges it (its own section on the course's base world).
  static func courseWorlds() throws -> [(lab: String, node: Node)] {
    let manager = FileManager.default
    let base = try #require(
      try Yams.compose(yaml: String(contentsOfFile: root + "/course.world.yaml", encoding: .utf8)))
    var worlds: [(String, Node)] = [("course.world.yaml", base)]
    for name in try manager.contentsOfDirectory(atPath: root).sorted() {
      let file = root + "/" + name + "/lab.yaml"
      guard manager.fileExists(atPath: file) else { continue }
      let lab = try #require(try Yams.compose(yaml: String(contentsOfFile: file, encoding: .utf8)))
      guard var world = lab.mapping?["world"] else { continue }
      if world.mapping?["base"] != nil {
        world.mapping?["base"] = nil
        world = WorldLoading.merge(base, world)
      }
      worlds.append((name, world))
    }
    return worlds
  }

  @Test func everyCourseWorldDecodesAsYamsDecodesIt() throws {
    let worlds = try Self.courseWorlds()
    #expect(worlds.count >= 8, "the course world and seven labs")
    for (lab, node) in worlds {
      let ours = try NodeDecoder.decode(WorldDescription.self, from: node)
      let yams = try YAMLDecoder().decode(WorldDescription.self, from: node)
      #expect(ours == yams, "\(lab)")
    }
  }

  /// Broken worlds: each error kind the world's types can raise, in mappings, lists and scalars.
  static let broken: [(name: String, yaml: String)] = [
    ("a VPC that is a list", "region: ap-northeast-2\nvpc: [1, 2]\n"),
    ("a CIDR that is a mapping", "region: ap-northeast-2\nvpc: {name: v, cidr: {a: 1}}\n"),
    ("a subnet without its CIDR", "region: ap-northeast-2\nvpc: {name: v, cidr: 10.0.0.0/16, subnets: [{name: s}]}\n"),
    (
      "a flag that is not true or false",
      "region: ap-northeast-2\nvpc: {name: v, cidr: 10.0.0.0/16, dnsSupport: maybe}\n"
    ),
    ("subnets that are one scalar", "region: ap-northeast-2\nvpc: {name: v, cidr: 10.0.0.0/16, subnets: private}\n"),
    ("an object size that is text", "region: ap-northeast-2\nbuckets: [{name: b, objects: [{key: k, size: big}]}]\n"),
    ("an unknown era", "region: ap-northeast-2\nera: \"1999\"\n"),
    ("a list item that is a list", "region: ap-northeast-2\nbuckets: [[1]]\n"),
    ("a world that is a scalar", "just text\n"),
  ]

  @Test(arguments: broken.map(\.name))
  func aBrokenWorldFailsAsYamsFailsIt(_ name: String) throws {
    let yaml = try #require(Self.broken.first { $0.name == name }?.yaml)
    let node = try #require(try Yams.compose(yaml: yaml))
    let ours = Self.failure { try NodeDecoder.decode(WorldDescription.self, from: node) }
    let yams = Self.failure { try YAMLDecoder().decode(WorldDescription.self, from: node) }
    #expect(ours != nil, "\(name) decoded")
    #expect(ours?.path == yams?.path)
    #expect(ours?.message == yams?.message)
  }

  static func failure(_ body: () throws -> WorldDescription) -> (path: String, message: String)? {
    do {
      _ = try body()
      return nil
    } catch let error as DecodingError {
      let (path, message) = WorldLoading.describe(error)
      return (path, message)
    } catch {
      return ("", "\(error)")
    }
  }

  @Test func aWorldWithMergeKeysIsLeftToYams() throws {
    let yaml = "defaults: &d {dnsSupport: false}\nregion: ap-northeast-2\nvpc: {<<: *d, name: v, cidr: 10.0.0.0/16}\n"
    let node = try #require(try Yams.compose(yaml: yaml))
    #expect(NodeDecoder.usesMergeKeys(node))
    let ours = try NodeDecoder.decode(WorldDescription.self, from: node)
    #expect(ours.vpc.dnsSupport == false)
  }
}
