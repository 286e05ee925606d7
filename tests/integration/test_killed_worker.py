"""A worker killed mid-job (SIGKILL: no clean-up, its arq lock left behind) does not strand the job: another worker
takes it up within about a lease (jobs.lease) and finishes it with nothing lost or doubled (issue 14 item 14)."""
from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid
from typing import Any

from tests.conftest import PY, ROOT, _env, _start
from tests.helpers import catalog_csv, sql

ROWS = 8000
LEASE = 3


def _new_codes(n: int) -> list[tuple[str, str]]:
    """n drug codes not in master data, each a demo code with another spec/package segment and one test enterprise
    (the code stays valid: class, generic-name code and form are the demo code's)."""
    # the demo seeder's codes only: other tests add synthetic codes whose names do not match their generic-name codes
    # (tests/analysis_helpers.py), which the importer rightly refuses
    base = sql("SELECT DISTINCT ON (left(code, 14)) code, generic_name FROM drug_code WHERE synthetic AND code LIKE 'X%' "
               "AND code NOT LIKE 'XA00AA%' AND generic_name NOT LIKE '测试%' ORDER BY left(code, 14), code LIMIT 200")
    taken = {r["code"] for r in sql("SELECT code FROM drug_code WHERE code LIKE '%97531'")}
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for r in base:
        for k in range(100):
            code = f"{r['code'][:14]}{k // 10 + 10:02d}{k % 10 + 10:02d}97531"
            if code not in taken and code not in seen:
                seen.add(code)
                out.append((code, r["generic_name"]))
                if len(out) == n:
                    return out
    raise AssertionError("not enough demo codes to derive new ones")


def _row(code: str, generic: str) -> list[Any]:
    return [code, generic + "片", "", "片剂", "0.5g", 24, "片", "盒", "杀不死测试制药", "国药准字H90000000", generic,
            "口服常释剂型", "乙", "", ""]


async def _start_import(queue_name: str, content: bytes, version_no: str, uid: int) -> int:
    """Starts an import as xj_admin would, its job handed to this test's own queue (no other worker sees it)."""
    from arq import create_pool
    from arq.connections import RedisSettings

    from domain.catalog.commands import StartImport
    from domain.catalog.imports import ImportService
    from domain.divisions.repository import load_tree
    from domain.shared.config import Settings
    from domain.shared.db import create_database
    from domain.shared.principal import Principal
    from domain.shared.scopes import Post, Role, scopes_for
    from domain.shared.uow import UnitOfWork
    from jobs.queue import ArqQueue

    settings = Settings.from_env()
    db = create_database(settings, pool_size=2)
    pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))
    try:
        async with db.read_sessions() as s:
            tree = await load_tree(s)
        posts = frozenset({Post.CATALOG_MAINTAINER})
        who = Principal(user_id=uid, username="xj_admin", display_name="xj_admin", role=Role.REGION_OFFICIAL,
                        posts=posts, scopes=scopes_for(Role.REGION_OFFICIAL, posts), org_id=None,
                        division_code="650000", area=tree.area("650000"))
        uow = UnitOfWork(db.write_sessions, who, ArqQueue(pool, queue_name))
        imp = await ImportService(uow, settings).start(
            StartImport(file_name="kill.csv", version_no=version_no, name="中途被杀的导入"), content)
        return imp.id
    finally:
        await pool.aclose()
        await db.dispose()


def _import(import_id: int) -> Any:
    return sql("SELECT state, processed_rows, imported_rows, new_drug_codes, version_id, failure_code, failure_message "
               "FROM catalog_import WHERE id = $1", import_id)[0]


