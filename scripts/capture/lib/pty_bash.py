"""An interactive bash in a pseudo-terminal, for the capture scripts that need what only an
interactive shell does (readline's completion listing, history expansion): started with no rc
files in a folder of the caller's, read until it goes quiet or shows its prompt, then killed."""
import fcntl
import os
import pty
import select
import shutil
import struct
import termios
import time


def spawn(folder, env, width=80, argv0="bash", echo=True):
    """Starts `bash --noprofile --norc -i` (named `argv0`) in `folder` with exactly `env`, in a
    pseudo-terminal `width` columns wide; with `echo` off, readline echoes nothing typed.
    Returns (pid, fd)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(folder)
        if not echo:
            attributes = termios.tcgetattr(0)
            attributes[3] &= ~termios.ECHO
            termios.tcsetattr(0, termios.TCSANOW, attributes)
        os.execve(shutil.which("bash"), [argv0, "--noprofile", "--norc", "-i"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, width, 0, 0))
    return pid, fd


def read(fd, prompt=None, quiet=0.4, limit=5.0):
    """What the shell writes: up to `prompt` (left out) when one is given, else until it has been
    quiet for `quiet` seconds; never longer than `limit` seconds."""
    out = b""
    end = time.time() + limit
    last = time.time()
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            last = time.time()
            if prompt is not None and out.endswith(prompt):
                return out[:-len(prompt)]
        elif prompt is None and out and time.time() - last > quiet:
            break
    return out


def stop(pid, fd):
    """Ends the shell, whatever it is doing."""
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
