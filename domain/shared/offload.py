"""CPU-bound work of a request (reading an uploaded spreadsheet) in a small pool of worker processes, never on the
event loop: a slow or hostile file then costs one pool worker, while the API keeps answering everyone else.

The pool is created on first use and shut down by the API's lifespan (`shutdown`). Workers are spawned (not forked
from a process holding database connections and threads) and replaced after a number of tasks, so memory a large
file took is given back. Functions run here must be module-level and take and return picklable values."""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from domain.shared.sheets import FileError

log = logging.getLogger(__name__)
T = TypeVar("T")

WORKERS = max(1, int(os.environ.get("PARSE_WORKERS", "2")))
TASKS_PER_WORKER = 50

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _get() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=multiprocessing.get_context("spawn"),
                                        max_tasks_per_child=TASKS_PER_WORKER)
        return _pool


async def run(fn: Callable[..., T], *args: Any) -> T:
    """Runs `fn(*args)` in a pool worker and returns its result (its exception is raised here, as it was raised)."""
    global _pool
    pool = _get()
    try:
        return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)
    except BrokenProcessPool:
        # a worker died (e.g. killed for memory): the next call gets a fresh pool
        with _lock:
            if _pool is pool:
                _pool = None
        pool.shutdown(wait=False, cancel_futures=True)
        log.error("file parsing worker died; pool replaced")
        raise FileError("UNREADABLE_FILE", "文件无法处理（解析进程异常退出），请检查文件后重试") from None


def shutdown() -> None:
    """Stops the pool's workers (the API's lifespan calls this on exit)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
