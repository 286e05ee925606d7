"""api.serve, the multi-worker launcher `make run` uses: N uvicorn workers on one port (a socket each), a worker
that dies is replaced, SIGTERM stops them all, a launcher killed outright takes its workers with it, and a second
launcher on a taken port refuses to start."""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx

from tests.conftest import PY, ROOT, _env, _free_port, _start


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.add(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _until(check, seconds: float = 120) -> None:  # worker start-ups stretch on a loaded machine
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def _healthy(base: str) -> bool:
    try:
        return httpx.get(base + "/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _listening(pid: int, port: int) -> bool:
    out = subprocess.run(["ss", "-Htlnp", f"sport = :{port}"], capture_output=True, text=True).stdout
    return f"pid={pid}," in out


def test_serve_workers_restart_and_stop(database: None):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _start([PY, "-m", "api.serve", "--port", str(port), "--workers", "2", "--no-access-log"], _env(),
                  ROOT / ".local" / "test-serve.log")
    try:
        # each worker listens once its start-up is done: then it answers at once
        _until(lambda: len(_children(proc.pid)) == 2 and all(_listening(w, port) for w in _children(proc.pid)))
        assert all(_healthy(base) for _ in range(6))
        first = _children(proc.pid)
        # the port is taken: a second launcher says so and exits
        other = subprocess.run([PY, "-m", "api.serve", "--port", str(port), "--workers", "1"], cwd=ROOT, env=_env(),
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 1 and "cannot listen" in other.stderr
        # a worker killed outright is replaced, and the port keeps answering meanwhile
        victim = min(first)
        os.kill(victim, signal.SIGKILL)
        assert all(_healthy(base) for _ in range(6))  # the other worker, and the new one only once it is ready
        _until(lambda: len(_children(proc.pid)) == 2 and victim not in _children(proc.pid)
               and all(_listening(w, port) for w in _children(proc.pid)))
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        assert not any(_alive(w) for w in workers)
        assert not _healthy(base)
        # the launcher killed outright: its workers stop too (PR_SET_PDEATHSIG), nothing keeps the port
        proc = _start([PY, "-m", "api.serve", "--port", str(port), "--workers", "2", "--no-access-log"], _env(),
                      ROOT / ".local" / "test-serve.log")
        _until(lambda: len(_children(proc.pid)) == 2 and all(_listening(w, port) for w in _children(proc.pid)))
        workers = _children(proc.pid)
        proc.kill()
        proc.wait(10)
        _until(lambda: not any(_alive(w) for w in workers))
        assert not _healthy(base)
    finally:
        if proc.poll() is None:
            proc.kill()
