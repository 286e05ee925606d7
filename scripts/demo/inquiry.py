"""Demo inquiries: a few tasks at each step of the four-level workflow (SUP-18…24), made through the service
by the demo accounts themselves, so their timelines, notifications and audit rows are the real thing."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select, text

from domain.divisions.repository import load_tree
from domain.identity.models import Organisation, User
from domain.inquiry.service import InquiryService
from domain.shared.config import shanghai_today
from domain.shared.principal import Principal
from domain.shared.scopes import OFFICIAL_ROLES
from domain.shared.uow import UnitOfWork

DEMO_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


async def _principal(session: Any, tree: Any, username: str) -> Principal | None:
    user = (await session.scalars(select(User).where(User.username == username))).first()
    if user is None:
        return None
    org = await session.get(Organisation, user.organisation_id)
    division = org.division_code if org else None
    area = tree.area(division) if user.role_enum in OFFICIAL_ROLES else tree.area(None)
    return Principal(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role_enum,
                     posts=user.post_set, scopes=user.scopes, org_id=user.organisation_id, division_code=division,
                     area=area)


async def _open_warnings(session: Any, username: str, n: int) -> list[int]:
    rows = await session.execute(text(
        "SELECT w.id FROM supply_warning w JOIN app_user u ON u.organisation_id = w.organisation_id "
        "WHERE u.username = :u AND w.state = 'IDENTIFIED' ORDER BY w.id LIMIT :n"), {"u": username, "n": n})
    return [r[0] for r in rows]


async def seed_inquiries(sessions: Any) -> int:
    """Creates the demo tasks once (nothing when any task exists); returns how many were created."""
    async with sessions() as s:
        if await s.scalar(text("SELECT EXISTS (SELECT 1 FROM inquiry_task)")):
            return 0
        tree = await load_tree(s)
        who = {u: await _principal(s, tree, u) for u in
               ("xj_admin", "wlmq_official", "wlmq_reviewer", "xj_wholesaler", "xj_pharmacy")}
        # warnings of two 乌鲁木齐 supply entities with demo accounts (xj_hospital's are left for the walkthrough)
        picked = [(w, "xj_wholesaler") for w in await _open_warnings(s, "xj_wholesaler", 5)]
        picked += [(w, "xj_pharmacy") for w in await _open_warnings(s, "xj_pharmacy", 5 - len(picked))]
    if any(p is None for p in who.values()) or len(picked) < 5:
        return 0

    def svc(u: str) -> InquiryService:
        p = who[u]
        assert p is not None
        return InquiryService(UnitOfWork(sessions, p))

    tasks = await svc("xj_admin").create_from_warnings([w for w, _ in picked], "演示：请核实供应情况")
    ids = [t.id for t in tasks]
    # #1 waits for allocation; the rest are allocated to 乌鲁木齐市, #3… dispatched, #4 fed back, #5 closed
    await svc("xj_admin").transition(ids[1:], "allocate", "请乌鲁木齐市医保局下发")
    due = shanghai_today() + timedelta(days=7)
    await svc("wlmq_official").transition(ids[2:], "dispatch", "请在期限内反馈", due_date=due)
    await svc(picked[3][1]).feedback(ids[3], "已联系配送企业补货，预计三日内到货。", [("补货单.pdf", DEMO_PDF)])
    await svc(picked[4][1]).feedback(ids[4], "该药品已于本周到货，库存恢复正常。", [("入库单.pdf", DEMO_PDF)])
    await svc("wlmq_reviewer").transition([ids[4]], "approve", "情况属实，办结")
    return len(ids)
