// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "labrun",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "labrun", targets: ["labrun"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    // libgit2 through pkg-config; only `Workspace` imports it.
    .systemLibrary(
      name: "Clibgit2",
      pkgConfig: "libgit2",
      providers: [.apt(["libgit2-dev"])]
    ),
    // libedit for line editing and history at the lab prompt; only `LabRunCLI` imports it.
    .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    // The simulated AWS world: pure, deterministic, no I/O.
    // libm is linked explicitly: these pure modules use rounding without importing Foundation.
    .target(name: "Cloud", linkerSettings: [.linkedLibrary("m")]),
    // The simulated terminal over the world: pure.
    .target(name: "Shell", dependencies: ["Cloud"], linkerSettings: [.linkedLibrary("m")]),
    // Labs as data, checks and attempts.
    .target(name: "Labs", dependencies: ["Cloud", "Shell", .product(name: "Yams", package: "Yams")]),
    // The learner's git repository.
    .target(name: "Workspace", dependencies: ["Clibgit2"]),
    // Grade reports in several formats: pure.
    .target(name: "Reports", dependencies: ["Cloud", "Labs"]),
    // The command line: the only target that prints or touches the terminal.
    .target(
      name: "LabRunCLI",
      dependencies: [
        "Cloud", "Shell", "Labs", "Workspace", "Reports", "CLibedit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "labrun", dependencies: ["LabRunCLI"]),
    // Saves to a workspace until killed; the workspace crash test drives it.
    .executableTarget(name: "workspace-torture", dependencies: ["Workspace"], path: "Sources/WorkspaceTorture"),
    // Times a save against `git add` + `git commit`; run in release mode.
    .executableTarget(name: "workspace-bench", dependencies: ["Workspace"], path: "Benchmarks/Workspace"),
    // Cloud, shell and labs figures for the issues' performance targets (run in release mode).
    .executableTarget(name: "labrun-bench", dependencies: ["Cloud", "Shell", "Labs"], path: "Benchmarks/Labrun"),
    // Generates a class of workspaces, then times `labrun grade` against `git log` over them (release mode).
    .executableTarget(name: "grade-bench", dependencies: ["Labs", "Workspace"], path: "Benchmarks/Grade"),

    // Real awscli + moto captures the EC2 describe tests compare with, under Resources/.
    .testTarget(name: "CloudTests", dependencies: ["Cloud"], resources: [.copy("Resources")]),
    // Captured real-tool output (and other oracles) under Resources/, read through Bundle.module.
    .testTarget(
      name: "ShellTests", dependencies: ["Shell"], exclude: ["DNSFormatNotes.md"], resources: [.copy("Resources")]),
    .testTarget(name: "LabsTests", dependencies: ["Labs"]),
    .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "workspace-torture"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
    .testTarget(name: "LabRunCLITests", dependencies: ["LabRunCLI"]),
    // Runs the built `labrun` binary as a user would.
    .testTarget(name: "EndToEndTests", dependencies: ["labrun", "Labs", "Workspace"]),
  ],
  swiftLanguageModes: [.v6]
)
