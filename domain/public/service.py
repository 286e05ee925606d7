"""The public drug finder's rules: input checks, datum handling, recency windows, insured login, trace scans."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from domain.identity import tokens
from domain.public.geo import BadCoordinates, Datum, to_wgs84
from domain.public.identity import DevProvider, Provider, WeChatProvider
from domain.public.models import IdentityProvider, InsuredPerson, TraceScan, TraceScanResult
from domain.public.repository import InsuredRepository, PublicRepository
from domain.public.views import TraceScanView
from domain.shared.config import SHANGHAI, Settings, shanghai_today
from domain.shared.errors import DomainError
from domain.shared.principal import Principal
from domain.shared.scopes import Role, scopes_for
from domain.shared.uow import UnitOfWork

MAX_KEYWORD = 50
MAX_PAGE = 50
TRACE_CODE = re.compile(r"^\d{20}$")


class PublicInputError(DomainError):
    code = "BAD_PUBLIC_INPUT"


def keyword(raw: str | None, *, required: bool, field: str = "keyword") -> str | None:
    """A search keyword: trimmed, at most 50 characters. Kept as typed: names hold full-width punctuation
    (（演示）), which NFKC would turn into ASCII; full-width pinyin letters are folded where initials are
    matched (repository.initials_of)."""
    if raw is None or not raw.strip():
        if required:
            raise PublicInputError("请输入药品名称、商品名或拼音首字母", code="KEYWORD_EMPTY", field=[field])
        return None
    q = raw.strip()
    if len(q) > MAX_KEYWORD:
        raise PublicInputError(f"搜索内容过长（最多 {MAX_KEYWORD} 个字）", code="KEYWORD_TOO_LONG", field=[field])
    if any(unicodedata.category(ch) == "Cc" for ch in q):
        raise PublicInputError("搜索内容包含非法字符", code="KEYWORD_INVALID", field=[field])
    return q


def point(lat: float, lon: float, datum: Datum, field: str = "near") -> tuple[float, float]:
    """A client's position as WGS-84 (the stored datum)."""
    try:
        return to_wgs84(lat, lon, datum)
    except BadCoordinates as exc:
        raise PublicInputError(str(exc), code="BAD_COORDINATES", field=[field]) from exc


def visit_page(raw: str | None) -> str:
    """The page a public-app visit (PUB-27) names: 1 to 64 characters, kept as sent."""
    if not raw or len(raw) > 64:
        raise PublicInputError("page 应为 1～64 个字符", code="BAD_PAGE", field=["page"])
    return raw


def page_size(first: int) -> int:
    if first < 1 or first > MAX_PAGE:
        raise PublicInputError(f"first 必须在 1 到 {MAX_PAGE} 之间", code="PAGE_SIZE_EXCEEDED", field=["first"])
    return first


def decode_offset(after: str | None) -> int:
    """Public lists page by position (nearest-first order has no stable key): the cursor is the next offset."""
    if not after:
        return 0
    try:
        n = int(after.removeprefix("o:"))
    except ValueError:
        raise PublicInputError("游标无效", code="INVALID_CURSOR", field=["after"]) from None
    if not after.startswith("o:") or n < 0 or n > 10_000:
        raise PublicInputError("游标无效", code="INVALID_CURSOR", field=["after"])
    return n


def encode_offset(n: int) -> str:
    return f"o:{n}"


@dataclass(frozen=True, slots=True)
class Windows:
    purchase_days: int
    settlement_days: int

    def since(self, today: date | None = None) -> tuple[date, date]:
        today = today or shanghai_today()
        return today - timedelta(days=self.purchase_days - 1), today - timedelta(days=self.settlement_days - 1)


@dataclass(frozen=True)
class InsuredSession:
    token: str
    expires_at: datetime
    display_name: str


