#!/usr/bin/env python3
"""The classroom in a real browser: headless Chromium (Debian's) drives the pages over the Chrome
DevTools Protocol: a learner's link, the article's commands typed into the browser terminal (Korean
through the IME), the step passing, a reload that resumes, and the instructor's dashboard.
Screenshots of each page go to the folder given by LABRUN_SCREENSHOTS (default: a temporary one).

Usage: browser.py BIN_DIR                 starts its own server on loopback
       browser.py --links URL_BASE ...    (used by nginx.py) drives an already running class
"""
import asyncio
import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

import websockets

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREEN = """(function () {
  var t = window.labrunTerminal; if (!t) { return ''; }
  var b = t._core.buffer, out = [];
  for (var i = 0; i < b.lines.length; i++) { out.push(b.translateBufferLineToString(i, true)); }
  return out.join('\\n');
})()"""


class Browser:
    def __init__(self, work):
        self.port = e2e.free_port()
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=%d" % self.port,
             "--user-data-dir=" + os.path.join(work, "chromium"), "--window-size=1200,800", "--lang=en-US",
             "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=127.0.0.1;localhost", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.events = []

    async def connect(self):
        deadline = time.time() + 60
        while True:
            try:
                pages = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % self.port, timeout=2))
                page = next(p for p in pages if p["type"] == "page")
                break
            except Exception:
                if time.time() > deadline:
                    raise
                await asyncio.sleep(0.3)
        self.ws = await websockets.connect(page["webSocketDebuggerUrl"], max_size=None)
        await self.call("Page.enable")
        await self.call("Runtime.enable")

    async def call(self, method, **params):
        self.next_id += 1
        ident = self.next_id
        await self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), 60))
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    async def open(self, url):
        self.events = []
        await self.call("Page.navigate", url=url)
        deadline = time.time() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            if time.time() > deadline:
                raise TimeoutError("page did not load: " + url)
            try:
                self.events.append(json.loads(await asyncio.wait_for(self.ws.recv(), 1)))
            except asyncio.TimeoutError:
                pass

    async def evaluate(self, expression):
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def text(self):
        return await self.evaluate("document.body.innerText")

    async def screen(self):
        return await self.evaluate(SCREEN) or ""

    async def wait_screen(self, needle, timeout=30):
        deadline = time.time() + timeout
        while True:
            screen = await self.screen()
            if needle in screen:
                return screen
            if time.time() > deadline:
                raise TimeoutError("%r never appeared; the screen:\n%s" % (needle, screen[-1500:]))
            await asyncio.sleep(0.2)

    async def wait_prompt(self, timeout=30):
        """Waits until the last line drawn is the shell's prompt: the output before it is all there."""
        deadline = time.time() + timeout
        while True:
            lines = [line for line in (await self.screen()).split("\n") if line.strip()]
            if lines and lines[-1].endswith("~]$"):
                return "\n".join(lines)
            if time.time() > deadline:
                raise TimeoutError("no prompt; the screen ends:\n" + "\n".join(lines[-10:]))
            await asyncio.sleep(0.2)

    async def key(self, text=None, key=None, code=None, vk=None):
        params = {"type": "keyDown"}
        if text is not None:
            params.update(text=text, unmodifiedText=text, key=key or text)
        if key:
            params["key"] = key
        if code:
            params["code"] = code
        if vk:
            params["windowsVirtualKeyCode"] = vk
            params["nativeVirtualKeyCode"] = vk
        await self.call("Input.dispatchKeyEvent", **params)
        await self.call("Input.dispatchKeyEvent", type="keyUp", **{k: v for k, v in params.items() if k in ("key", "code", "windowsVirtualKeyCode", "nativeVirtualKeyCode")})

    async def type(self, line):
        for character in line:
            await self.key(text=character)
        await self.key(text="\r", key="Enter", code="Enter", vk=13)

    async def ime(self, text):
        """Korean as an IME gives it: a composition, then the committed text."""
        await self.call("Input.imeSetComposition", text=text[:1], selectionStart=1, selectionEnd=1)
        await self.call("Input.imeSetComposition", text=text, selectionStart=len(text), selectionEnd=len(text))
        await self.call("Input.insertText", text=text)

    async def screenshot(self, path):
        data = await self.call("Page.captureScreenshot", format="png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(data["data"]))

    def close(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


async def learner_flow(browser, link, dashboard, shots, tag="", email="minsu.kim@example.com"):
    """The whole acceptance path in the browser; `link` is the learner's personal link."""
    await browser.open(link)
    text = await browser.text()
    e2e.check(tag + "the course page lists the labs in order", "gateway-endpoint" in text and text.index("public-subnet") < text.index("gateway-endpoint"), text[:300])
    await browser.screenshot(os.path.join(shots, tag + "course.png"))
    await browser.open(link + "/" + e2e.LAB)
    screen = await browser.wait_screen("~]$")
    e2e.check(tag + "the lab's terminal shows its first step and the prompt", "Step 1 of" in screen, screen[-400:])
    await browser.type("aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A")
    await browser.wait_screen("✓ Step 1 of")
    screen = await browser.wait_prompt()
    e2e.check(tag + "the article's command, typed in the browser, passes the step", '"VpcEndpointId": "vpce-' in screen)
    for character in "echo ":
        await browser.key(text=character)
    await browser.ime("한글")
    # As a person does: Enter once the composed word is on the line.
    await browser.wait_screen("~]$ echo 한글")
    await browser.key(text="\r", key="Enter", code="Enter", vk=13)
    await browser.wait_screen("echo 한글\n한글\n")
    screen = await browser.wait_prompt()
    e2e.check(tag + "Korean typed through the IME reaches the session", "~]$ echo 한글\n한글\n" in screen, screen[-300:])
    await browser.screenshot(os.path.join(shots, tag + "terminal.png"))
    await browser.open(link + "/" + e2e.LAB)
    screen = await browser.wait_screen("Resuming")
    e2e.check(tag + "a reload resumes where the learner was", "1 of" in screen or "steps passed" in screen, screen[-400:])
    await browser.open(dashboard)
    # Behind a proxy the dashboard may be another instance's: it reads the shared remote every 3 s.
    deadline = time.time() + 15
    text = await browser.text()
    while "step 2/" not in text and time.time() < deadline:
        await asyncio.sleep(0.5)
        text = await browser.text()
    e2e.check(tag + "the dashboard shows the learner's step", email in text and "step 2/" in text, text[:600])
    await browser.screenshot(os.path.join(shots, tag + "dashboard.png"))


async def main():
    work = tempfile.mkdtemp(prefix="labrun-browser-")
    shots = os.environ.get("LABRUN_SCREENSHOTS") or os.path.join(work, "screenshots")
    os.makedirs(shots, exist_ok=True)
    roster = os.path.join(work, "class.csv")
    open(roster, "w").write("name,email\nKim Minsu,minsu.kim@example.com\n")
    server = e2e.Server(work, roster, e2e.free_port())
    browser = Browser(work)
    try:
        await browser.connect()
        await learner_flow(browser, e2e.links(work)["minsu.kim@example.com"], e2e.instructor(server), shots)
    finally:
        browser.close()
        server.stop(signal.SIGKILL)
    print("screenshots in " + shots)
    if e2e.failures:
        sys.exit(1)
    print("all browser checks passed")


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        e2e.BIN = sys.argv[1]
        e2e.SERVER = os.path.join(e2e.BIN, "labrun-server")
        e2e.LABRUN = os.path.join(e2e.BIN, "labrun")
    asyncio.run(main())