def _until(check: Any, seconds: float, what: str) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_worker_killed_mid_import_is_replaced_and_the_import_completes_exactly_once(database: None):
    """API4:2023 Unrestricted Resource Consumption: a job whose worker died must not hold its lock (and its import,
    shown RUNNING) for the job timeout; the next worker resumes it within about a lease, without a hand."""
    queue_name = f"zhilian:test:kill:{uuid.uuid4().hex[:8]}"
    # the stale window is long here: only the lease (arq's redelivery) can bring the import back within the test
    env = _env(ARQ_QUEUE=queue_name, JOB_LEASE_SECONDS=str(LEASE), JOB_STALE_SECONDS="3600")
    codes = _new_codes(ROWS)
    version_no = f"KILL{uuid.uuid4().hex[:8]}"
    uid = sql("SELECT id FROM app_user WHERE username = 'xj_admin'")[0]["id"]
    import_id = asyncio.run(_start_import(queue_name, catalog_csv([_row(c, g) for c, g in codes]), version_no, uid))
    first = _start([PY, "-m", "jobs.worker"], env, ROOT / ".local" / "test-worker-killed.log")
    second = None
    try:
        _until(lambda: _import(import_id)["processed_rows"] > 0, 180, "the first worker's progress")
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
        at_kill = _import(import_id)
        assert at_kill["state"] == "RUNNING", f"the import finished before the kill: {dict(at_kill)}"
        assert 0 < at_kill["processed_rows"] < ROWS
        # arq's lock of the killed run outlives it by at most a lease, not the job timeout
        lock_ttl = asyncio.run(_lock_ttl_ms(import_id, queue_name))
        assert lock_ttl is None or lock_ttl <= LEASE * 1000, lock_ttl
        killed_at = time.time()
        second = _start([PY, "-m", "jobs.worker"], env, ROOT / ".local" / "test-worker-replacement.log")
        _until(lambda: _import(import_id)["state"] in ("SUCCEEDED", "FAILED"), 300, "the import to finish")
        assert time.time() - killed_at < 240
    finally:
        for p in (first, second):
            if p is not None and p.poll() is None:
                p.terminate()
                p.wait(10)
    done = _import(import_id)
    assert done["state"] == "SUCCEEDED", dict(done)
    assert (done["processed_rows"], done["imported_rows"], done["new_drug_codes"]) == (ROWS, ROWS, ROWS)
    vid = done["version_id"]
    counts = sql("SELECT (SELECT count(*) FROM catalog_version WHERE version_no = $1) AS versions, "
                 "(SELECT count(*) FROM catalog_entry WHERE version_id = $2) AS entries, "
                 "(SELECT count(DISTINCT drug_code_id) FROM catalog_entry WHERE version_id = $2) AS distinct_drugs, "
                 "(SELECT entry_count FROM catalog_version WHERE id = $2) AS entry_count, "
                 "(SELECT count(*) FROM drug_code WHERE code = ANY($3)) AS drug_codes, "
                 "(SELECT count(*) FROM catalog_import_error WHERE import_id = $4) AS errors, "
                 "(SELECT count(*) FROM audit_log WHERE action = 'catalog_version.create' AND entity_id = $2::text) "
                 "AS version_audits",
                 version_no, vid, [c for c, _ in codes], import_id)[0]
    assert dict(counts) == {"versions": 1, "entries": ROWS, "distinct_drugs": ROWS, "entry_count": ROWS,
                            "drug_codes": ROWS, "errors": 0, "version_audits": 1}
    # the replacement took the job over as arq's redelivery (try 2), not by a sweep or a hand
    assert "try=2" in (ROOT / ".local" / "test-worker-replacement.log").read_text()


async def _lock_ttl_ms(import_id: int, queue_name: str) -> int | None:
    """The remaining lifetime of arq's in-progress key of the import's job (None: no such key left)."""
    from arq import create_pool
    from arq.connections import RedisSettings

    from domain.shared.config import Settings

    pool = await create_pool(RedisSettings.from_dsn(Settings.from_env().redis_url))
    try:
        job_ids = [j.decode() for j in await pool.zrange(queue_name, 0, -1)]
        ttls = [await pool.pttl("arq:in-progress:" + j) for j in job_ids]
        live = [t for t in ttls if t >= 0]
        return max(live) if live else None
    finally:
        await pool.aclose()


async def test_a_run_that_was_taken_over_writes_nothing_more(db):
    """The fence behind the takeover: a run whose lease ran out while it was only stalled (not dead) finds its claim
    gone at its next progress write and at its final transaction, so the import is never created twice."""
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import text

    from domain.catalog.repository import ImportRepository

    async with db.write_sessions() as s:
        import_id = (await s.execute(text(
            "INSERT INTO catalog_import (owner_division, file_name, file_format, file_size, file_content, on_errors, "
            "state, processed_rows, valid_rows, error_rows, imported_rows, new_drug_codes) VALUES ('650000', 'f.csv', "
            "'CSV', 1, '\\x00', 'REJECT_FILE', 'QUEUED', 0, 0, 0, 0, 0) RETURNING id"))).scalar_one()
        await s.commit()

    async def claim(stale_before: datetime) -> Any:
        async with db.write_sessions() as s:
            got = await ImportRepository(s).claim(import_id, stale_before=stale_before)
            await s.commit()
            return got

    async def progress(run: datetime, rows: int) -> bool:
        async with db.write_sessions() as s:
            ok = await ImportRepository(s).progress(import_id, run=run, processed_rows=rows)
            await s.commit()
            return ok

    now = datetime.now(timezone.utc)
    first = await claim(now - timedelta(minutes=2))
    assert first is not None and await progress(first.started_at, 1000)
    assert await claim(now - timedelta(minutes=2)) is None           # a fresh heartbeat: someone runs it
    second = await claim(datetime.now(timezone.utc) + timedelta(seconds=1))  # takeover (arq redelivered the job)
    assert second is not None and second.started_at != first.started_at
    assert not await progress(first.started_at, 2000)                 # the stalled run is fenced out
    assert await progress(second.started_at, 500)
    async with db.read_sessions() as s:
        assert (await s.execute(text("SELECT processed_rows FROM catalog_import WHERE id = :i"),
                                {"i": import_id})).scalar_one() == 500