class InsuredLoginService:
    def __init__(self, uow: UnitOfWork, settings: Settings, providers: dict[str, Provider] | None = None) -> None:
        self.uow = uow
        self.settings = settings
        self.providers = providers or {IdentityProvider.DEV: DevProvider(settings),
                                       IdentityProvider.WECHAT: WeChatProvider(settings)}

    async def login(self, provider: IdentityProvider, code: str) -> InsuredSession:
        """Identifies the person with the provider, creates their record on first login, issues a token."""
        identity = await self.providers[provider].identify((code or "").strip())
        now = datetime.now(timezone.utc)
        async with self.uow as uow:
            person = await uow.repo(InsuredRepository).lock_by_subject(provider.value, identity.subject)
            created = person is None
            if person is None:
                person = InsuredPerson(provider=provider.value, subject=identity.subject, union_id=identity.union_id,
                                       display_name="微信用户" if provider == IdentityProvider.WECHAT else "参保人")
                uow.session.add(person)
                await uow.session.flush()
            elif identity.union_id and person.union_id != identity.union_id:
                person.union_id = identity.union_id
            person.last_login_at = now
            who = self._principal(person)
            uow.audit.record(who, "insured.login", "InsuredPerson", person.id, label=f"{provider.value} 登录",
                       division_code=None, after={"created": created})
            await uow.commit()
        claims = tokens.TokenClaims(user_id=None, username=who.username, display_name=person.display_name,
                                    role=Role.INSURED_PERSON, posts=frozenset(), scopes=who.scopes, org_id=None,
                                    division_code=None, expires_at=0, insured_id=person.id)
        token, exp = tokens.issue(claims, self.settings.jwt_secret, self.settings.insured_token_ttl_minutes * 60)
        return InsuredSession(token=token, expires_at=datetime.fromtimestamp(exp, timezone.utc),
                              display_name=person.display_name)

    @staticmethod
    def _principal(person: InsuredPerson) -> Principal:
        return Principal(user_id=None, username=f"insured:{person.id}", display_name=person.display_name,
                         role=Role.INSURED_PERSON, posts=frozenset(),
                         scopes=scopes_for(Role.INSURED_PERSON, ()), org_id=None, division_code=None,
                         insured_id=person.id)


TRACE_MESSAGES = {
    TraceScanResult.FOUND: "已识别药品，请核对包装上的名称、规格与生产企业",
    TraceScanResult.INVALID_FORMAT: "这不是药品追溯码：追溯码为包装上“药品追溯码”下的 20 位数字",
    TraceScanResult.UNKNOWN_CODE: "未查到该追溯码对应的药品，请核对后重试或向购药机构咨询",
}


class TraceService:
    """PUB-19: an insured person scans the pack code of a drug they bought. The 20-digit 药品追溯码 begins with the
    7-digit 药品标识码 that names the product and pack; the scan is kept as the person's trace record and counts
    for the drug file (DRUG-27) whatever its result."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def scan(self, who: Principal, raw: str, division_code: str | None = None) -> TraceScanView:
        if who.insured_id is None:
            raise DomainError("请先登录后再扫码追溯", code="LOGIN_REQUIRED")
        code = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", raw or ""))
        if not code:
            raise PublicInputError("请扫描或输入药品追溯码", code="CODE_EMPTY", field=["code"])
        if len(code) > 64:
            raise PublicInputError("追溯码过长", code="CODE_TOO_LONG", field=["code"])
        async with self.uow as uow:
            drug_id = None
            if not TRACE_CODE.match(code):
                result = TraceScanResult.INVALID_FORMAT
            else:
                product = await uow.repo(PublicRepository).trace_product(code[:7])
                result = TraceScanResult.FOUND if product else TraceScanResult.UNKNOWN_CODE
                drug_id = product.drug_code_id if product else None
            scan = TraceScan(insured_id=who.insured_id, code=code, result=result.value, drug_code_id=drug_id,
                             division_code=division_code, business_date=datetime.now(SHANGHAI).date())
            uow.session.add(scan)
            await uow.session.flush()
            uow.record("trace.scan", "TraceScan", scan.id, label=code, division_code=division_code,
                       after={"result": result.value, "drugCodeId": drug_id})
            await uow.commit()
            return TraceScanView(*(getattr(scan, c.key) for c in TraceScanView.columns))

