"""Test session: a migrated, seeded PostgreSQL database, plus the API and the arq worker as real processes."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers import Api

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
JWT_SECRET = "test-secret-not-for-production-0123456789"

if "DATABASE_URL" not in os.environ:  # plain `pytest`: prepare the test database like `make test` does
    out = subprocess.run([PY, "scripts/services.py", "ensure", "--db", "zhilian_test"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        k, _, v = line.removeprefix("export ").partition("=")
        os.environ[k] = v
os.environ.setdefault("JWT_SECRET", JWT_SECRET)
os.environ.setdefault("ZHILIAN_ENV", "test")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Every API server of the test session repeats each fast-path repository read on the plain path and writes the
# comparison here (domain.shared.reads.ReadCheck); tests/api/test_read_paths.py, run last, reads it.
READ_CHECK = ROOT / ".local" / "read-path-check.jsonl"


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "JWT_SECRET": os.environ["JWT_SECRET"], "SQL_COUNT_HEADER": "1",
            "READ_PATH_CHECK": str(READ_CHECK), **extra}


def pytest_sessionstart(session: pytest.Session) -> None:
    READ_CHECK.parent.mkdir(parents=True, exist_ok=True)
    READ_CHECK.unlink(missing_ok=True)


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `after_api` run after every other test (they read what the API servers recorded)."""
    items.sort(key=lambda item: item.get_closest_marker("after_api") is not None)


@pytest.fixture(scope="session")
def database() -> None:
    """Migrates and seeds the small demo data set (idempotent)."""
    subprocess.run([PY, "-m", "alembic", "upgrade", "head"], cwd=ROOT, check=True, env=_env())
    subprocess.run([PY, "-m", "scripts.demo.seed", "--size", "small"], cwd=ROOT, check=True, env=_env(),
                   stdout=subprocess.DEVNULL)


@pytest.fixture(scope="session")
def queue_name() -> str:
    return f"zhilian:test:{uuid.uuid4().hex[:8]}"


def _start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    log.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _serve(env: dict[str, str], name: str, workers: int = 0) -> Iterator[str]:
    """The API on a free port: one uvicorn process, or `workers` of them under api.serve (as `make run` runs it)."""
    port = _free_port()
    if workers:
        cmd = [PY, "-m", "api.serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
               "--no-access-log"]
    else:
        cmd = [PY, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1", "--port", str(port),
               "--no-proxy-headers",
               "--no-access-log"]
    proc = _start(cmd, env, ROOT / ".local" / f"test-{name}.log")
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120  # start-up takes ~2 s of CPU; a loaded machine stretches it
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"API exited; see .local/test-{name}.log")
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("API did not become healthy")
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="session")
def server(database: None, queue_name: str) -> Iterator[str]:
    """The API as a real uvicorn process."""
    yield from _serve(_env(ARQ_QUEUE=queue_name), "api")


@pytest.fixture(scope="session")
def production_server(database: None, queue_name: str) -> Iterator[str]:
    """The API in production mode (masked errors, guarded introspection)."""
    yield from _serve(_env(ARQ_QUEUE=queue_name, ZHILIAN_ENV="production", SQL_COUNT_HEADER="0"), "api-prod")


@pytest.fixture(scope="session")
def worker(database: None, queue_name: str) -> Iterator[None]:
    """The arq worker as a real process, on this session's own queue."""
    proc = _start([PY, "-m", "jobs.worker"], _env(ARQ_QUEUE=queue_name),
                  ROOT / ".local" / "test-worker.log")
    time.sleep(1.0)
    if proc.poll() is not None:
        raise RuntimeError("worker exited; see .local/test-worker.log")
    try:
        yield
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="session")
def api(server: str) -> Api:
    return Api(server)
