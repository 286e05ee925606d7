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
    # A running job holds arq's in-progress key for this long and its worker renews it every quarter of it, so the
    # job of a killed worker is taken up again by another within about this time (jobs.lease).
    job_lease_seconds: int = 60
    # A job row (catalog import, 报盘 upload) whose heartbeat is older than this belongs to a run that died; the
    # sweep queues it again (its redelivery by arq takes it over at once).
    job_stale_seconds: int = 120
    jwt_secret: str = ""
    # Access tokens of staff and partners (the SPA renews an active session shortly before expiry, sessionRefresh)
    # and of insured persons (the mini-program signs in again silently with a WeChat code or its device id).
    token_ttl_minutes: int = 30
    insured_token_ttl_minutes: int = 120
    # Seconds an API process trusts its memory of an account's token version (revocation, api.auth); 0: every request.
    token_check_seconds: float = 5.0
    db_pool_size: int = 10
    graphiql: bool = True
    sql_count_header: bool = False
    max_page_size: int = 100
    max_query_depth: int = 10
    max_upload_bytes: int = 50 * 1024 * 1024
    # Request limits (schema.cost, api.graphql): a JSON or GET request's bytes, a document's characters, tokens,
    # aliases and fields (fragments expanded), the parse cache's memory estimate, and the cost budgets per role.
    max_body_bytes: int = 1024 * 1024
    max_query_chars: int = 50_000
    max_query_tokens: int = 2000
    max_query_aliases: int = 50
    max_query_fields: int = 500
    max_query_duplicates: int = 20
    parse_cache_bytes: int = 64 * 1024 * 1024
    cost_budget_public: int = 1000
    cost_budget_staff: int = 5000
    cost_budget_official: int = 10000
    # schema.execution's executor (short paths for plain fields); off: strawberry's stock execution context.
    fast_executor: bool = True
    login_max_failures: int = 5
    login_lock_minutes: int = 15
    # Public services (PUB-…): the region whose catalog and institutions the public app shows, and the
    # recency windows stated on screen next to "recently purchased" (PUB-07) and "recently settled" (PUB-08).
    public_region: str = "650000"
    purchase_window_days: int = 30
    settlement_window_days: int = 90
    # Catalog stocking status (DRUG-06): a catalog drug counts as delivered to institutions, or settled under
    # insurance, when a delivery arrived / a sale was settled in the area within this many days up to today.
    stocking_delivery_window_days: int = 90
    stocking_settlement_window_days: int = 90
    # Requests per minute per public-app client (IP for anonymous callers, the person for insured ones),
    # per API process; 0 turns the limit off.
    public_rate_limit: int = 300
    # Seconds the public app's master-data answers (drug search pages, suggestions, details) are reused per
    # process (domain.public.cache); 0 turns it off.
    public_cache_seconds: int = 60
    # Nearest-holders candidate sets kept per process until the drug's holders change (domain.public.nearby;
    # NOTIFY public_holder); entries and their longest life. 0 entries turns it off.
    nearby_cache_entries: int = 8192
    nearby_cache_seconds: int = 600
    # Insured persons' identity: WeChat mini-program login (jscode2session) and the development provider.
    wechat_appid: str = ""
    wechat_secret: str = ""
    wechat_api_base: str = "https://api.weixin.qq.com"
    dev_identity: bool = True
    # Extra persisted-operation manifests (JSON {hash: document}) besides the mini-program's own.
    persisted_documents: tuple[str, ...] = ()
    # Reverse proxies whose X-Forwarded-For names the real client (rate limits by IP); none by default.
    trusted_proxies: tuple[str, ...] = ()
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
            job_lease_seconds=max(int(os.environ.get("JOB_LEASE_SECONDS", cls.job_lease_seconds)), 2),
            job_stale_seconds=max(int(os.environ.get("JOB_STALE_SECONDS", cls.job_stale_seconds)), 2),
            jwt_secret=secret,
            token_ttl_minutes=int(os.environ.get("TOKEN_TTL_MINUTES", cls.token_ttl_minutes)),
            insured_token_ttl_minutes=int(os.environ.get("INSURED_TOKEN_TTL_MINUTES", cls.insured_token_ttl_minutes)),
            token_check_seconds=float(os.environ.get("TOKEN_CHECK_SECONDS", cls.token_check_seconds)),
            db_pool_size=int(os.environ.get("DB_POOL_SIZE", cls.db_pool_size)),
            graphiql=_bool("GRAPHIQL", env != "production"),
            sql_count_header=_bool("SQL_COUNT_HEADER", env != "production"),
            fast_executor=_bool("FAST_EXECUTOR", cls.fast_executor),
            max_body_bytes=int(os.environ.get("MAX_BODY_BYTES", cls.max_body_bytes)),
            max_query_chars=int(os.environ.get("MAX_QUERY_CHARS", cls.max_query_chars)),
            max_query_tokens=int(os.environ.get("MAX_QUERY_TOKENS", cls.max_query_tokens)),
            max_query_aliases=int(os.environ.get("MAX_QUERY_ALIASES", cls.max_query_aliases)),
            max_query_fields=int(os.environ.get("MAX_QUERY_FIELDS", cls.max_query_fields)),
            max_query_duplicates=int(os.environ.get("MAX_QUERY_DUPLICATES", cls.max_query_duplicates)),
            parse_cache_bytes=int(os.environ.get("PARSE_CACHE_BYTES", cls.parse_cache_bytes)),
            cost_budget_public=int(os.environ.get("COST_BUDGET_PUBLIC", cls.cost_budget_public)),
            cost_budget_staff=int(os.environ.get("COST_BUDGET_STAFF", cls.cost_budget_staff)),
            cost_budget_official=int(os.environ.get("COST_BUDGET_OFFICIAL", cls.cost_budget_official)),
            public_region=os.environ.get("PUBLIC_REGION", cls.public_region),
            purchase_window_days=int(os.environ.get("PUBLIC_PURCHASE_WINDOW_DAYS", cls.purchase_window_days)),
            settlement_window_days=int(os.environ.get("PUBLIC_SETTLEMENT_WINDOW_DAYS", cls.settlement_window_days)),
            stocking_delivery_window_days=int(os.environ.get("STOCKING_DELIVERY_WINDOW_DAYS",
                                                             cls.stocking_delivery_window_days)),
            stocking_settlement_window_days=int(os.environ.get("STOCKING_SETTLEMENT_WINDOW_DAYS",
                                                               cls.stocking_settlement_window_days)),
            public_rate_limit=int(os.environ.get("PUBLIC_RATE_LIMIT", cls.public_rate_limit)),
            public_cache_seconds=int(os.environ.get("PUBLIC_CACHE_SECONDS", cls.public_cache_seconds)),
            nearby_cache_entries=int(os.environ.get("NEARBY_CACHE_ENTRIES", cls.nearby_cache_entries)),
            nearby_cache_seconds=int(os.environ.get("NEARBY_CACHE_SECONDS", cls.nearby_cache_seconds)),
            wechat_appid=os.environ.get("WECHAT_APPID", ""),
            wechat_secret=os.environ.get("WECHAT_SECRET", ""),
            wechat_api_base=os.environ.get("WECHAT_API_BASE", cls.wechat_api_base).rstrip("/"),
            dev_identity=_bool("DEV_IDENTITY", env != "production"),
            trusted_proxies=tuple(p.strip() for p in os.environ.get("TRUSTED_PROXIES", "").split(",") if p.strip()),
            persisted_documents=tuple(p for p in os.environ.get("PERSISTED_DOCUMENTS", "").split(os.pathsep) if p),
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Returns the settings of this process."""
    return Settings.from_env()


def shanghai_today() -> date:
    """Today's business date (Asia/Shanghai), whatever the machine's zone."""
    return datetime.now(SHANGHAI).date()
