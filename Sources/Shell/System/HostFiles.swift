import Cloud

/// Why a file operation failed, worded as Linux's `strerror` words it.
enum FileError: Error, Equatable {
  case notFound
  case isDirectory
  case notDirectory
  case permissionDenied
  case readOnly
  case tooLarge
  case noSpace
  case exists
  case notEmpty

  var text: String {
    switch self {
    case .notFound: "No such file or directory"
    case .isDirectory: "Is a directory"
    case .notDirectory: "Not a directory"
    case .permissionDenied: "Permission denied"
    case .readOnly: "Read-only file system"
    case .tooLarge: "File too large"
    case .noSpace: "No space left on device"
    case .exists: "File exists"
    case .notEmpty: "Directory not empty"
    }
  }
}

/// The file system of a simulated host: what it holds when the lab starts, how a typed path is
/// resolved, and who may read and write what. Nothing here touches a real file.
///
/// Each host boots with the folders and files of its system (`/etc/resolv.conf` made from the
/// world, the login user's home with Amazon Linux 2's skeleton files, `/tmp`, `/dev/null`).
/// What the learner writes is kept in the world (`World.hostFiles`), so replay rebuilds it.
/// System folders are read-only, even for root: the simulation derives them from the world,
/// and an edited `/etc/hosts` would not change how names resolve.
enum HostFiles {
  /// The user files are read and written as: root under `sudo`, else the login user.
  static func user(_ state: ShellState) -> String {
    state.asRoot ? "root" : SessionEnvironment.user(state)
  }

  /// The working directory as an absolute path.
  static func workingDirectory(_ state: ShellState) -> String {
    state.directory ?? SessionEnvironment.home(state)
  }

  /// The host's files as they are now.
  static func tree(_ state: ShellState) -> FileTree {
    if let written = state.world.writtenFiles(of: state.hostName) { return written }
    return initialTree(state)
  }

  /// `typed` with a leading `~` or `~/` made `$HOME`, as bash's completion reads a word the shell
  /// has not expanded yet.
  static func expandingTilde(_ typed: String, state: ShellState) -> String {
    // Told by the first two bytes (`~` and `/` are one byte each in UTF-8), and the home made only
    // for a path that needs it.
    var bytes = typed.utf8.makeIterator()
    guard bytes.next() == UInt8(ascii: "~") else { return typed }
    switch bytes.next() {
    case nil: return SessionEnvironment.homeVariable(state)
    case UInt8(ascii: "/")?: return SessionEnvironment.homeVariable(state) + typed.dropFirst()
    default: return typed
    }
  }

