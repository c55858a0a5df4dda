#!/usr/bin/env python3
"""Load test of labrun-server on loopback: N learners at once, each typing a lab's reference
solution at a human pace, key bursts over the WebSocket as a browser sends them.

Prints, from one run: the median and p99 of command-to-output latency (Enter sent → the next
prompt received), the server's RSS with no session, with N idle sessions open, and at the end
(per session), and the server's CPU time. Usage:

  load.py BIN_DIR [--learners 1000] [--lab gateway-endpoint] [--think 6] [--cps 15]
"""
import argparse
import asyncio
import multiprocessing
import os
import random
import signal
import statistics
import sys
import tempfile
import time

import websockets

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e2e  # noqa: E402


def rss_kib(pid):
    for line in open("/proc/%d/status" % pid):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def learner(link, lab, lines, args, latencies, errors, ready, go):
    url = link.replace("http://", "ws://") + "/" + lab + "/ws"
    origin = "http://" + link.split("/")[2]
    try:
        async with websockets.connect(url, origin=origin, max_size=None, open_timeout=120, ping_interval=None) as ws:
            await ws.send("r100")
            await e2e.read_until(ws, "$ ", timeout=300)
            with ready.get_lock():
                ready.value += 1
            while not go.is_set():
                await asyncio.sleep(0.2)
            rng = random.Random(link)
            await asyncio.sleep(rng.uniform(0, args.think))
            for line in lines:
                chunk = max(1, args.cps // 4)
                for start in range(0, len(line), chunk):
                    await ws.send("d" + line[start:start + chunk])
                    await asyncio.sleep(chunk / args.cps)
                # Drain the echo of the keys, then time Enter to the next prompt.
                try:
                    while True:
                        await asyncio.wait_for(ws.recv(), 0.05)
                except asyncio.TimeoutError:
                    pass
                sent = time.perf_counter()
                await ws.send("d\r")
                text = ""
                while not text.endswith("$ "):
                    text += await asyncio.wait_for(ws.recv(), 120)
                latencies.append((time.perf_counter() - sent) * 1000)
                await asyncio.sleep(rng.uniform(args.think * 0.5, args.think * 1.5))
    except Exception as error:
        errors.append(repr(error)[:200])


async def lag_probe(lags, go_done):
    """How late this process's event loop wakes: the client's own share of the latency."""
    while not go_done():
        before = time.perf_counter()
        await asyncio.sleep(0.1)
        lags.append((time.perf_counter() - before - 0.1) * 1000)


def client(links, lab, lines, args, ready, go, finished, results):
    """One client process: its share of the learners, on one event loop."""
    async def run():
        latencies, errors, lags = [], [], []
        tasks = []
        for link in links:
            tasks.append(asyncio.create_task(learner(link, lab, lines, args, latencies, errors, ready, go)))
            await asyncio.sleep(0.02)
        probe = asyncio.create_task(lag_probe(lags, lambda: all(t.done() for t in tasks)))
        await asyncio.gather(*tasks)
        await probe
        results.put((latencies, errors, lags, time.process_time()))
    asyncio.run(run())
    finished.set()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--lab", default="gateway-endpoint")
    parser.add_argument("--think", type=float, default=6.0, help="mean seconds between commands")
    parser.add_argument("--cps", type=int, default=15, help="characters typed per second")
    parser.add_argument("--processes", type=int, default=2, help="client processes sharing the learners")
    args = parser.parse_args()
    e2e.SERVER = os.path.join(args.bin, "labrun-server")
    work = tempfile.mkdtemp(prefix="labrun-load-")
    roster = os.path.join(work, "class.csv")
    with open(roster, "w") as f:
        f.write("email,name\n")
        for index in range(args.learners):
            f.write("learner%04d@example.com,Learner %d\n" % (index, index))
    server = e2e.Server(work, roster, e2e.free_port())
    pid = server.proc.pid
    lines = [line for line in open(os.path.join(e2e.ROOT, "solutions", args.lab + ".sh")).read().splitlines()
             if line and not line.startswith("#")]
    links = list(e2e.links(work).values())
    base_rss = rss_kib(pid)
    ready = multiprocessing.Value("i", 0)
    go = multiprocessing.Event()
    results = multiprocessing.Queue()
    workers = []
    started = time.perf_counter()
    for index in range(args.processes):
        finished = multiprocessing.Event()
        worker = multiprocessing.Process(target=client, args=(links[index::args.processes], args.lab, lines, args, ready, go, finished, results))
        worker.start()
        workers.append(worker)
    while ready.value < len(links) and any(w.is_alive() for w in workers) and time.perf_counter() - started < 600:
        await asyncio.sleep(0.5)
    opened = time.perf_counter() - started
    await asyncio.sleep(2)
    idle_rss = rss_kib(pid)
    cpu_before = cpu_seconds(pid)
    run_started = time.perf_counter()
    go.set()
    latencies, errors, lags, client_cpu = [], [], [], 0.0
    for _ in workers:
        part = results.get()
        latencies += part[0]
        errors += part[1]
        lags += part[2]
        client_cpu += part[3]
    for worker in workers:
        worker.join()
    run_time = time.perf_counter() - run_started
    cpu = cpu_seconds(pid) - cpu_before
    end_rss = rss_kib(pid)
    server.stop(signal.SIGTERM)
    ready = [1] * ready.value
    latencies.sort()
    print("labrun-server load test: %d learners, lab %s (%d commands each), %.1f s think time, %d chars/s"
          % (args.learners, args.lab, len(lines), args.think, args.cps))
    print("  sessions opened: %d in %.1f s; errors: %d %s" % (len(ready), opened, len(errors), errors[:3]))
    if latencies:
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print("  commands: %d; command-to-output latency median %.1f ms, p99 %.1f ms, max %.1f ms"
              % (len(latencies), statistics.median(latencies), p99, latencies[-1]))
    print("  server RSS: %.1f MiB with no session, %.1f MiB with %d idle sessions (%.0f KiB per session), %.1f MiB at the end"
          % (base_rss / 1024, idle_rss / 1024, len(ready), (idle_rss - base_rss) / max(1, len(ready)), end_rss / 1024))
    print("  server CPU: %.1f s over %.1f s of typing (%.0f%% of one core)" % (cpu, run_time, 100 * cpu / run_time))
    lags.sort()
    if lags:
        print("  client (%d processes, %.0f s CPU in all): event-loop lag median %.1f ms, p99 %.1f ms (included in the latencies above)"
              % (args.processes, client_cpu, statistics.median(lags), lags[int(len(lags) * 0.99)]))
    print("  machine load average at the end: %s" % open("/proc/loadavg").read().split()[:3])


asyncio.run(main())
