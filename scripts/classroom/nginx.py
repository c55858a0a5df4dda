#!/usr/bin/env python3
"""Two labrun-server instances behind a real nginx (Debian's) on loopback, learner-sticky by the
token in the path, both pushing every workspace to one shared git remote (a folder of bare
repositories). The browser test runs through the proxy for several learners; then `labrun grade`
over the shared remote must grade every one of them.

Usage: nginx.py BIN_DIR
"""
import asyncio
import base64
import bisect
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402
import browser as chrome  # noqa: E402

NGINX_CONF = """
daemon off;
master_process off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log {work}/nginx-access.log;
  client_body_temp_path {work}/nginx-body;
  proxy_temp_path {work}/nginx-proxy;
  fastcgi_temp_path {work}/nginx-fastcgi;
  uwsgi_temp_path {work}/nginx-uwsgi;
  scgi_temp_path {work}/nginx-scgi;
  # The learner's (or instructor's) token picks the instance, so each learner's labs stay on one.
  map $uri $classroom_key {{
    ~^/[li]/(?<token>[A-Za-z0-9_-]+) $token;
    default $remote_addr;
  }}
  map $http_upgrade $connection_upgrade {{
    default upgrade;
    '' close;
  }}
  upstream classroom {{
    hash $classroom_key consistent;
    server 127.0.0.1:{a};
    server 127.0.0.1:{b};
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://classroom;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host:$server_port;
      proxy_read_timeout 1h;
    }}
  }}
}}
"""


async def main():
    work = tempfile.mkdtemp(prefix="labrun-nginx-")
    shots = os.environ.get("LABRUN_SCREENSHOTS") or os.path.join(work, "screenshots")
    os.makedirs(shots, exist_ok=True)
    roster = os.path.join(work, "class.csv")
    learners = ["learner%d@example.com" % n for n in range(6)]
    with open(roster, "w") as f:
        f.write("email,name\n" + "".join("%s,Learner %d\n" % (email, n) for n, email in enumerate(learners)))
    remote = os.path.join(work, "remote")
    tokens = os.path.join(work, "tokens")
    proxy_port, a, b = e2e.free_port(), e2e.free_port(), e2e.free_port()
    # Random tokens could all hash to one instance (about one run in thirty), so the test hands out
    # tokens it has checked: three learners on each instance, by nginx's own consistent hash.
    expected = seed_tokens(tokens, learners, ["127.0.0.1:%d" % a, "127.0.0.1:%d" % b])
    public = "http://127.0.0.1:%d" % proxy_port
    instances = []
    for name, port in (("a", a), ("b", b)):
        folder = os.path.join(work, name)
        os.makedirs(folder)
        instances.append(e2e.Server(folder, roster, port, extra=["--remote", remote, "--tokens", tokens, "--public-url", public]))
    for directory in ("nginx-body", "nginx-proxy", "nginx-fastcgi", "nginx-uwsgi", "nginx-scgi"):
        os.makedirs(os.path.join(work, directory))
    conf = os.path.join(work, "nginx.conf")
    open(conf, "w").write(NGINX_CONF.format(work=work, a=a, b=b, port=proxy_port))
    nginx = subprocess.Popen(["nginx", "-c", conf, "-p", work], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    browser = chrome.Browser(work)
    try:
        deadline = time.time() + 30
        while e2e.get(public + "/healthz")[0] != 200:
            if time.time() > deadline:
                raise RuntimeError("nginx did not start: " + open(os.path.join(work, "nginx-error.log")).read())
            time.sleep(0.2)
        links = e2e.links(os.path.join(work, "a"))
        e2e.check("both instances hand out the same links, on the proxy's address", links == e2e.links(os.path.join(work, "b")) and all(l.startswith(public) for l in links.values()))
        dashboard = e2e.instructor(instances[0])
        await browser.connect()
        for n, email in enumerate(learners):
            await chrome.learner_flow(browser, links[email], dashboard, shots, tag="proxy-%d-" % n, email=email) if n == 0 else await proxied_learner(browser, links[email], "proxy-%d-" % n)
        served = [sorted(os.listdir(os.path.join(work, name, "data", "workspaces"))) for name in ("a", "b")]
        e2e.check("the proxy sent each learner to the instance nginx's hash picks, three to each", served == expected, "served %s, expected %s" % (served, expected))
        graded = subprocess.run([e2e.LABRUN, "grade", remote, "--labs", os.path.join(e2e.ROOT, "labs"), "--format", "csv"],
                                capture_output=True, text=True, timeout=300)
        e2e.check("labrun grade over the shared remote grades every learner", graded.returncode in (0, 2) and all(email in graded.stdout for email in learners),
                  graded.stdout[-600:] + graded.stderr[-300:])
    finally:
        browser.close()
        nginx.send_signal(signal.SIGQUIT)
        for instance in instances:
            if instance.proc.poll() is None:
                instance.stop(signal.SIGTERM)
    if e2e.failures:
        print("%d check(s) failed; the work folder is %s" % (len(e2e.failures), work))
        sys.exit(1)
    shutil.rmtree(work)
    print("all nginx checks passed")


def ketama_ring(servers):
    """The points of nginx's `hash … consistent` (ngx_http_upstream_hash_module, compatible with
    Cache::Memcached::Fast): 160 per server of weight 1, each crc32(host NUL port PREV_HASH) with the
    previous point's hash as four little-endian bytes, sorted."""
    points = []
    for index, server in enumerate(servers):
        host, port = server.rsplit(":", 1)
        base = host.encode() + b"\0" + port.encode()
        previous = 0
        for _ in range(160):
            previous = zlib.crc32(base + previous.to_bytes(4, "little"))
            points.append((previous, index))
    points.sort()
    return points


def instance_for(points, key):
    """The server a key goes to: the first point at or after crc32(key), wrapping round."""
    at = bisect.bisect_left(points, (zlib.crc32(key.encode()), -1))
    return points[at % len(points)][1]


def seed_tokens(path, learners, servers):
    """Writes the servers' shared token file (the format `AccessTokens.fileText` documents) with
    tokens that send the even learners to the first server and the odd ones to the second; returns
    the learners each server should end up holding, sorted as the workspace folders list."""
    points = ketama_ring(servers)
    lines = ["instructor," + token()]
    expected = [[], []]
    for n, email in enumerate(learners):
        while True:
            candidate = token()
            if instance_for(points, candidate) == n % 2:
                break
        lines.append(email + "," + candidate)
        expected[n % 2].append(email)
    with open(path, "w") as f:
        f.write("".join(line + "\n" for line in lines))
    os.chmod(path, 0o600)
    return [sorted(names) for names in expected]


def token():
    return base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()


async def proxied_learner(browser, link, tag):
    """A shorter path for the other learners: open the lab, pass its first step, reload."""
    await browser.open(link + "/" + e2e.LAB)
    await browser.wait_screen("~]$")
    await browser.type("aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A")
    await browser.wait_screen("✓ Step 1 of")
    await browser.wait_prompt()
    await browser.open(link + "/" + e2e.LAB)
    screen = await browser.wait_screen("Resuming")
    e2e.check(tag + "through the proxy, the step passes and a reload resumes", "1 of" in screen, screen[-300:])


if __name__ == "__main__":
    asyncio.run(main())
