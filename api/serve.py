"""Runs the API as N uvicorn worker processes, each with its own listening socket on the same address
(SO_REUSEPORT), so that the kernel spreads new connections over the workers.

Why not `uvicorn --workers N`: that shares one listening socket between the processes, and whichever process is
awake accepts. A client that opens its pool at once (a gateway, a partner's batch, wrk's 32 keep-alive connections)
then lands mostly on one worker — 31/1, 29/3 and 24/8 of 32 in three starts on the benchmark — which queues
while the other idles (throughput 1.9k instead of 2.6k req/s, p99 ~230 instead of ~50 ms). With a socket per
worker the kernel hashes each new connection to one of the listening sockets.

    python -m api.serve [--host 127.0.0.1] [--port 8000] [--workers 2] [--no-access-log] [--log-level info]

The parent starts the workers, starts a new one when one dies, and stops them all on SIGINT or SIGTERM (each
worker shuts down gracefully: uvicorn finishes the requests in flight and runs the app's lifespan shutdown).
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from typing import Any


def _socket(host: str, port: int, shared: bool = True) -> socket.socket:
    """A bound socket that shares its port with the other workers' (SO_REUSEPORT). It is not listening yet: the
    event loop listens on it once the app's start-up is done, so a starting (or restarting) worker is not handed
    connections it cannot answer. With shared=False, a probe that fails while anything listens on the port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind((host, port))
    return s


def _exit_with_parent(parent: int) -> None:
    """Linux: this worker gets SIGTERM when the launcher dies, even by SIGKILL, so no orphaned worker keeps
    serving the port (and if the launcher is already gone, stop now)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the launcher's own SIGTERM handling still stops workers
        return
    if os.getppid() != parent:
        sys.exit(0)


def _worker(host: str, port: int, log_level: str, access_log: bool, parent: int = 0) -> None:
    import uvicorn

    if parent:
        _exit_with_parent(parent)
    sock = _socket(host, port)
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from 127.0.0.1 (FORWARDED_ALLOW_IPS) and
    # rewrite the client address before the app sees it; the app trusts only TRUSTED_PROXIES (api.ratelimit).
    config = uvicorn.Config("api.app:create_app", factory=True, host=host, port=port, log_level=log_level,
                            access_log=access_log, proxy_headers=False)
    uvicorn.Server(config).run(sockets=[sock])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n\n")[0])
    ap.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    ap.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
    ap.add_argument("--log-level", default="info")
    ap.add_argument("--no-access-log", action="store_true")
    ap.add_argument("--worker", type=int, metavar="PARENT", help=argparse.SUPPRESS)  # one worker, of that launcher
    a = ap.parse_args(argv)
    if a.worker is not None:
        _worker(a.host, a.port, a.log_level, not a.no_access_log, a.worker)
        return 0
    if a.workers < 1:
        ap.error("--workers must be at least 1")
    try:  # fail at once when the address is taken (by another api.serve too)
        _socket(a.host, a.port, shared=False).close()
    except OSError as e:
        print(f"api.serve: cannot listen on {a.host}:{a.port}: {e}", file=sys.stderr)
        return 1
    cmd = [sys.executable, "-m", "api.serve", "--worker", str(os.getpid()), "--host", a.host, "--port", str(a.port), "--log-level",
           a.log_level] + (["--no-access-log"] if a.no_access_log else [])
    workers: list[subprocess.Popen[bytes]] = []
    stopping = False

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(cmd)  # noqa: S603 (our own interpreter and module, argv built above)

    def stop(signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True
        for p in workers:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    workers.extend(start() for _ in range(a.workers))
    print(f"api.serve: {a.workers} workers on http://{a.host}:{a.port} (pids "
          f"{', '.join(str(p.pid) for p in workers)})", file=sys.stderr, flush=True)
    restarts: list[float] = []
    failed = False
    while not stopping:
        time.sleep(0.5)
        for k, p in enumerate(workers):
            if stopping or p.poll() is None:
                continue
            now = time.monotonic()
            restarts = [t for t in restarts if now - t < 60] + [now]
            if len(restarts) > 5 * a.workers:  # dying at start-up (bad settings, database down): give up
                print("api.serve: workers keep exiting; stopping", file=sys.stderr, flush=True)
                failed = True
                stop(signal.SIGTERM, None)
                break
            print(f"api.serve: worker {p.pid} exited ({p.returncode}); starting another", file=sys.stderr, flush=True)
            workers[k] = start()
    for p in workers:
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
