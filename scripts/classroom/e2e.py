#!/usr/bin/env python3
"""End-to-end test of labrun-server: the built binary, a real roster, real sockets on loopback.

Run by scripts/test.sh after the build (needs the `websockets` package from PyPI). Every check
prints one line; the script exits 1 at the end if any failed.
"""
import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import websockets

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug")
SERVER = os.path.join(BIN, "labrun-server")
LABRUN = os.path.join(BIN, "labrun")
ASSETS = os.environ.get("LABRUN_SERVER_ASSETS", "/usr/local/share/labrun-server")
LAB = "gateway-endpoint"
failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures.append(name)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, work, roster, port, extra=()):
        self.port = port
        self.log = open(os.path.join(work, "server-%d.log" % time.time_ns()), "w+")
        self.proc = subprocess.Popen(
            [SERVER, "--roster", roster, "--data", os.path.join(work, "data"), "--port", str(port),
             "--assets", ASSETS, "--labs", os.path.join(ROOT, "labs"), *extra],
            stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.url("/healthz"), timeout=1).read()
                return
            except Exception:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.2)
        raise RuntimeError("the server did not start: " + self.output())

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def output(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def stop(self, sig=signal.SIGTERM):
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=60)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), dict(error.headers)
    except urllib.error.URLError as error:
        return 0, str(error), {}


def links(work):
    rows = open(os.path.join(work, "data", "links.csv"), encoding="utf-8").read().splitlines()[1:]
    return {row.split(",")[0]: row.split(",")[1] for row in rows}


def instructor(server):
    for line in server.output().splitlines():
        if "dashboard:" in line:
            return line.split("dashboard: ")[1].strip()
    raise RuntimeError("no instructor link in: " + server.output())


async def terminal(link, lab=LAB, width=100, origin=None):
    """Opens a lab's terminal as the page does; returns the socket and what it showed first."""
    url = link.replace("http://", "ws://") + "/" + lab + "/ws"
    origin = origin or "http://" + link.split("/")[2]
    ws = await websockets.connect(url, origin=origin, max_size=None)
    await ws.send("r%d" % width)
    return ws, await read_until(ws, "$ ")


async def read_until(ws, marker, timeout=20):
    text = ""
    deadline = time.time() + timeout
    while marker not in text:
        remaining = deadline - time.time()
        if remaining <= 0:
            raise TimeoutError("no %r in %r" % (marker, text[-500:]))
        text += await asyncio.wait_for(ws.recv(), remaining)
    return text


async def type_line(ws, line, until="$ "):
    """Types a line one key per message, as a browser sends keys, then Enter; returns the output."""
    for character in line:
        await ws.send("d" + character)
    await ws.send("d\r")
    text = ""
    # The prompt comes back after the output; the editor's echo of each key ends in "$ " too, so
    # wait for the line break Enter produces, then for the next prompt.
    while "\r\n" not in text:
        text += await asyncio.wait_for(ws.recv(), 20)
    while not text.rstrip(" ").endswith(until.rstrip(" ")):
        text += await asyncio.wait_for(ws.recv(), 20)
    return text


async def refused(coroutine):
    try:
        ws = await coroutine
        await ws.close()
        return False
    except websockets.exceptions.InvalidStatus as error:
        return error.response.status_code
    except Exception as error:
        return str(error)


