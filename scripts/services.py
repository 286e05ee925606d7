"""Make PostgreSQL and Redis available for `make run` / `make test`.

Uses DATABASE_URL / REDIS_URL (or the usual local defaults) when they answer; otherwise starts private
servers from the installed binaries under .local/ (git-ignored). If a binary is missing it installs it
with apt-get when running as root, or says exactly what to install. Prints `export VAR=value` lines.

    python scripts/services.py ensure --db zhilian          # prints exports for the dev database
    python scripts/services.py ensure --db zhilian_test --fresh
"""
from __future__ import annotations

import argparse
import asyncio
import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]
LOCAL = ROOT / ".local"
PG_PORT = 55432
REDIS_PORT = 56379


def say(msg: str) -> None:
    print(f"[services] {msg}", file=sys.stderr)


def reachable(host: str, port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_for(host: str, port: int, seconds: float = 30) -> bool:
    end = time.time() + seconds
    while time.time() < end:
        if reachable(host, port):
            return True
        time.sleep(0.3)
    return False


def apt_install(packages: list[str], what: str) -> None:
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"{what} not found: installing {' '.join(packages)} with apt-get")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=True, env=env, stdout=subprocess.DEVNULL)
        return
    sys.exit(f"[services] {what} is not installed. Install it first, e.g.: sudo apt-get install -y {' '.join(packages)}")


def pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def start_private_postgres() -> str:
    if not (pg_bin("initdb") and pg_bin("pg_ctl")):
        apt_install(["postgresql", "postgresql-contrib"], "PostgreSQL server")
    initdb, pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
    assert initdb and pg_ctl
    data = LOCAL / "pg"
    if reachable("127.0.0.1", PG_PORT):
        return f"postgresql://postgres@127.0.0.1:{PG_PORT}/postgres"
    LOCAL.mkdir(exist_ok=True)
    if not (data / "PG_VERSION").exists():
        data.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(LOCAL, "postgres")  # runuser needs to reach the folder
            shutil.chown(data, "postgres")
        say(f"initialising a private PostgreSQL cluster in {data}")
        subprocess.run(as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                                    "--locale=C.UTF-8"]), check=True, stdout=subprocess.DEVNULL)
    say(f"starting private PostgreSQL on 127.0.0.1:{PG_PORT}")
    subprocess.run(as_postgres([pg_ctl, "-D", str(data), "-l", str(data / "server.log"), "-w", "-o",
                                f"-p {PG_PORT} -k {data} -c listen_addresses=127.0.0.1"]) + ["start"],
                   check=True, stdout=subprocess.DEVNULL)
    if not wait_for("127.0.0.1", PG_PORT):
        sys.exit(f"[services] private PostgreSQL did not start; see {data / 'server.log'}")
    return f"postgresql://postgres@127.0.0.1:{PG_PORT}/postgres"


def start_private_redis() -> str:
    if not shutil.which("redis-server"):
        apt_install(["redis-server"], "Redis server")
    if not reachable("127.0.0.1", REDIS_PORT):
        folder = LOCAL / "redis"
        folder.mkdir(parents=True, exist_ok=True)
        say(f"starting private Redis on 127.0.0.1:{REDIS_PORT}")
        subprocess.run(["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", str(REDIS_PORT),
                        "--save", "", "--appendonly", "no", "--dir", str(folder),
                        "--logfile", str(folder / "redis.log")], check=True)
        if not wait_for("127.0.0.1", REDIS_PORT):
            sys.exit(f"[services] private Redis did not start; see {folder / 'redis.log'}")
    return f"redis://127.0.0.1:{REDIS_PORT}/0"


def with_db(url: str, db: str) -> str:
    u = urlparse(url)
    return urlunparse(u._replace(path="/" + db))


async def ensure_database(server_url: str, db: str, fresh: bool) -> None:
    import asyncpg

    u = urlparse(server_url.replace("postgresql+asyncpg://", "postgresql://"))
    admin = urlunparse(u._replace(path="/postgres"))
    conn = await asyncpg.connect(admin)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", db)
        if exists and fresh:
            await conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", db)
            await conn.execute(f'DROP DATABASE "{db}"')
            exists = False
        if not exists:
            # Chinese trigram search needs a UTF-8 character-type locale, whatever the server default is.
            await conn.execute(f"CREATE DATABASE \"{db}\" TEMPLATE template0 ENCODING 'UTF8' "
                               "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
            say(f"created database {db}")
    finally:
        await conn.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["ensure"])
    ap.add_argument("--db", required=True)
    ap.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    ap.add_argument("--use-url-db", action="store_true", help="use the database named in DATABASE_URL, if any")
    args = ap.parse_args()

    db_url = os.environ.get("DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"
    u = urlparse(db_url)
    if not reachable(u.hostname or "127.0.0.1", u.port or 5432):
        say(f"no PostgreSQL at {u.hostname}:{u.port or 5432}")
        db_url = start_private_postgres()
    named = urlparse(os.environ.get("DATABASE_URL", "")).path.lstrip("/")
    # `run` keeps the database named in DATABASE_URL; `test` always uses its own (it drops it).
    target = named if args.use_url_db and named and named != "postgres" else args.db
    asyncio.run(ensure_database(db_url, target, args.fresh))

    redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    r = urlparse(redis_url)
    if not reachable(r.hostname or "127.0.0.1", r.port or 6379):
        say(f"no Redis at {r.hostname}:{r.port or 6379}")
        redis_url = start_private_redis()

    print(f"export DATABASE_URL={with_db(db_url, target)}")
    print(f"export REDIS_URL={redis_url}")


if __name__ == "__main__":
    main()