  /// `typed` as an absolute, normalised path: relative paths start at the working directory;
  /// `.` and `..` are resolved by name (the simulated hosts have no symbolic links).
  static func resolve(_ typed: String, state: ShellState) -> String {
    if isNormalAbsolute(typed) { return typed }
    let start = typed.hasPrefix("/") ? "" : workingDirectory(state)
    var components: [Substring] = []
    for component in (start + "/" + typed).split(separator: "/") {
      switch component {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() }
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  /// Whether `path` is absolute with no empty, `.` or `..` component and no trailing slash, so
  /// that resolving it gives it back (awscli's `~/.aws/config` comes here on every call).
  static func isNormalAbsolute(_ path: String) -> Bool {
    // At the bytes a native string lends: walking the UTF-8 view cost a hundred times as much.
    if let normal = path.utf8.withContiguousStorageIfAvailable(isNormalAbsolute) { return normal }
    return Array(path.utf8).withUnsafeBufferPointer { isNormalAbsolute($0) }
  }

  private static func isNormalAbsolute(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    guard bytes.first == slash else { return false }
    if bytes.count == 1 { return true }
    // The length of the component being read, and whether it is dots only so far.
    var length = 0
    var dots = true
    for index in 1..<bytes.count {
      let byte = bytes[index]
      if byte == slash {
        if length == 0 || (dots && length <= 2) { return false }
        length = 0
        dots = true
      } else {
        length += 1
        dots = dots && byte == dot
      }
    }
    return length > 0 && !(dots && length <= 2)
  }

  // MARK: - Access

  /// Whether `user` may search (enter) every folder above `path`.
  static func canReach(_ path: String, in tree: FileTree, user: String) -> Result<Void, FileError> {
    canReach(path, user: user, entry: { tree.entry($0) })
  }

  /// Whether `user` may search every folder above `path`, with the entries `entry` gives.
  static func canReach(_ path: String, user: String, entry: (String) -> FileEntry?) -> Result<Void, FileError> {
    eachFolder(above: path) { ancestor in
      guard let entry = entry(String(ancestor)) else { return .notFound }
      guard entry.isDirectory else { return .notDirectory }
      return allows(entry, user: user, bit: 0o1) ? nil : .permissionDenied
    }
  }

  /// The first error `check` finds in the folders above `path`, from the root down: the path up to
  /// each of its slashes after the first, as a slice of `path` (making each a string of its own
  /// cost an allocation for every folder below the home).
  private static func eachFolder(above path: String, check: (Substring) -> FileError?) -> Result<Void, FileError> {
    if let error = check("/") { return .failure(error) }
    // Slashes found at the bytes a native string lends (searching its UTF-8 view cost more than
    // the checks): a slash is one byte that no other scalar's UTF-8 holds, so each prefix ends on
    // a scalar boundary and holds the bytes that slicing at the slash gave before.
    let utf8 = path.utf8
    let lent: Result<Void, FileError>? = utf8.withContiguousStorageIfAvailable { bytes in
      var index = 1
      while index < bytes.count {
        if bytes[index] == UInt8(ascii: "/"),
          let error = check(path[..<utf8.index(utf8.startIndex, offsetBy: index)])
        {
          return .failure(error)
        }
        index += 1
      }
      return .success(())
    }
    if let lent { return lent }
    guard !utf8.isEmpty else { return .success(()) }
    var rest = utf8.index(after: utf8.startIndex)
    while let slash = utf8[rest...].firstIndex(of: UInt8(ascii: "/")) {
      if let error = check(path[..<slash]) { return .failure(error) }
      rest = utf8.index(after: slash)
    }
    return .success(())
  }

  /// Whether `user` may search every folder above `path` in the host's image, where a folder's
  /// mode and owner are known without making its entry (awscli and the DNS tools come here for a
  /// file or two on every call).
  private static func canReachImage(_ path: String, host: Host, user: String) -> Result<Void, FileError> {
    // The world is not needed to tell a file from a folder, and a closure holding it would copy it.
    eachFolder(above: path) { ancestor in
      if let folder = imageFolder(ancestor, host: host) {
        return allows(mode: folder.mode, owner: folder.owner, user: user, bit: 0o1) ? nil : .permissionDenied
      }
      return imageHoldsFile(String(ancestor), host: host) ? .notDirectory : .notFound
    }
  }

  /// Whether `user` has permission `bit` (4 read, 2 write, 1 search) on `entry`.
  static func allows(_ entry: FileEntry, user: String, bit: UInt16) -> Bool {
    allows(mode: entry.mode, owner: entry.owner, user: user, bit: bit)
  }

  /// Whether `user` has permission `bit` on a file of this mode and owner.
  static func allows(mode: UInt16, owner: String, user: String, bit: UInt16) -> Bool {
    if user == "root" { return true }
    let shift: UInt16 = owner == user ? 6 : 0
    return (mode >> shift) & bit != 0
  }

  /// The entry at `path` when the user may reach it.
  static func lookup(_ path: String, state: ShellState) -> Result<FileEntry, FileError> {
    if let written = state.world.writtenFiles(of: state.hostName) {
      if path != "/", case .failure(let error) = canReach(path, user: user(state), entry: { written.entry($0) }) {
        return .failure(error)
      }
      guard let found = written.entry(path) else { return .failure(.notFound) }
      return .success(found)
    }
    // Until something is written, a host's files are its image's: the entries asked for are
    // made alone, not the whole tree.
    guard let host = state.host else { return .failure(.notFound) }
    let user = state.asRoot ? "root" : host.user
    if path != "/", case .failure(let error) = canReachImage(path, host: host, user: user) {
      return .failure(error)
    }
    guard let found = imageEntry(path, host: host, world: state.world) else { return .failure(.notFound) }
    return .success(found)
  }

  /// The text of the file at `path` (resolved already), as `cat` would read it; bytes that are not
  /// UTF-8 show as U+FFFD, as a terminal would show them.
  static func read(_ path: String, state: ShellState) -> Result<String, FileError> {
    readBytes(path, state: state).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The bytes of the file at `path` (resolved already).
  static func readBytes(_ path: String, state: ShellState) -> Result<[UInt8], FileError> {
    switch lookup(path, state: state) {
    case .failure(let error): return .failure(error)
    case .success(let entry):
      switch entry.kind {
      case .directory: return .failure(.isDirectory)
      case .device: return .success([])
      case .file(let bytes):
        if !allows(entry, user: user(state), bit: 0o4) { return .failure(.permissionDenied) }
        return .success(bytes)
      }
    }
  }

  /// Writes `text` to the file at `path`, creating it, replacing it, or appending to it.
  static func write(_ text: String, to path: String, append: Bool, state: inout ShellState) -> Result<Void, FileError> {
    write(bytes: Array(text.utf8), to: path, append: append, state: &state)
  }

  /// Writes `bytes` to the file at `path`, creating it, replacing it, or appending to it.
  static func write(bytes: [UInt8], to path: String, append: Bool, state: inout ShellState) -> Result<Void, FileError> {
    var tree = tree(state)
    let user = user(state)
    if case .failure(let error) = canReach(path, in: tree, user: user) { return .failure(error) }
    let existing = tree.entry(path)
    var content: [UInt8] = []
    switch existing?.kind {
    case .directory?: return .failure(.isDirectory)
    case .device?: return .success(())
    case .file(let old)?:
      if isSystem(path) { return .failure(.readOnly) }
      if !allows(existing!, user: user, bit: 0o2) { return .failure(.permissionDenied) }
      if append { content = old }
    case nil:
      if let error = creationError(path, tree: tree, user: user) { return .failure(error) }
    }
    content += bytes
    let oldSize = existing?.byteCount ?? 0
    if content.count > ShellLimits.maximumFileBytes { return .failure(.tooLarge) }
    if tree.totalBytes - oldSize + content.count > ShellLimits.maximumHostBytes { return .failure(.noSpace) }
    let owner = existing?.owner ?? user
    let mode = existing?.mode ?? 0o644
    tree.set(FileEntry(path: path, kind: .file(content), owner: owner, mode: mode, modified: state.world.now))
    state.world.setFiles(tree, of: state.hostName)
    return .success(())
  }

  /// Why a new entry cannot be made at `path`, or nil when it can.
  static func creationError(_ path: String, tree: FileTree, user: String) -> FileError? {
    let parent = FileTree.parent(of: path)
    guard let folder = tree.entry(parent) else { return .notFound }
    guard folder.isDirectory else { return .notDirectory }
    if isSystem(path) { return user == "root" ? .readOnly : .permissionDenied }
    if !allows(folder, user: user, bit: 0o2) { return .permissionDenied }
    if tree.entries.count >= ShellLimits.maximumHostEntries { return .noSpace }
    return nil
  }

  /// Makes the folder `path`.
  static func makeDirectory(_ path: String, state: inout ShellState) -> Result<Void, FileError> {
    var tree = tree(state)
    let user = user(state)
    if case .failure(let error) = canReach(path, in: tree, user: user) { return .failure(error) }
    if tree.entry(path) != nil { return .failure(.exists) }
    if let error = creationError(path, tree: tree, user: user) { return .failure(error) }
    tree.set(FileEntry(path: path, kind: .directory, owner: user, mode: 0o775, modified: state.world.now))
    state.world.setFiles(tree, of: state.hostName)
    return .success(())
  }

  /// Removes `path` and everything under it; the caller has checked what `rm` must check.
  static func remove(_ path: String, state: inout ShellState) -> Result<Void, FileError> {
    var tree = tree(state)
    let user = user(state)
    if case .failure(let error) = canReach(path, in: tree, user: user) { return .failure(error) }
    guard tree.entry(path) != nil else { return .failure(.notFound) }
    if isSystem(path) || path == "/" { return .failure(user == "root" ? .readOnly : .permissionDenied) }
    guard let folder = tree.entry(FileTree.parent(of: path)), allows(folder, user: user, bit: 0o2) else {
      return .failure(.permissionDenied)
    }
    // In a sticky folder (`/tmp`) only the owner may remove an entry.
    if folder.mode & 0o1000 != 0, user != "root", tree.entry(path)?.owner != user { return .failure(.permissionDenied) }
    tree.remove(path)
    state.world.setFiles(tree, of: state.hostName)
    return .success(())
  }

  /// Sets the modification time of `path` to now, creating an empty file when it is missing.
  static func touch(_ path: String, state: inout ShellState) -> Result<Void, FileError> {
    var tree = tree(state)
    if case .failure(let error) = canReach(path, in: tree, user: user(state)) { return .failure(error) }
    if var entry = tree.entry(path) {
      if isSystem(path) { return .failure(user(state) == "root" ? .readOnly : .permissionDenied) }
      if !allows(entry, user: user(state), bit: 0o2) { return .failure(.permissionDenied) }
      entry.modified = state.world.now
      tree.set(entry)
      state.world.setFiles(tree, of: state.hostName)
      return .success(())
    }
    return write("", to: path, append: true, state: &state)
  }

  /// Whether `path` lies in a folder the simulation keeps read-only.
  static func isSystem(_ path: String) -> Bool {
    let writable = ["/tmp", "/var/tmp", "/home", "/root", "/opt", "/srv", "/mnt", "/media"]
    if writable.contains(where: { path == $0 + "/" || path.hasPrefix($0 + "/") }) { return false }
    return path != "/dev/null"
  }

  /// The names in the folder `typed` (folders with a trailing `/`), for completion; nil when it is
  /// not a folder the user may read.
  static func listing(_ typed: String, state: ShellState) -> [String]? {
    let path = resolve(expandingTilde(typed, state: state), state: state)
    guard case .success(let entry) = lookup(path, state: state), entry.isDirectory,
      allows(entry, user: user(state), bit: 0o4)
    else { return nil }
    return tree(state).children(of: path).map { FileTree.name(of: $0.path) + ($0.isDirectory ? "/" : "") }
  }

  // MARK: - As the host boots

  /// A fixed instant for files that come with the system image: 2021-01-14 00:00:00 UTC.
  static let imageTime: Int64 = 1_610_582_400_000

  static func initialTree(_ state: ShellState) -> FileTree {
    FileTree(initialEntries(state, only: nil))
  }

  /// The entries of the host's image, or only those at the paths `only` holds: a file's text is
  /// made only for a file kept.
  static func initialEntries(_ state: ShellState, only: [String]?) -> [FileEntry] {
    guard let host = state.host else { return [] }
    return (only ?? imagePaths(host)).compactMap { imageEntry($0, host: host, world: state.world) }
  }

  /// The folders of every host's image and their modes, all owned by root.
  static let systemFolders: [String: UInt16] = [
    "/": 0o555, "/bin": 0o755, "/etc": 0o755, "/home": 0o755, "/lib": 0o755, "/lib64": 0o755, "/local": 0o755,
    "/media": 0o755, "/mnt": 0o755, "/opt": 0o755, "/run": 0o755, "/sbin": 0o755, "/srv": 0o755, "/usr": 0o755,
    "/var": 0o755, "/boot": 0o555, "/dev": 0o755, "/proc": 0o555, "/sys": 0o555, "/root": 0o550, "/tmp": 0o1777,
    "/var/tmp": 0o1777, "/var/log": 0o755, "/usr/bin": 0o755, "/usr/local": 0o755,
  ]

  /// The files of every host's image outside the login user's home.
  static let systemFiles = [
    "/dev/null", "/etc/resolv.conf", "/etc/hostname", "/etc/os-release", "/etc/hosts", "/etc/shadow",
  ]

  /// The paths in the login user's home of the host's image, after the home itself.
  static func homePaths(_ host: Host) -> [String] {
    var paths = ["", "/.bash_logout", "/.bash_profile", "/.bashrc", "/.aws", "/.aws/config"]
    if host.kind == .onPremises { paths.append("/.aws/credentials") }
    return paths
  }

  /// Every path of the host's image.
  static func imagePaths(_ host: Host) -> [String] {
    let home = "/home/" + host.user
    return Array(systemFolders.keys) + systemFiles + homePaths(host).map { home + $0 }
  }

  /// The entry at `path` in the host's image, made alone (a read needs a file and its folders,
  /// not the whole tree); nil when the image has nothing there.
  static func imageEntry(_ path: String, host: Host, world: World) -> FileEntry? {
    func folder(_ mode: UInt16, owner: String = "root") -> FileEntry {
      FileEntry(path: path, kind: .directory, owner: owner, mode: mode, modified: imageTime)
    }
    func file(_ text: String, _ mode: UInt16 = 0o644, owner: String = "root") -> FileEntry {
      FileEntry(path: path, kind: .file(Array(text.utf8)), owner: owner, mode: mode, modified: imageTime)
    }
    let user = host.user
    // The home first, found once: awscli asks for two files there on every call.
    if let inHome = homeRemainder(path, user: user) {
      if let mode = homeFolder(inHome) { return folder(mode, owner: user) }
      switch inHome {
      case "/.bash_logout": return file(skeletonLogout, owner: user)
      case "/.bash_profile": return file(skeletonProfile, owner: user)
      case "/.bashrc": return file(skeletonRC, owner: user)
      case "/.aws/config": return file("[default]\nregion = " + world.region + "\n", 0o664, owner: user)
      case "/.aws/credentials" where host.kind == .onPremises:
        return file(
          "[default]\naws_access_key_id = AKIA****************\naws_secret_access_key = ****************************************\n",
          0o600, owner: user)
      default: return nil
      }
    }
    if let mode = systemFolder(Substring(path)) { return folder(mode) }
    switch path {
    case "/dev/null": return FileEntry(path: path, kind: .device, owner: "root", mode: 0o666, modified: imageTime)
    case "/etc/resolv.conf": return file(resolvConf(host, world: world))
    case "/etc/hostname": return file(hostname(host, world: world) + "\n")
    case "/etc/os-release": return file(osRelease(host))
    case "/etc/hosts": return file(hosts)
    case "/etc/shadow": return file("root:*LOCK*:14600::::::\n\(user):!!:18641:0:99999:7:::\n", 0o000)
    default: return nil
    }
  }

  /// The mode and owner of the folder at `path` in the host's image; nil when the image has no
  /// folder there.
  static func imageFolder(_ path: String, host: Host) -> (mode: UInt16, owner: String)? {
    imageFolder(Substring(path), host: host)
  }

  /// `imageFolder(_:host:)` of a slice of a path (a folder above a file).
  static func imageFolder(_ path: Substring, host: Host) -> (mode: UInt16, owner: String)? {
    // The home first: no system folder lies inside `/home/`, and telling one costs a hash.
    guard let inHome = homeRemainder(path, user: host.user) else { return systemFolder(path).map { ($0, "root") } }
    return homeFolder(inHome).map { ($0, host.user) }
  }

  /// The mode of the folder the login user owns at `inHome` below the home (`""` is the home
  /// itself); nil for none.
  private static func homeFolder(_ inHome: Substring) -> UInt16? {
    switch inHome {
    case "": 0o700
    case "/.aws": 0o775
    default: nil
    }
  }

  /// The mode of the system folder at `path`, all of which root owns; nil for none.
  private static func systemFolder(_ path: Substring) -> UInt16? {
    // The two folders above every home are told without hashing: each file looked up in a home
    // passes them.
    if path == "/" { return rootMode }
    if path == "/home" { return homeFolderMode }
    return systemFolders[String(path)]
  }

  private static let rootMode = systemFolders["/"]
  private static let homeFolderMode = systemFolders["/home"]

  /// Whether the host's image has a file (anything but a folder) at `path`: what `imageEntry`
  /// makes there, told without making it.
  static func imageHoldsFile(_ path: String, host: Host) -> Bool {
    if imageFolder(path, host: host) != nil { return false }
    if systemFiles.contains(path) { return true }
    guard let inHome = homeRemainder(path, user: host.user) else { return false }
    return homePaths(host).contains(String(inHome))
  }

  /// What follows `/home/USER` in `path`, when it starts so: the login user's home, found
  /// without making a string to compare (the image's files are looked up on every awscli call).
  static func homeRemainder(_ path: String, user: String) -> Substring? {
    homeRemainder(Substring(path), user: user)
  }

  /// `homeRemainder(_:user:)` of a slice of a path.
  static func homeRemainder(_ path: Substring, user: String) -> Substring? {
    // Native strings always lend their bytes; the other branch is for a string that cannot.
    let compared: Bool?? = path.utf8.withContiguousStorageIfAvailable { bytes in
      user.utf8.withContiguousStorageIfAvailable { isHome(bytes, user: $0) }
    }
    guard compared.flatMap({ $0 }) ?? path.utf8.starts(with: ("/home/" + user).utf8) else { return nil }
    return path[path.utf8.index(path.startIndex, offsetBy: 6 + user.utf8.count)...]
  }

  /// Whether `bytes` start with `/home/` and then `user`.
  private static func isHome(_ bytes: UnsafeBufferPointer<UInt8>, user: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 6 + user.count else { return false }
    // "/home/", byte by byte: iterating a literal's UTF-8 costs more than the whole comparison.
    guard bytes[0] == 0x2F, bytes[1] == 0x68, bytes[2] == 0x6F, bytes[3] == 0x6D, bytes[4] == 0x65, bytes[5] == 0x2F
    else { return false }
    for offset in 0..<user.count where bytes[6 + offset] != user[offset] { return false }
    return true
  }

  static let hosts =
    "127.0.0.1   localhost localhost.localdomain localhost4 localhost4.localdomain4\n::1         localhost6 localhost6.localdomain6\n"

  // The skeleton files of Amazon Linux 2's bash package (18, 193 and 231 bytes).
  static let skeletonLogout = "# ~/.bash_logout\n\n"
  static let skeletonProfile =
    "# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n\nPATH=$PATH:$HOME/.local/bin:$HOME/bin\n\nexport PATH\n"
  static let skeletonRC =
    "# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n\n# Uncomment the following line if you don't want systemctl's auto-paging feature:\n# export SYSTEMD_PAGER=\n\n# User specific aliases and functions\n"

  /// The fully qualified hostname (`ip-10-0-12-20.ap-northeast-2.compute.internal`).
  static func hostname(_ host: Host, world: World) -> String {
    guard case .instance = host.kind else { return host.hostname }
    let suffix = world.region == "us-east-1" ? "ec2.internal" : "\(world.region).compute.internal"
    return "\(host.hostname).\(suffix)"
  }

  static func resolvConf(_ host: Host, world: World) -> String {
    switch host.kind {
    case .instance:
      let search = world.region == "us-east-1" ? "ec2.internal" : "\(world.region).compute.internal"
      return
        "; generated by /usr/sbin/dhclient-script\nsearch \(search)\noptions timeout:2 attempts:5\nnameserver \(host.resolverAddress)\n"
    case .onPremises:
      return "search corp.example\nnameserver \(host.resolverAddress)\n"
    case .cloudShell:
      return "nameserver \(host.resolverAddress)\n"
    }
  }

  static func osRelease(_ host: Host) -> String {
    switch host.kind {
    case .onPremises:
      return
        "NAME=\"Rocky Linux\"\nVERSION=\"8.3 (Green Obsidian)\"\nID=\"rocky\"\nVERSION_ID=\"8.3\"\nPRETTY_NAME=\"Rocky Linux 8.3 (Green Obsidian)\"\n"
    default:
      return
        "NAME=\"Amazon Linux\"\nVERSION=\"2\"\nID=\"amzn\"\nID_LIKE=\"centos rhel fedora\"\nVERSION_ID=\"2\"\nPRETTY_NAME=\"Amazon Linux 2\"\nANSI_COLOR=\"0;33\"\nCPE_NAME=\"cpe:2.3:o:amazon:amazon_linux:2\"\nHOME_URL=\"https://amazonlinux.com/\"\n"
    }
  }
}