def bad_rosters(work):
    cases = {
        "duplicate e-mails": ("email\na@example.com\nA@example.com\n", 65, ":3: 'A@example.com' is already on line 2"),
        "no email column": ("name,mail\nKim,k@example.com\n", 65, "names no 'email' column"),
        "a path for an e-mail": ("email\n../x@example.com\n", 65, "is not an e-mail address labrun can use"),
        "not UTF-8": (b"email\n\xff@example.com\n", 65, "is not UTF-8 text"),
        "empty": ("", 65, "the roster is empty"),
    }
    for name, (text, code, message) in cases.items():
        path = os.path.join(work, "bad.csv")
        with open(path, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode())
        result = subprocess.run([SERVER, "--roster", path, "--data", os.path.join(work, "bad-data"), "--port",
                                 str(free_port()), "--assets", ASSETS, "--labs", os.path.join(ROOT, "labs")],
                                capture_output=True, text=True, timeout=60)
        check("roster refused: " + name, result.returncode == code and message in result.stderr and path in result.stderr,
              "exit %d, %r" % (result.returncode, result.stderr))
    result = subprocess.run([SERVER, "--roster", os.path.join(work, "missing.csv"), "--data", os.path.join(work, "bad-data")],
                            capture_output=True, text=True, timeout=60)
    check("a missing roster is a usage error (64)", result.returncode == 64 and "missing.csv" in result.stderr, result.stderr)
    result = subprocess.run([SERVER, "--roster", path, "--data", work, "--port", "70000"], capture_output=True, text=True)
    check("a bad port is a usage error (64)", result.returncode == 64 and "--port 70000" in result.stderr, result.stderr)


