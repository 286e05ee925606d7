"""Revealing personal data of public engagement records (the 个人信息查阅 post): a purchase need's contact phone and the
free text whose phone, ID and bank card numbers every reader sees masked (domain.shared.personal). Each reveal needs a
reason and writes its audit row (who, which record and field, why) before the data is returned."""
from __future__ import annotations

from typing import Any

from domain.engagement.access import EngagementAccess
from domain.engagement.errors import EngagementError
from domain.engagement.errors import EngagementErrorCode as C
from domain.engagement.repository import FeedbackRepository, NeedRepository, RatingRepository
from domain.engagement.service import FEEDBACK, NEED, RATING
from domain.shared.principal import Principal
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork

# the free-text fields whose written form a 个人信息查阅 post holder may reveal (entity, column)
REVEALABLE_TEXT = frozenset({(NEED, "note"), (NEED, "analysis_note"), (FEEDBACK, "description"),
                             (FEEDBACK, "handling_note"), (RATING, "comment")})


class RevealService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def who(self) -> Principal:
        return self.uow.who

    def _reveal_reason(self, reason: str | None) -> str:
        """Who may reveal personal data (the 个人信息查阅 post) and the reason they must give."""
        if Scope.PERSONAL_DATA_READ not in self.who.scopes:
            raise EngagementError("没有查看个人信息的权限（需要“个人信息查阅”岗位）", code=C.FORBIDDEN)
        text = (reason or "").strip()
        if not text:
            raise EngagementError("请填写查看原因", code=C.REQUIRED, field=["reason"])
        if len(text) > 100:
            raise EngagementError("查看原因最多 100 个字", code=C.VALUE_TOO_LONG, field=["reason"])
        return text

    async def reveal_need_contact(self, need_id: int, reason: str | None) -> str | None:
        """The unmasked contact phone of a purchase need in the official's area, for calling the person back; the
        read is audited (who, when, which need, why) in its own transaction before the number is returned."""
        who = self.who
        text = self._reveal_reason(reason)
        async with self.uow as uow:
            row = await uow.repo(NeedRepository).get(EngagementAccess.bureau(who), need_id)
            if row is None:
                raise EngagementError("购药需求不存在", code=C.NOT_FOUND, field=["id"])
            uow.record("personal_data.read", NEED, row.id, label=row.drug_name, division_code=row.division_code,
                       after={"field": "contactPhone", "present": row.contact_phone is not None}, opinion=text)
            phone = row.contact_phone
            await uow.commit()
        return phone

    async def reveal_text(self, entity: str, entity_id: int, field: str, reason: str | None) -> str | None:
        """A free-text field of a record in the official's area as it was written, personal data unmasked
        (domain.shared.personal); audited like the contact phone (who, which record and field, why)."""
        who = self.who
        if (entity, field) not in REVEALABLE_TEXT:
            raise EngagementError("该字段不能查看原文", code=C.INVALID_VALUE, field=["field"])
        text = self._reveal_reason(reason)
        access = EngagementAccess.bureau(who)
        async with self.uow as uow:
            row: Any
            if entity == NEED:
                row = await uow.repo(NeedRepository).get(access, entity_id)
            elif entity == FEEDBACK:
                (row,) = await uow.repo(FeedbackRepository).get_many(access, [entity_id])
            else:
                row = await uow.repo(RatingRepository).get(access, entity_id)
            if row is None:
                raise EngagementError("记录不存在", code=C.NOT_FOUND, field=["id"])
            clear = getattr(row, f"{field}_clear")
            uow.record("personal_data.read", entity, entity_id, division_code=row.division_code,
                       after={"field": field, "present": clear is not None}, opinion=text)
            await uow.commit()
        return clear if clear is not None else getattr(row, field)
