import Reports

/// The pages' shared frame: one stylesheet, no external fonts or scripts but the terminal's own.
enum PageStyle {
  static let css = """
    body{font-family:system-ui,'Noto Sans KR',sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f}
    h1{font-size:1.5rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
    .done{color:#1a7f37}.todo{color:#6e6e73}a.button{display:inline-block;padding:.2rem .7rem;border:1px solid #0969da;border-radius:4px;text-decoration:none}
    code{background:#f2f2f2;padding:0 .2rem}.note{color:#6e6e73;font-size:.9rem}
    body.terminal{max-width:none;margin:0;padding:0;background:#1e1e1e;color:#ddd;height:100vh;display:flex;flex-direction:column}
    body.terminal header{padding:.4rem .8rem;font-size:.9rem}body.terminal header a{color:#9cdcfe}
    #terminal{flex:1;padding:.3rem}.stuck td{background:#fff4e5}
    """

  /// A whole page around `body`.
  static func page(title: String, language: String, bodyClass: String = "", head: String = "", body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language)"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>\(ReportText.xmlEscaped(title))</title><style>\(css)</style>\(head)</head>
    <body class="\(bodyClass)">
    \(body)
    </body></html>

    """
  }
}