async def main():
    work = tempfile.mkdtemp(prefix="labrun-server-e2e-")
    roster = os.path.join(work, "class.csv")
    with open(roster, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffname,email,section\r\nKim Minsu,minsu.kim@example.com,A\r\n이지우,jiwoo.lee@example.com,B\r\n")
    bad_rosters(work)
    port = free_port()
    server = Server(work, roster, port)
    try:
        await learner_checks(work, server, roster)
    finally:
        if server.proc.poll() is None:
            server.stop(signal.SIGKILL)
    if failures:
        print("%d check(s) failed; the work folder is %s" % (len(failures), work))
        sys.exit(1)
    shutil.rmtree(work)
    print("all classroom end-to-end checks passed")


async def learner_checks(work, server, roster):
    people = links(work)
    minsu, jiwoo = people["minsu.kim@example.com"], people["jiwoo.lee@example.com"]
    check("links.csv has one link per learner", len(people) == 2 and minsu != jiwoo)
    token = minsu.rsplit("/", 1)[1]
    check("tokens are 43 characters of base64url (256 bits)", len(token) == 43 and all(c.isalnum() or c in "-_" for c in token))
    mode = os.stat(os.path.join(work, "data", ".labrun-server", "tokens")).st_mode & 0o777
    check("the tokens file is private (0600)", mode == 0o600, oct(mode))

    status, body, headers = get(minsu)
    check("the learner's page lists the course", status == 200 and "Kim Minsu" in body and LAB in body and "not started" in body, body[:300])
    check("pages are not cached and send no referrer", headers.get("Cache-Control") == "no-store" and headers.get("Referrer-Policy") == "no-referrer", str(headers))
    status, body, _ = get(server.url("/l/" + "A" * 43))
    check("an unknown token gets 404", status == 404 and "does not open anything" in body, str(status))
    for path in ["/l/%s/../../../../etc/passwd" % token, "/l/%s/%%2e%%2e%%2f%%2e%%2e%%2fetc%%2fpasswd/bundle" % token,
                 "/assets/..%2f..%2f..%2fetc%2fpasswd", "/assets/%2e%2e/%2e%2e/etc/passwd",
                 "/l/%s/gateway-endpoint%%2f..%%2f..%%2f..%%2f/bundle" % token, "/l/%s/.labrun-server/bundle" % token,
                 "/l/..%%2f.labrun-server%%2ftokens", "/i/%s" % token]:
        status, body, _ = get(server.url(path))
        check("traversal refused: " + path.replace(token, "TOKEN"), status in (400, 404) and "root:" not in body and "instructor," not in body, "%d %r" % (status, body[:200]))

    check("a socket without an Origin is refused", await refused(websockets.connect(minsu.replace("http", "ws") + "/" + LAB + "/ws")) is not False)
    check("a socket from another site is refused", await refused(websockets.connect(minsu.replace("http", "ws") + "/" + LAB + "/ws", origin="http://evil.example")) is not False)
    check("a socket for a lab not in the course is refused", await refused(websockets.connect(minsu.replace("http", "ws") + "/nope/ws", origin="http://127.0.0.1:%d" % server.port)) is not False)

    ws, shown = await terminal(minsu)
    check("the terminal opens on the lab with the prompt", "Step 1 of" in shown and shown.rstrip().endswith("$"), shown[-300:])
    out = await type_line(ws, "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A")
    check("the article's command runs and its step passes", '"VpcEndpointId": "vpce-' in out and "✓ Step 1 of" in out, out[-400:])
    check("output reaches the terminal as a pty sends it (CR LF)", "\n" not in out.replace("\r\n", ""), repr(out[:200]))
    out = await type_line(ws, "echo 안녕하세요 | cat")
    check("Korean typed in the browser arrives whole", "안녕하세요\r\n" in out, repr(out[-200:]))
    await ws.send("d\t")
    await ws.send("dnslo")
    await ws.send("d\t")
    tab = ""
    try:
        while "nslookup" not in tab:
            tab += await asyncio.wait_for(ws.recv(), 5)
    except asyncio.TimeoutError:
        pass
    check("Tab completes from the simulation", "nslookup" in tab, repr(tab))
    await ws.send("d\x03")
    await read_until(ws, "^C")
    out = await type_line(ws, "echo $?")
    check("Ctrl-C drops the line and leaves $? at 130", "130\r\n" in out, repr(out[-200:]))
    # A flood is dropped, the session goes on.
    await ws.send("d" + "x" * 60000)
    await ws.send("d" + "x" * 60000)
    flood = await read_until(ws, "faster than anyone types")
    check("a flood of input is bounded", "faster than anyone types" in flood)
    await ws.send("d\x03")
    await read_until(ws, "^C")
    out = await type_line(ws, "echo still here")
    check("the session goes on after a flood", "still here\r\n" in out, repr(out[-200:]))

    # A second tab takes the lab over; the first is told on its next key.
    second, shown = await terminal(minsu)
    check("a second tab resumes the same lab", "Step 2 of" in shown or "step 2" in shown.lower() or "resum" in shown.lower(), shown[-300:])
    await ws.send("dx")
    try:
        await asyncio.wait_for(ws.recv(), 10)
        await asyncio.wait_for(ws.recv(), 10)
        taken = False
    except websockets.exceptions.ConnectionClosed as closed:
        taken = "another tab" in (closed.rcvd.reason if closed.rcvd else "")
    check("the first tab closes, saying another tab has the lab", taken)

    # A browser closed right after Enter: the command was run and saved all the same.
    await second.send("daws ec2 describe-route-tables --route-table-ids $RTB_PRIVATE_A\r")
    await asyncio.sleep(0.05)
    await second.close()
    await asyncio.sleep(1.0)

    status, body, _ = get(instructor(server))
    check("the dashboard shows the learner on step 2 or later", status == 200 and "minsu.kim@example.com" in body and ("step 2/" in body or "step 3/" in body), body[:500])
    dash = await websockets.connect(instructor(server).replace("http", "ws") + "/ws", origin="http://127.0.0.1:%d" % server.port)
    first = await asyncio.wait_for(dash.recv(), 10)
    ws3, _ = await terminal(minsu)
    await type_line(ws3, "answer pl-78a54011")
    await type_line(ws3, "echo thinking it over")
    update = ""
    try:
        while "echo thinking it over" not in update:
            update = await asyncio.wait_for(dash.recv(), 10)
    except asyncio.TimeoutError:
        pass
    check("the dashboard updates live without reload", "●" in update and "step 2/" not in update and "gateway-endpoint" in update, update[-600:])
    check("the dashboard lists what the learner typed on their step", "echo thinking it over" in update, update[:800])
    await dash.close()
    check("a learner's link does not open the dashboard", get(server.url("/i/" + token))[0] == 404)

    status, body, headers = get(minsu + "/" + LAB + "/bundle")
    bundle = os.path.join(work, "attempt.bundle")
    raw = urllib.request.urlopen(minsu + "/" + LAB + "/bundle").read()
    open(bundle, "wb").write(raw)
    clone = os.path.join(work, "carried")
    cloned = subprocess.run(["git", "clone", "-q", bundle, clone], capture_output=True, text=True)
    check("the workspace downloads as a git bundle that git clones", status == 200 and cloned.returncode == 0, cloned.stderr)
    carried = subprocess.run([LABRUN, "start", LAB, "--workspace", clone, "--labs", os.path.join(ROOT, "labs")],
                             input="echo carried on\n", capture_output=True, text=True, timeout=120)
    check("labrun start resumes the downloaded workspace offline", carried.returncode == 0 and "carried on" in carried.stdout
          and "describe-route-tables" in subprocess.run(["git", "-C", clone, "log", "-p", "--format=%s"], capture_output=True, text=True).stdout,
          carried.stdout[-400:] + carried.stderr[-400:])

    # Ten terminals for one learner at once are more than allowed.
    sockets = []
    limited = False
    for _ in range(10):
        try:
            s, _ = await terminal(jiwoo, lab="public-subnet")
            sockets.append(s)
        except Exception:
            limited = True
            break
    await asyncio.sleep(0.5)
    for s in sockets:
        try:
            await s.close()
        except Exception:
            pass
    check("terminals per learner are bounded", limited or any(s.close_reason and "too many" in s.close_reason for s in sockets))

    status, body, _ = get(instructor(server) + "/report.html")
    check("the dashboard links the class's HTML grade report", status == 200 and "minsu.kim@example.com" in body and "<html" in body.lower(), body[:300])

    # Graceful shutdown, then a restart: the learner resumes where they were, the links still work.
    await ws3.close()
    code = server.stop(signal.SIGTERM)
    check("SIGTERM stops the server cleanly (exit 0)", code == 0, server.output()[-400:])
    graded = subprocess.run([LABRUN, "grade", os.path.join(work, "data", "workspaces"), "--labs", os.path.join(ROOT, "labs"), "--format", "csv"],
                            capture_output=True, text=True, timeout=300)
    check("labrun grade grades the data folder unchanged", graded.returncode in (0, 2) and "minsu.kim@example.com" in graded.stdout, graded.stdout[-400:] + graded.stderr[-400:])
    server = Server(work, roster, server.port)
    check("a restart keeps the links", links(work)["minsu.kim@example.com"] == minsu)
    ws, shown = await terminal(minsu)
    check("a restarted server resumes the learner", "Resuming" in shown and "steps passed" in shown and " 0 of " not in shown, shown[:300])
    out = await type_line(ws, "echo before the crash")
    # A killed server loses nothing that was shown: every output followed its commit.
    server.stop(signal.SIGKILL)
    server = Server(work, roster, server.port)
    ws, shown = await terminal(minsu)
    out = await type_line(ws, "history | tail -n 3")
    check("after kill -9, every acknowledged command is still there", "echo before the crash" in out, out[-300:])
    await ws.close()

    # Off the roster: the link is withdrawn (410), the other learner's still works.
    smaller = os.path.join(work, "smaller.csv")
    open(smaller, "w").write("email,name\nminsu.kim@example.com,Kim Minsu\n")
    server.stop(signal.SIGTERM)
    server = Server(work, smaller, server.port)
    status, body, _ = get(jiwoo)
    check("a learner taken off the roster finds their link withdrawn (410)", status == 410 and "withdrawn" in body, "%d %s" % (status, body[:200]))
    check("the others' links still work", get(minsu)[0] == 200)
    server.stop(signal.SIGTERM)


if __name__ == "__main__":
    asyncio.run(main())
