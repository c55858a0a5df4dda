import Classroom
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Labs
import NIOCore
import ServiceLifecycle
import Workspace

/// The server's pages and sockets over the hub.
///
/// `/l/TOKEN` is a learner's course page, `/l/TOKEN/LAB` a lab's terminal (its socket at `/ws`,
/// its workspace as a git bundle at `/bundle`); `/i/TOKEN` is the instructor's dashboard (live
/// at `/ws`, the grade report at `/report.html`); `/assets/…` the terminal's files. A token that
/// does not admit its holder gets 404 (410 once revoked), the same whether the path after it exists
/// or not, so a guess learns nothing.
struct ClassroomRoutes: Sendable {
  let hub: ClassroomHub
  let assets: StaticAssets
  let configuration: ClassroomConfiguration

  typealias Context = BasicWebSocketRequestContext

  func install(on router: Router<Context>) {
    router.get("/") { request, _ in
      let words = words(request)
      return page(.notFound, LearnerPages.problem(title: words.classroom, detail: words.openYourLink, words: words))
    }
    router.get("/healthz") { _, _ in Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok\n"))) }
    router.get("/assets/:name") { _, context in
      guard let name = context.parameters.get("name"), let file = assets.files[name] else {
        return Response(status: .notFound)
      }
      return Response(
        status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"],
        body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
    router.get("/l/:token") { request, context in
      let words = words(request)
      guard case .learner(let learner) = try admit(context, words) else { return refused(words) }
      let standings = await hub.standings(of: learner.key)
      let rows = hub.course.map {
        LearnerPages.Row(number: $0.number, id: $0.id, title: $0.lab(words.language).title, standing: standings[$0.id])
      }
      return page(.ok, LearnerPages.home(name: learner.name, rows: rows, base: base(context), words: words))
    }
    router.get("/l/:token/:lab") { request, context in
      let words = words(request)
      guard case .learner = try admit(context, words), let lab = courseLab(context) else { return refused(words) }
      return page(
        .ok,
        LearnerPages.terminal(labTitle: lab.lab(words.language).title, labID: lab.id, base: base(context), words: words)
      )
    }
    router.get("/l/:token/:lab/bundle") { request, context in
      let words = words(request)
      guard case .learner(let learner) = try admit(context, words), let lab = courseLab(context) else {
        return refused(words)
      }
      let path = hub.data.workspace(learner: learner.key, lab: lab.id)
      guard FileManager.default.fileExists(atPath: path + "/.git") else {
        return page(
          .notFound,
          LearnerPages.problem(title: lab.id, detail: words.noWorkYet, words: words))
      }
      let bytes = try Workspace.bundle(at: path)
      return Response(
        status: .ok,
        headers: [
          .contentType: "application/x-git-bundle", .cacheControl: "no-store",
          .contentDisposition: "attachment; filename=\"\(lab.id).bundle\"",
        ], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
    router.ws("/l/:token/:lab/ws", shouldUpgrade: mayOpenTerminal, onUpgrade: terminal)
    router.get("/i/:token") { request, context in
      let words = PageWords(configuration.language)
      guard case .instructor = try admit(context, words) else { return refused(words) }
      let live = await hub.liveDashboard()
      let base = "/i/" + (context.parameters.get("token") ?? "")
      return page(
        .ok,
        DashboardPage.page(
          live: live, socketPath: base + "/ws", reportPath: base + "/report.html",
          linksCount: hub.roster.learners.count,
          words: words))
    }
    router.ws("/i/:token/ws", shouldUpgrade: mayWatch, onUpgrade: watch)
    router.get("/i/:token/report.html") { request, context in
      let words = PageWords(configuration.language)
      guard case .instructor = try admit(context, words) else { return refused(words) }
      let report = try await GradeReportRunner(configuration: configuration).html()
      return page(.ok, report)
    }
  }

  // MARK: - Sockets

  @Sendable private func mayOpenTerminal(_ request: Request, _ context: Context) -> RouterShouldUpgrade {
    guard originAllowed(request), case .learner = try? admit(context, PageWords(.en)), courseLab(context) != nil else {
      return .dontUpgrade
    }
    return .upgrade([:])
  }

  @Sendable private func terminal(
    _ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter, _ context: WebSocketRouterContext<Context>
  ) async throws {
    guard case .learner(let learner) = try? admit(context.requestContext, PageWords(.en)),
      let lab = courseLab(context.requestContext)
    else { return }
    let language = PageWords.language(
      acceptLanguage: context.request.headers[.acceptLanguage], fallback: configuration.language)
    try await TerminalSocket(hub: hub, learner: learner, lab: lab, language: language, limits: configuration.limits)
      .run(inbound: inbound, outbound: outbound)
  }

  @Sendable private func mayWatch(_ request: Request, _ context: Context) -> RouterShouldUpgrade {
    guard originAllowed(request), case .instructor = try? admit(context, PageWords(.en)) else { return .dontUpgrade }
    return .upgrade([:])
  }

  /// The dashboard's live part, sent again each time the class changes (at most twice a second).
  @Sendable private func watch(
    _ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter, _ context: WebSocketRouterContext<Context>
  ) async throws {
    let (id, updates) = await hub.listen()
    try await outbound.write(.text(await hub.liveDashboard()))
    do {
      for await html in updates.cancelOnGracefulShutdown() { try await outbound.write(.text(html)) }
    } catch {}
    await hub.stopListening(id)
  }

  // MARK: - Helpers

  /// Who the path's token admits; throws a 404 or 410 page for the caller to return.
  private func admit(_ context: Context, _ words: PageWords) throws -> Admitted {
    let token = context.parameters.get("token") ?? ""
    switch hub.tokens.lookup(token) {
    case .admitted(.instructor): return .instructor
    case .admitted(.learner(let key)):
      guard let learner = hub.roster.learner(key: key) else { return .nobody }
      return .learner(learner)
    case .revoked:
      throw HTTPError(.gone, message: words.linkWithdrawn)
    case .unknown: return .nobody
    }
  }

  private enum Admitted {
    case instructor
    case learner(Roster.Learner)
    case nobody
  }

  private func courseLab(_ context: Context) -> ClassroomHub.CourseLab? {
    context.parameters.get("lab").flatMap { hub.courseLab($0) }
  }

  /// The learner's link path: what their pages' links start with.
  private func base(_ context: Context) -> String {
    "/l/" + (context.parameters.get("token") ?? "")
  }

  private func words(_ request: Request) -> PageWords {
    PageWords(PageWords.language(acceptLanguage: request.headers[.acceptLanguage], fallback: configuration.language))
  }

  private func refused(_ words: PageWords) -> Response {
    page(
      .notFound,
      LearnerPages.problem(title: words.noSuchLink, detail: words.linkOpensNothing, words: words))
  }

  /// A browser's socket must come from a page of this server (or an origin the instructor allowed),
  /// so another site cannot open a learner's terminal with their link.
  private func originAllowed(_ request: Request) -> Bool {
    guard let origin = request.headers[.origin] else { return false }
    if configuration.allowedOrigins.contains(origin) { return true }
    guard let authority = request.head.authority else { return false }
    return origin == "http://" + authority || origin == "https://" + authority
  }
}

/// An HTML page with the headers every page carries: no caching (links hold tokens), no framing,
/// no referrer, scripts only from this server.
func page(_ status: HTTPResponse.Status, _ html: String) -> Response {
  Response(
    status: status,
    headers: [
      .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
      .contentSecurityPolicy:
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; frame-ancestors 'none'",
      .xContentTypeOptions: "nosniff", HTTPField.Name("Referrer-Policy")!: "no-referrer",
    ], body: .init(byteBuffer: ByteBuffer(string: html)))
}
