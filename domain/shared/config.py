"""Process settings, read once from the environment."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parents[2]


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _dev_secret() -> str:
    # A development secret survives restarts (tokens stay valid) but never leaves the machine.
    path = ROOT / ".local" / "jwt-secret"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(48)
        path.write_text(value)
        return value


@dataclass(frozen=True)
class Settings:
    env: str = "development"
    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/zhilian"
    redis_url: str = "redis://127.0.0.1:6379/0"
    arq_queue: str = "zhilian:queue"
    jwt_secret: str = ""
    token_ttl_minutes: int = 60
    db_pool_size: int = 10
    graphiql: bool = True
    sql_count_header: bool = False
    max_page_size: int = 100
    max_query_depth: int = 10
    max_upload_bytes: int = 50 * 1024 * 1024
    login_max_failures: int = 5
    login_lock_minutes: int = 15
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def production(self) -> bool:
        return self.env == "production"

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ.get("ZHILIAN_ENV", "development")
        secret = os.environ.get("JWT_SECRET", "")
        if not secret:
            if env == "production":
                raise RuntimeError("JWT_SECRET must be set in production")
            secret = _dev_secret()
        db = os.environ.get("DATABASE_URL", cls.database_url)
        if db.startswith("postgresql://") or db.startswith("postgres://"):
            db = "postgresql+asyncpg://" + db.split("://", 1)[1]
        return cls(
            env=env,
            database_url=db,
            redis_url=os.environ.get("REDIS_URL", cls.redis_url),
            arq_queue=os.environ.get("ARQ_QUEUE", cls.arq_queue),
            jwt_secret=secret,
            token_ttl_minutes=int(os.environ.get("TOKEN_TTL_MINUTES", cls.token_ttl_minutes)),
            db_pool_size=int(os.environ.get("DB_POOL_SIZE", cls.db_pool_size)),
            graphiql=_bool("GRAPHIQL", env != "production"),
            sql_count_header=_bool("SQL_COUNT_HEADER", env != "production"),
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Returns the settings of this process."""
    return Settings.from_env()


def shanghai_today() -> date:
    """Today's business date (Asia/Shanghai), whatever the machine's zone."""
    return datetime.now(SHANGHAI).date()
