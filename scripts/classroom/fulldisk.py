#!/usr/bin/env python3
"""labrun-server on a full disk: the data folder is a 6 MiB tmpfs of the server's own (a private
mount namespace, so nothing outside it is touched), filled while a learner types.

Checks that a command typed on the full disk is refused with a message that says so and loses
nothing already saved, that saving resumes once there is room, and that the workspace stays a
valid, gradable git repository. Needs root (or sudo without a password) for the mount. Run by
scripts/test.sh after the build: fulldisk.py BIN_DIR
"""
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402


def as_root(command):
    return command if os.geteuid() == 0 else ["sudo", "-n", *command]


async def main():
    work = tempfile.mkdtemp(prefix="labrun-server-fulldisk-")
    data = os.path.join(work, "data")
    os.makedirs(data)
    roster = os.path.join(work, "class.csv")
    with open(roster, "w", encoding="utf-8") as f:
        f.write("email,name\nminsu.kim@example.com,Kim Minsu\n")
    port = e2e.free_port()
    log = open(os.path.join(work, "server.log"), "w+")
    mount = 'mount -t tmpfs -o size=6m labrun-full "$0" && exec "$@"'
    server = subprocess.Popen(
        as_root(["unshare", "-m", "--propagation", "private", "sh", "-c", mount, data, e2e.SERVER, "--roster", roster,
                 "--data", data, "--port", str(port), "--assets", e2e.ASSETS, "--labs", os.path.join(e2e.ROOT, "labs")]),
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while "listening on" not in open(log.name).read():
            if server.poll() is not None or time.time() > deadline:
                raise RuntimeError("the server did not start: " + open(log.name).read())
            time.sleep(0.2)
        pid = int(subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()[0]) \
            if os.geteuid() != 0 else server.pid
        inside = "/proc/%d/root%s" % (pid, data)
        # The server's own view of the data folder, through its mount namespace.
        def in_namespace(command):
            return subprocess.run(as_root(["nsenter", "-t", str(pid), "-m", *command]), capture_output=True, text=True,
                                  timeout=300)

        link = open(inside + "/links.csv", encoding="utf-8").read().splitlines()[1].split(",")[1]
        ws, _ = await e2e.terminal(link)
        out = await e2e.type_line(ws, "echo saved before")
        e2e.check("a command on a disk with room is saved", "warning" not in out, out[-200:])

        filled = 0
        with open(inside + "/filler", "wb") as filler:
            try:
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
                    filled += 1
            except OSError:
                pass
        out = await e2e.type_line(ws, "echo on a full disk")
        e2e.check("a command on the full disk says it was not saved and why",
                  "was not saved" in out and "No space left on device" in out and "Free disk space" in out, out[-500:])
        e2e.check("the session goes on after a failed save", out.rstrip().endswith("$"), out[-100:])
        os.remove(inside + "/filler")
        out = await e2e.type_line(ws, "echo saved after")
        e2e.check("once there is room again, commands are saved", "warning" not in out, out[-200:])
        out = await e2e.type_line(ws, "history")
        e2e.check("history holds what was saved and not the refused command",
                  "echo saved before" in out and "echo saved after" in out and "echo on a full disk" not in out, out[-300:])
        await ws.close()

        workspace = data + "/workspaces/minsu.kim@example.com/" + e2e.LAB
        fsck = in_namespace(["git", "-C", workspace, "fsck", "--strict"])
        e2e.check("the workspace is fsck-clean after the full disk", fsck.returncode == 0, fsck.stdout + fsck.stderr)
        log_lines = in_namespace(["git", "-C", workspace, "log", "--format=%s"])
        graded = in_namespace([os.path.abspath(e2e.LABRUN), "grade", data + "/workspaces", "--labs", os.path.join(e2e.ROOT, "labs"),
                               "--format", "csv"])
        e2e.check("labrun grade grades it (nothing tampered, nothing lost)",
                  graded.returncode in (0, 2) and "minsu.kim@example.com" in graded.stdout and "tamper" not in graded.stdout,
                  graded.stdout[-400:] + graded.stderr[-400:] + log_lines.stdout[-300:])
    finally:
        if server.poll() is None:
            subprocess.run(as_root(["kill", "-9", str(server.pid)]))
            server.wait(timeout=30)
    if e2e.failures:
        print("%d check(s) failed; the work folder is %s" % (len(e2e.failures), work))
        sys.exit(1)
    shutil.rmtree(work)
    print("all classroom full-disk checks passed")


if __name__ == "__main__":
    asyncio.run(main())
