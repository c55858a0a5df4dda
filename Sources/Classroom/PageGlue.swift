/// The pages' only hand-written JavaScript: it joins the browser terminal (xterm.js, from Debian)
/// to the session's WebSocket, and swaps in the dashboard's live table. Everything else happens
/// on the server.
public enum PageGlue {
  /// Served as `/assets/classroom.js`.
  ///
  /// Messages to the server: `d` + keys as xterm.js reports them, `r` + the window's width in
  /// columns. From the server: output to write as it is. A closing socket's reason is shown.
  public static let script = """
    (function () {
      var live = document.getElementById('live');
      var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
      if (live) {
        var feed = new WebSocket(scheme + location.host + live.dataset.socket);
        feed.onmessage = function (event) { live.innerHTML = event.data; };
        feed.onclose = function () { document.getElementById('feed-state').textContent = '(offline: reload)'; };
        return;
      }
      var box = document.getElementById('terminal');
      var Terminal = window.XTermBundle.Terminal || window.XTermBundle;
      var term = new Terminal({ cursorBlink: true, fontSize: 15, scrollback: 5000 });
      term.open(box);
      window.XTermFit.fit(term);
      term.focus();
      window.labrunTerminal = term;
      // xterm.js 3.8 leaves typed text in its helper textarea and reads a composition (Korean
      // through an IME) out of it; emptied first, the textarea holds only the composed text.
      box.addEventListener('compositionstart', function () {
        var area = box.querySelector('textarea');
        if (area) { area.value = ''; }
      }, true);
      var socket = new WebSocket(scheme + location.host + box.dataset.socket);
      socket.onopen = function () { socket.send('r' + term.cols); };
      socket.onmessage = function (event) { term.write(event.data); };
      socket.onclose = function (event) {
        term.write('\\r\\n\\x1b[33m[' + (event.reason || 'connection closed') + ']\\x1b[0m\\r\\n');
        document.body.dataset.closed = event.reason || 'closed';
      };
      term.on('data', function (data) { if (socket.readyState === 1) { socket.send('d' + data); } });
      term.on('resize', function (size) { if (socket.readyState === 1) { socket.send('r' + size.cols); } });
      window.addEventListener('resize', function () { window.XTermFit.fit(term); });
    })();

    """
}
