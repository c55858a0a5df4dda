import Classroom
import HummingbirdWebSocket
import Labs
import ServiceLifecycle

/// One browser terminal's WebSocket, joined to the learner's lab.
///
/// From the browser: `r` + columns (the first one attaches the terminal), `d` + keys. To it: the
/// output. A second tab on the same lab takes the terminal over and this one closes, saying so.
struct TerminalSocket: Sendable {
  let hub: ClassroomHub
  let learner: Roster.Learner
  let lab: ClassroomHub.CourseLab
  let language: Language
  let limits: ClassroomConfiguration.Limits

  func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async throws {
    guard await hub.admitConnection(learner.key) else {
      try await outbound.close(.policyViolation, reason: "too many labrun terminals open; close one and reload")
      return
    }
    let host = await hub.host(learner: learner, lab: lab)
    var connection: Int?
    do {
      for try await message in inbound.messages(maxSize: limits.messageBytes).cancelOnGracefulShutdown() {
        guard case .text(let text) = message, let kind = text.first else { continue }
        let body = text.dropFirst()
        switch kind {
        case "r":
          guard let columns = Int(body) else { continue }
          let width = min(max(columns, 20), 400)
          if let connection {
            if let output = await host.resize(width: width, connection: connection) {
              try await outbound.write(.text(output))
            }
          } else {
            do {
              let (id, greeting) = try await host.attach(width: width, language: language)
              connection = id
              try await outbound.write(.text(greeting))
            } catch {
              try await outbound.write(.text("labrun: error: this lab cannot be opened: \(error)\r\n"))
              try await outbound.close(.unexpectedServerError, reason: "the lab could not be opened")
              break
            }
          }
        case "d":
          guard let connection else { continue }
          switch await host.feed(Array(body.utf8), connection: connection) {
          case .output(let output):
            if !output.isEmpty { try await outbound.write(.text(output)) }
          case .superseded:
            try await outbound.close(.normalClosure, reason: "this lab was opened in another tab")
            return await finish(host, connection)
          case .ended(let farewell):
            try await outbound.write(.text(farewell))
            try await outbound.close(.normalClosure, reason: "you left the lab; reload to go on")
            return await finish(host, connection)
          }
        default:
          continue
        }
      }
    } catch {
      // A closed browser or a shutdown ends the loop: every command it sent was committed already.
    }
    await finish(host, connection)
  }

  private func finish(_ host: LabSessionHost, _ connection: Int?) async {
    if let connection { await host.detach(connection: connection) }
    await hub.releaseConnection(learner.key)
  }
}
