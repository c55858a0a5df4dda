extension Executor {
  /// Runs a loop, conditional or group with the descriptors its redirections set up.
  mutating func run(_ compound: CompoundCommand, _ io: Descriptors) -> Int32 {
    switch compound {
    case .forLoop(let variable, let words, let body):
      guard let words else { return 0 }
      let substitutions = runSubstitutions(in: words, io)
      var expander = WordExpander(state: state, substitutions: substitutions, randomDraws: randomDraws)
      defer { randomDraws = expander.randomDraws }
      let items: [String]
      do {
        items = try expander.fields(of: words)
      } catch {
        write(error.message, to: io.error)
        return 1
      }
      var status: Int32 = 0
      loopDepth += 1
      defer { loopDepth -= 1 }
      for item in items {
        if stopped || state.sessionEnded { break }
        state.variables[variable] = item
        status = run(body, io)
        if leaveLoop() { break }
      }
      return status
    case .conditional(let branches, let otherwise):
      for branch in branches {
        let condition = run(branch.condition, io)
        if stopped || loopControl != nil { return condition }
        if condition == 0 { return run(branch.body, io) }
      }
      if let otherwise { return run(otherwise, io) }
      return 0
    case .loop(let condition, let body, let until):
      var status: Int32 = 0
      loopDepth += 1
      defer { loopDepth -= 1 }
      while !stopped && !state.sessionEnded {
        let test = run(condition, io)
        if loopControl != nil {
          if leaveLoop() { break }
          continue
        }
        if (test == 0) == until { break }
        status = run(body, io)
        if leaveLoop() { break }
      }
      return status
    case .group(let body):
      return run(body, io)
    case .subshell(let body):
      let saved = state
      let status = run(body, io)
      let world = state.world
      state = saved
      state.world = world
      loopControl = nil
      return status
    }
  }

  /// After a loop's body: whether a `break` leaves this loop; a `continue` for this loop is used up.
  private mutating func leaveLoop() -> Bool {
    guard let control = loopControl else { return false }
    if control.levels > 1 {
      loopControl = (control.isBreak, control.levels - 1)
      return true
    }
    loopControl = nil
    return control.isBreak
  }
}
