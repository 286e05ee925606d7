"""Use cases of public engagement (PUB-20…26): insured persons report problems, rate institutions and register
purchase needs; bureaus handle the feedback, analyse the needs and set the notice wording; institutions keep their
public information. Each write is one transaction with its audit row."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError

from domain.divisions.models import DivisionTree
from domain.drugs.codes import normalise_code
from domain.drugs.repository import DrugRepository
from domain.engagement.access import EngagementAccess
from domain.engagement.commands import UNSET, PublicInfoPatch, RateInstitution, RegisterNeed, ReportProblem, SetNotice
from domain.engagement.errors import EngagementError
from domain.engagement.errors import EngagementErrorCode as C
from domain.engagement.models import (FEEDBACK_SUBMIT, FEEDBACK_WORKFLOW, NEED_SUBMIT, NEED_WORKFLOW, FeedbackState,
                                      InstitutionRating, NeedState, ProblemType, PublicFeedback, PublicNotice,
                                      PurchaseNeed)
from domain.engagement.repository import (FeedbackRepository, InstitutionRepository, NeedRepository,
                                          NoticeRepository, RatingRepository)
from domain.engagement.views import (FeedbackView, InstitutionPublicInfoView, NeedView, NoticeView, RatingView,
                                     from_entity)
from domain.public.geo import gcj02_to_wgs84
from domain.shared.config import shanghai_today
from domain.shared.errors import ValidationFailed
from domain.shared.principal import Principal
from domain.shared.personal import protect
from domain.shared.scopes import Role
from domain.shared.uow import UnitOfWork
from domain.shared.workflow import WorkflowError

V = TypeVar("V")
FEEDBACK = "PublicFeedback"
RATING = "InstitutionRating"
NEED = "PurchaseNeed"
NOTICE = "PublicNotice"
ORGANISATION = "Organisation"
MAX_DESCRIPTION = 500
MAX_COMMENT = 300
MAX_NOTICE = 300
MAX_INTRO = 500
MAX_RANGE_DAYS = 366
CLIENT_KEY = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
PUBLIC_PHONE = re.compile(r"^[0-9+\-() ]{5,32}$")

DEFAULT_NOTICE = (
    "本平台展示的药品配备与库存信息来自定点医药机构报送的进销存数据，统计口径为机构最近一次报送的库存，可能与实时库存存在差异，"
    "仅供参考，请以机构实际为准。",
    "请遵医嘱合理用药，处方药须凭处方购买；购药前可先电话联系机构确认。发现信息不符，请通过“问题反馈”告诉我们。",
)


def _text(value: str | None, limit: int, field: str, what: str) -> str | None:
    v = (value or "").strip()
    if len(v) > limit:
        raise EngagementError(f"{what}不能超过 {limit} 字", code=C.VALUE_TOO_LONG, field=[field])
    return v or None


def _client_key(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not CLIENT_KEY.match(value):
        raise EngagementError("clientKey 只能是 1～64 位字母、数字或 _ . : -", code=C.INVALID_VALUE, field=["clientKey"])
    return value


def _insured(who: Principal) -> int:
    if who.insured_id is None:
        raise EngagementError("只有参保人可以办理", code=C.FORBIDDEN)
    return who.insured_id


async def _earlier(repo: Any, view: type[V], insured: int, key: str | None) -> V | None:
    """What the same person already sent with this client key (a retried submit), as a read model (it outlives
    the unit, which rolls back on leaving)."""
    if key is None:
        return None
    first = await repo.by_client_key(insured, key)
    return None if first is None else from_entity(view, first)


async def _insert_once(uow: UnitOfWork, repo: Any, view: type[V], insured: int, key: str | None, row: Any) -> V | None:
    """Adds `row`; when a concurrent retry with the same client key won the race, returns that one instead (None
    when `row` was inserted). Any other integrity error propagates."""
    uow.session.add(row)
    try:
        await uow.session.flush()
    except IntegrityError:
        await uow.session.rollback()
        again = await _earlier(repo, view, insured, key)
        if again is not None:
            return again
        raise
    return None


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date


def date_range(start: date | None, end: date | None, default_days: int = 30) -> DateRange:
    """A checked reporting window: at most 366 days, not after today (Asia/Shanghai); default the last 30 days."""
    today = shanghai_today()
    end = end or today
    start = start or end - timedelta(days=default_days - 1)
    if start > end:
        raise EngagementError("开始日期不能晚于结束日期", code=C.RANGE_INVALID, field=["from"])
    if end > today:
        raise EngagementError("结束日期不能晚于今天", code=C.RANGE_INVALID, field=["to"])
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise EngagementError(f"统计区间最长 {MAX_RANGE_DAYS} 天", code=C.RANGE_TOO_LONG, field=["from"])
    return DateRange(start, end)


def notice_for(tree: DivisionTree, configured: dict[str, NoticeView], code: str | None) -> tuple[
        str, str, datetime | None, str | None]:
    """(data calibre, risk reminder, updated at, division it was configured for): the nearest configured notice
    walking up from `code`, or the built-in wording."""
    chain = (code, *tree.ancestors(code)) if code else ()
    for c in chain:
        n = configured.get(c)
        if n is not None:
            return n.data_calibre, n.risk_reminder, n.updated_at, c
    return DEFAULT_NOTICE[0], DEFAULT_NOTICE[1], None, None


class EngagementService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def who(self) -> Principal:
        return self.uow.who

    async def _drug_id(self, uow: UnitOfWork, code: str | None, field: str) -> int | None:
        if not code or not code.strip():
            return None
        drug = await uow.repo(DrugRepository).get_by_code(normalise_code(code.strip())[:23])
        if drug is None:
            raise EngagementError(f"药品编码不存在：{code.strip()[:30]}", code=C.UNKNOWN_DRUG, field=[field])
        return drug.id

    # --- PUB-20 feedback ------------------------------------------------------------------------------

    async def report_problem(self, cmd: ReportProblem) -> FeedbackView:
        """An insured person reports a problem with an institution; the same clientKey returns the first report."""
        insured = _insured(self.who)
        errors: list[EngagementError] = []
        try:
            kind = ProblemType(cmd.problem_type)
        except ValueError:
            raise EngagementError("问题类型无效", code=C.INVALID_VALUE, field=["problemType"]) from None
        key = _client_key(cmd.client_key)
        try:
            description = _text(cmd.description, MAX_DESCRIPTION, "description", "问题描述")
        except EngagementError as e:
            errors.append(e)
            description = None
        if kind == ProblemType.OTHER and not description and not errors:
            errors.append(EngagementError("选择“其他”时请填写问题描述", code=C.REQUIRED, field=["description"]))
        async with self.uow as uow:
            repo = uow.repo(FeedbackRepository)
            first = await _earlier(repo, FeedbackView, insured, key)
            if first is not None:
                return first
            org = await uow.repo(InstitutionRepository).by_code((cmd.institution_code or "").strip())
            if org is None:
                errors.append(EngagementError("定点医药机构不存在", code=C.UNKNOWN_INSTITUTION,
                                              field=["institutionCode"]))
            try:
                drug_id = await self._drug_id(uow, cmd.drug_code, "drugCode")
            except EngagementError as e:
                errors.append(e)
            if errors:
                raise ValidationFailed(list(errors)) if len(errors) > 1 else errors[0]
            assert org is not None
            shown, clear = protect(description)
            row = PublicFeedback(insured_id=insured, institution_id=org.id, division_code=org.division_code,
                                 problem_type=kind.value, description=shown, description_clear=clear,
                                 drug_code_id=drug_id, state=FeedbackState.SUBMITTED, client_key=key)
            again = await _insert_once(uow, repo, FeedbackView, insured, key, row)
            if again is not None:
                return again
            uow.record(FEEDBACK_SUBMIT, FEEDBACK, row.id, label=f"{org.name}·{kind.value}",
                       division_code=org.division_code, after={"state": row.state, "problem_type": kind.value,
                                                               "institution": org.code},
                       opinion=description)
            await uow.commit()
            await uow.session.refresh(row)
            return from_entity(FeedbackView, row)

    # --- PUB-21 handling -----------------------------------------------------------------------------

    async def handle_feedback(self, feedback_id: int, action: str, note: str | None) -> FeedbackView:
        """受理 (start) or 办结 (resolve, with a note) one feedback in the official's area."""
        who = self.who
        async with self.uow as uow:
            repo = uow.repo(FeedbackRepository)
            row = await repo.lock(EngagementAccess.bureau(who), feedback_id)
            if row is None:
                raise EngagementError("反馈不存在", code=C.NOT_FOUND, field=["id"])
            try:
                t = FEEDBACK_WORKFLOW.check(action, row.state, who, {}, note)
            except WorkflowError as e:
                field = ["note"] if e.code in ("OPINION_REQUIRED", "VALUE_TOO_LONG") else e.field
                raise EngagementError(e.message, code=e.code, field=field, details=e.details) from None
            text = (note or "").strip() or None
            now = datetime.now(timezone.utc)
            values: dict[str, Any] = {"started_at": now} if action == "start" else {"handled_at": now}
            if text is not None:
                values["handling_note"], values["handling_note_clear"] = protect(text)
            states = FEEDBACK_WORKFLOW.audit_states(action, row.state)  # before set_state refreshes the row
            await repo.set_state(row.id, t.target, **values)
            uow.record(FEEDBACK_WORKFLOW.action(action), FEEDBACK, row.id, label=row.problem_type,
                       division_code=row.division_code, **states, opinion=text)
            await uow.commit()
            (fresh,) = await repo.get_many(EngagementAccess(None), [row.id])
        assert fresh is not None
        return fresh

    # --- PUB-23 evaluations --------------------------------------------------------------------------

    async def rate(self, cmd: RateInstitution) -> RatingView:
        """One evaluation per insured person, institution and day; the same clientKey returns the first."""
        insured = _insured(self.who)
        key = _client_key(cmd.client_key)
        if not isinstance(cmd.stars, int) or not 1 <= cmd.stars <= 5:
            raise EngagementError("评分须为 1～5 星", code=C.STARS_OUT_OF_RANGE, field=["stars"])
        comment = _text(cmd.comment, MAX_COMMENT, "comment", "评价内容")
        today = shanghai_today()
        async with self.uow as uow:
            repo = uow.repo(RatingRepository)
            first = await _earlier(repo, RatingView, insured, key)
            if first is not None:
                return first
            org = await uow.repo(InstitutionRepository).by_code((cmd.institution_code or "").strip())
            if org is None:
                raise EngagementError("定点医药机构不存在", code=C.UNKNOWN_INSTITUTION, field=["institutionCode"])
            if await repo.of_day(insured, org.id, today) is not None:
                raise EngagementError("今天已评价过该机构，明天可再次评价", code=C.ALREADY_RATED_TODAY,
                                      field=["institutionCode"])
            shown, clear = protect(comment)
            row = InstitutionRating(insured_id=insured, institution_id=org.id, division_code=org.division_code,
                                    stars=cmd.stars, comment=shown, comment_clear=clear, client_key=key,
                                    business_date=today)
            uow.session.add(row)
            try:
                await uow.session.flush()
            except IntegrityError:
                raise EngagementError("今天已评价过该机构，明天可再次评价", code=C.ALREADY_RATED_TODAY,
                                      field=["institutionCode"]) from None
            uow.record("institution_rating.create", RATING, row.id, label=org.name, division_code=org.division_code,
                       after={"stars": cmd.stars, "institution": org.code}, opinion=comment)
            await uow.commit()
            await uow.session.refresh(row)
            return from_entity(RatingView, row)

    # --- PUB-24 public information --------------------------------------------------------------------

    async def update_public_info(self, patch: PublicInfoPatch) -> InstitutionPublicInfoView:
        """An institution's staff change their own institution's public information (coordinates kept WGS-84)."""
        who = self.who
        if who.role != Role.INSTITUTION_STAFF or who.org_id is None:
            raise EngagementError("只有定点医药机构的工作人员可以维护本机构的公开信息", code=C.FORBIDDEN)
        values: dict[str, Any] = {}
        errors: list[EngagementError] = []
        if patch.public_phone is not UNSET:
            phone = (str(patch.public_phone or "")).strip() or None
            if phone is not None and not PUBLIC_PHONE.match(phone):
                errors.append(EngagementError("联系电话格式不正确", code=C.INVALID_PHONE, field=["publicPhone"]))
            values["public_phone"] = phone
        if patch.business_hours is not UNSET:
            try:
                values["business_hours"] = _text(patch.business_hours, 64, "businessHours", "营业时间")  # type: ignore[arg-type]
            except EngagementError as e:
                errors.append(e)
        if patch.intro is not UNSET:
            try:
                values["intro"] = _text(patch.intro, MAX_INTRO, "intro", "机构简介")  # type: ignore[arg-type]
            except EngagementError as e:
                errors.append(e)
        if patch.public_listed is not UNSET:
            if patch.public_listed is None:
                errors.append(EngagementError("请选择是否在公众端展示", code=C.REQUIRED, field=["publicListed"]))
            else:
                values["public_listed"] = bool(patch.public_listed)
        if patch.location is not UNSET:
            if patch.location is None:
                values["lat"] = values["lon"] = None
            else:
                lat, lon, datum = patch.location  # type: ignore[misc]
                if (not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (lat, lon))
                        or not -90 <= lat <= 90 or not -180 <= lon <= 180):
                    errors.append(EngagementError("坐标超出范围：纬度应在 -90～90，经度应在 -180～180",
                                                  code=C.COORDINATES_OUT_OF_RANGE, field=["location"]))
                else:
                    if datum == "GCJ02":
                        lat, lon = gcj02_to_wgs84(lat, lon)
                    values["lat"], values["lon"] = round(lat, 7), round(lon, 7)
        if errors:
            raise ValidationFailed(errors) if len(errors) > 1 else errors[0]
        async with self.uow as uow:
            org = await uow.repo(InstitutionRepository).lock(who.org_id)
            if org is None or org.subtype not in ("HOSPITAL", "PHARMACY"):
                raise EngagementError("本单位不是定点医药机构", code=C.NOT_AN_INSTITUTION)
            before = {k: getattr(org, k) for k in values}
            for k, v in values.items():
                setattr(org, k, v)
            changed = {k: v for k, v in values.items() if before[k] != v}
            if changed:
                uow.record("organisation.public_info", ORGANISATION, org.id, label=org.name,
                           division_code=org.division_code, before={k: before[k] for k in changed}, after=changed)
            await uow.session.flush()
            await uow.commit()
            await uow.session.refresh(org)
            return InstitutionPublicInfoView(org.code, org.name, org.address, org.public_phone, org.business_hours,
                                             org.intro, org.public_listed, org.lat, org.lon, org.updated_at)

    # --- PUB-25 purchase needs -------------------------------------------------------------------------

    async def register_need(self, cmd: RegisterNeed, tree: DivisionTree) -> NeedView:
        """An insured person registers a drug they could not find; the same clientKey returns the first."""
        insured = _insured(self.who)
        key = _client_key(cmd.client_key)
        errors: list[EngagementError] = []

        def check(fn: Any) -> Any:
            try:
                return fn()
            except EngagementError as e:
                errors.append(e)
                return None
        name = check(lambda: _text(cmd.drug_name, 100, "drugName", "药品名称"))
        if not name and not any(e.field == ["drugName"] for e in errors):
            errors.append(EngagementError("请填写药品名称", code=C.REQUIRED, field=["drugName"]))
        spec = check(lambda: _text(cmd.spec, 100, "spec", "规格"))
        maker = check(lambda: _text(cmd.manufacturer, 100, "manufacturer", "生产企业"))
        note = check(lambda: _text(cmd.note, 500, "note", "备注"))
        qty = cmd.quantity
        if qty is not None and (not isinstance(qty, Decimal) or not qty.is_finite() or qty <= 0
                                or qty >= Decimal("1e9") or qty != qty.quantize(Decimal("0.01"))):
            errors.append(EngagementError("数量须为大于 0 的数，最多两位小数", code=C.INVALID_VALUE, field=["quantity"]))
        phone = (cmd.contact_phone or "").strip() or None
        if phone is not None and not PHONE.match(phone):
            errors.append(EngagementError("联系电话格式不正确", code=C.INVALID_PHONE, field=["contactPhone"]))
        division = (cmd.division_code or "").strip() or self.who.division_code
        if not division:
            errors.append(EngagementError("请选择所在地区", code=C.REQUIRED, field=["divisionCode"]))
        elif tree.get(division) is None:
            errors.append(EngagementError("地区代码不存在", code=C.UNKNOWN_DIVISION, field=["divisionCode"]))
        async with self.uow as uow:
            repo = uow.repo(NeedRepository)
            first = await _earlier(repo, NeedView, insured, key)
            if first is not None:
                return first
            drug_id = None
            try:
                drug_id = await self._drug_id(uow, cmd.drug_code, "drugCode")
            except EngagementError as e:
                errors.append(e)
            if errors:
                raise ValidationFailed(errors) if len(errors) > 1 else errors[0]
            assert division is not None
            shown, clear = protect(note)
            row = PurchaseNeed(insured_id=insured, drug_name=name, drug_code_id=drug_id, spec=spec, manufacturer=maker,
                               quantity=qty, division_code=division, note=shown, note_clear=clear, contact_phone=phone,
                               client_key=key, state=NeedState.SUBMITTED, business_date=shanghai_today())
            again = await _insert_once(uow, repo, NeedView, insured, key, row)
            if again is not None:
                return again
            # the phone number is personal data: the audit row keeps only whether one was given
            uow.record(NEED_SUBMIT, NEED, row.id, label=name, division_code=division,
                       after={"state": row.state, "drug_name": name, "quantity": qty, "phone_given": phone is not None})
            await uow.commit()
            await uow.session.refresh(row)
            return from_entity(NeedView, row)

    async def analyse_need(self, need_id: int, note: str | None) -> NeedView:
        """The bureau records its analysis of a purchase need in its area (SUBMITTED → ANALYSED)."""
        who = self.who
        async with self.uow as uow:
            row = await uow.repo(NeedRepository).lock(EngagementAccess.bureau(who), need_id)
            if row is None:
                raise EngagementError("购药需求不存在", code=C.NOT_FOUND, field=["id"])
            try:
                t = NEED_WORKFLOW.check("analyse", row.state, who, {}, note)
            except WorkflowError as e:
                field = ["note"] if e.code in ("OPINION_REQUIRED", "VALUE_TOO_LONG") else e.field
                raise EngagementError(e.message, code=e.code, field=field, details=e.details) from None
            text = (note or "").strip()
            states = NEED_WORKFLOW.audit_states("analyse", row.state)
            row.state, row.analysed_at = t.target, datetime.now(timezone.utc)
            row.analysis_note, row.analysis_note_clear = protect(text)
            uow.record(NEED_WORKFLOW.action("analyse"), NEED, row.id, label=row.drug_name,
                       division_code=row.division_code, **states, opinion=text)
            await uow.session.flush()
            await uow.commit()
            await uow.session.refresh(row)
            return from_entity(NeedView, row)

    # --- PUB-26 notice ---------------------------------------------------------------------------------

    async def set_notice(self, cmd: SetNotice, tree: DivisionTree) -> NoticeView:
        """A region or prefecture bureau sets the notice wording for its division or one below it."""
        who = self.who
        if who.role not in (Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL):
            raise EngagementError("公告由自治区或市州医保局设置", code=C.WRONG_LEVEL)
        code = (cmd.division_code or "").strip()
        if tree.get(code) is None:
            raise EngagementError("区划代码不存在", code=C.UNKNOWN_DIVISION, field=["divisionCode"])
        if not EngagementAccess.bureau(who).covers(code):
            raise EngagementError("只能设置本辖区的公告", code=C.OUT_OF_AREA, field=["divisionCode"])
        errors: list[EngagementError] = []
        texts: dict[str, str] = {}
        for key, field, what in (("data_calibre", "dataCalibre", "数据口径说明"),
                                 ("risk_reminder", "riskReminder", "风险提醒")):
            raw = getattr(cmd, key)
            try:
                v = _text(raw, MAX_NOTICE, field, what)
            except EngagementError as e:
                errors.append(e)
                continue
            if not v:
                errors.append(EngagementError(f"请填写{what}", code=C.REQUIRED, field=[field]))
            else:
                texts[key] = v
        if errors:
            raise ValidationFailed(errors) if len(errors) > 1 else errors[0]
        async with self.uow as uow:
            row = await uow.repo(NoticeRepository).lock(code)
            before = None if row is None else {"data_calibre": row.data_calibre, "risk_reminder": row.risk_reminder}
            if row is None:
                row = PublicNotice(division_code=code, updated_by=who.user_id, **texts)
                uow.session.add(row)
            else:
                row.data_calibre, row.risk_reminder = texts["data_calibre"], texts["risk_reminder"]
                row.updated_by = who.user_id
                row.updated_at = datetime.now(timezone.utc)
            uow.record("public_notice.set", NOTICE, code, label=tree.get(code).name,  # type: ignore[union-attr]
                       division_code=code, before=before, after=texts)
            await uow.session.flush()
            await uow.session.refresh(row)
            await uow.commit()
            await uow.session.refresh(row)
            return from_entity(NoticeView, row)
