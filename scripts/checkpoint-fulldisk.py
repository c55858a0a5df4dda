#!/usr/bin/env python3
"""A learner's disk fills up during a session: the resume checkpoint written when it ends fails with
ENOSPC, and must leave nothing behind (a half-written temporary file would hold on to the space the
next save needs), lose no command already saved, and leave a workspace that resumes and is fsck-clean.

The workspace lives on a 4 MiB tmpfs in a private mount namespace, so nothing outside it is touched.
Needs root (or sudo without a password) for the mount. Run by scripts/test.sh after the build:
checkpoint-fulldisk.py BIN_DIR
"""
import os
import select
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEARNER = "Full Disk <full.disk@example.org>"
LINES = ["hostname", "aws s3 ls", "dig s3.ap-northeast-2.amazonaws.com", "hint", "aws sts get-caller-identity"] * 8
MARKER = "typed-before-the-disk-filled"
failures = []


def check(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else ": " + detail))
    if not ok:
        failures.append(what)


def session(labrun, workspace, lines, before_end=None):
    """Runs a session that types `lines`, calls `before_end` once their output is in, then ends it."""
    env = dict(os.environ, NO_COLOR="1", LABRUN_LANG="en")
    process = subprocess.Popen(
        [labrun, "start", "interface-endpoint", "--labs", os.path.join(ROOT, "labs"), "--workspace", workspace,
         "--learner", LEARNER],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdin.write(("\n".join(lines + ["echo " + MARKER]) + "\n").encode())
    process.stdin.flush()
    output = b""
    deadline = time.time() + 120
    while output.count(MARKER.encode()) < 1 and time.time() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            output += chunk
    if before_end:
        # The output comes before the save of its line: wait for the save, so that what the full disk
        # refuses is the checkpoint written at the end, not a line.
        while time.time() < deadline and (MARKER not in transcript(workspace) or subprocess.run(
                ["git", "-C", workspace, "status", "--porcelain"], capture_output=True, text=True).stdout):
            time.sleep(0.1)
        before_end()
    rest, errors = process.communicate(timeout=120)
    return process.returncode, (output + rest).decode(errors="replace"), errors.decode(errors="replace")


def transcript(workspace):
    """The workspace's transcript as its files hold it."""
    return "".join(open(os.path.join(workspace, name), encoding="utf-8").read()
                   for name in sorted(os.listdir(workspace)) if name.startswith("transcript-"))


def fill(folder):
    """Writes a file in `folder` until the file system has no room left; returns its path."""
    path = os.path.join(folder, "filler")
    block = b"\0" * 65536
    with open(path, "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(block)
        except OSError:
            pass
        try:
            while True:
                filler.write(b"\0")
        except OSError:
            pass
    return path


def inside(bin_dir, disk):
    labrun = os.path.join(bin_dir, "labrun")
    workspace = os.path.join(disk, "ws")
    git_dir = os.path.join(workspace, ".git")
    checkpoint = os.path.join(git_dir, "labrun-resume-checkpoint")
    filler = []

    status, out, err = session(labrun, workspace, LINES, before_end=lambda: filler.append(fill(disk)))
    check("the session ends well on the full disk: a checkpoint is only a cache", status == 0 and not err,
          "status %d: %s" % (status, err))
    check("it typed every line before the disk filled", out.count(MARKER) >= 1, out[-300:])
    leftovers = [name for name in os.listdir(git_dir) if name.startswith("labrun-tmp-")]
    check("no temporary file is left in .git", not leftovers, repr(leftovers))
    check("no checkpoint was written on the full disk", not os.path.exists(checkpoint),
          "%d bytes" % os.path.getsize(checkpoint) if os.path.exists(checkpoint) else "")
    saved = subprocess.run(["git", "-C", workspace, "log", "--format=%s"], capture_output=True, text=True).stdout
    check("the commands typed before the disk filled were saved", saved.count("\n") > 0, saved)

    os.unlink(filler[0])
    fsck = subprocess.run(["git", "-C", workspace, "fsck", "--strict"], capture_output=True, text=True)
    check("the workspace is fsck-clean", fsck.returncode == 0, fsck.stdout + fsck.stderr)
    status, out, err = session(labrun, workspace, ["echo resumed"])
    check("the workspace resumes with room again", status == 0 and "resumed" in out, "status %d: %s" % (status, err))
    check("that session leaves its checkpoint", os.path.exists(checkpoint))
    saved_lines = transcript(workspace)
    check("every command typed before the disk filled is in the transcript",
          all(saved_lines.count('"input":"%s"' % line) >= LINES.count(line) for line in set(LINES)), saved_lines[-300:])


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--inside":
        inside(os.environ["LABRUN_BIN_DIR"], sys.argv[2])
        sys.exit(1 if failures else 0)
    bin_dir = os.path.abspath(sys.argv[1])
    disk = tempfile.mkdtemp(prefix="labrun-checkpoint-fulldisk-")
    mount = 'mount -t tmpfs -o size=4m labrun-full "$0" && exec "$@"'
    command = ["unshare", "-m", "--propagation", "private", "sh", "-c", mount, disk,
               sys.executable, os.path.abspath(__file__), "--inside", disk]
    if os.geteuid() != 0:
        command = ["sudo", "-n", "--preserve-env=LABRUN_BIN_DIR,PATH,HOME", *command]
    result = subprocess.run(command, env=dict(os.environ, LABRUN_BIN_DIR=bin_dir))
    os.rmdir(disk)
    if result.returncode != 0:
        print("checkpoint-fulldisk: failed", file=sys.stderr)
        sys.exit(1)
    print("checkpoint-fulldisk: all checks passed")


if __name__ == "__main__":
    main()
