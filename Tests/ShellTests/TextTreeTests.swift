import Testing

@testable import Shell

/// The tree `topology` draws: `└── ` for the last child at every depth, `│` carried down only
/// beside a child with a sibling below it, details two spaces past their node's branch.
struct TextTreeTests {
  @Test func theLastChildAtEveryDepthClosesItsBranch() {
    let tree = TextTree(
      label: "root",
      children: [
        TextTree(label: "a", children: [TextTree(label: "a1", details: ["r1", "r2"]), TextTree(label: "a2")]),
        TextTree(label: "b", children: [TextTree(label: "b1", details: ["r3"])]),
        TextTree(label: "c", details: ["d1", "   d2"]),
      ])
    #expect(
      tree.childLines() == [
        "├── a",
        "│   ├── a1",
        "│   │     r1",
        "│   │     r2",
        "│   └── a2",
        "├── b",
        "│   └── b1",
        "│         r3",
        "└── c",
        "      d1",
        "         d2",
      ])
  }

  @Test func aTreeWithoutChildrenDrawsNoBranch() {
    #expect(TextTree(label: "alone", details: ["ignored: the root's lines are the caller's"]).childLines().isEmpty)
  }
}
