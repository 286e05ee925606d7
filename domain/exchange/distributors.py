"""Distributor information synchronised through the procurement interface (SUP-03)."""
from __future__ import annotations

from domain.audit.models import snapshot
from domain.divisions.repository import load_tree
from domain.exchange.batches import BATCH, BatchResult, new_batch, replay, require
from domain.exchange.commands import SyncDistributors
from domain.exchange.errors import ExchangeError
from domain.exchange.errors import ExchangeErrorCode as C
from domain.exchange.models import BatchKind
from domain.exchange.repository import ExchangeRepository
from domain.exchange.rules import content_hash, row_error
from domain.exchange.views import BatchView, OrgView, view_of
from domain.identity.models import Organisation, OrgSubtype
from domain.shared.errors import DomainError, ValidationFailed
from domain.shared.scopes import Scope
from domain.shared.uow import UnitOfWork
from domain.supply.codes import check_credit_code


class DistributorService:
    """Distributor information synchronised through the interface (SUP-03)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def sync(self, cmd: SyncDistributors) -> BatchResult:
        """Creates or updates distributors by credit code, all or none; the same batch key again is a no-op."""
        who = self.uow.who
        require(who, Scope.EXCHANGE_SYNC)
        if not cmd.distributors:
            raise ExchangeError("批次中没有配送企业", code=C.EMPTY_BATCH, field=["distributors"])
        digest = content_hash([d.model_dump() for d in cmd.distributors])
        sender = f"U:{who.user_id}"
        async with self.uow as uow:
            repo = uow.repo(ExchangeRepository)
            earlier = await replay(repo, BatchKind.DISTRIBUTOR, sender, cmd.batch_key, digest)
            if earlier is not None:
                return BatchResult(earlier, True)
            tree = await load_tree(uow.session)
            codes = [d.credit_code.strip().upper() for d in cmd.distributors]
            existing = await repo.lock_orgs_by_credit_codes(codes)
            by_code = await repo.orgs_by_codes(codes)
            errors: list[DomainError] = []
            seen: dict[str, int] = {}
            for i, (d, code) in enumerate(zip(cmd.distributors, codes, strict=True)):
                problem = check_credit_code(code)
                if problem is not None:
                    errors.append(row_error("distributors", i, "creditCode", problem.code, problem.message))
                elif code in seen:
                    errors.append(row_error("distributors", i, "creditCode", C.DUPLICATE_ROW,
                                            f"与第 {seen[code] + 1} 行重复（同一统一社会信用代码）"))
                else:
                    seen[code] = i
                    other = existing.get(code) or by_code.get(code)
                    if other is not None and other.subtype != OrgSubtype.DISTRIBUTOR:
                        errors.append(row_error("distributors", i, "creditCode", C.DUPLICATE_CREDIT_CODE,
                                                "该统一社会信用代码已属于其他类型的单位"))
                if tree.get(d.division_code) is None:
                    errors.append(row_error("distributors", i, "divisionCode", C.UNKNOWN_DIVISION,
                                            f"区划代码 {d.division_code} 不存在"))
                elif not who.area.covers(d.division_code):
                    errors.append(row_error("distributors", i, "divisionCode", C.OUT_OF_AREA,
                                            f"区划 {d.division_code} 不在本账号的辖区内"))
                elif (o := existing.get(code)) is not None and not who.area.covers(o.division_code):
                    errors.append(row_error("distributors", i, "creditCode", C.OUT_OF_AREA,
                                            "该配送企业在本账号的辖区外，不能修改"))
            if errors:
                raise ValidationFailed(errors)
            batch = await new_batch(repo, kind=BatchKind.DISTRIBUTOR, sender=sender, batch_key=cmd.batch_key,
                                    content_hash=digest, organisation_id=None, row_count=len(codes),
                                    created_by=who.user_id, summary={})
            counts = {"created": 0, "updated": 0, "unchanged": 0}
            out: list[OrgView] = []
            for d, code in zip(cmd.distributors, codes, strict=True):
                values = {"name": d.name, "division_code": d.division_code, "address": d.address or None,
                          "contact_name": d.contact_name or None, "contact_phone": d.contact_phone or None}
                org = existing.get(code)
                if org is None:
                    org = await repo.add_org(Organisation(
                        code=code, credit_code=code, kind="ENTERPRISE", subtype=OrgSubtype.DISTRIBUTOR, ownership=None,
                        hospital_level=None, **values))
                    counts["created"] += 1
                    uow.record("organisation.sync_create", "Organisation", org.id, label=org.name,
                               division_code=org.division_code,
                               after={**snapshot(org, Organisation.AUDIT_FIELDS), "divisionCode": org.division_code,
                                      "batchId": batch.id})
                else:
                    fields = (*Organisation.AUDIT_FIELDS, "division_code")
                    before = snapshot(org, fields)
                    for k, v in values.items():
                        setattr(org, k, v)
                    after = snapshot(org, fields)
                    if after == before:
                        counts["unchanged"] += 1
                    else:
                        counts["updated"] += 1
                        uow.record("organisation.sync_update", "Organisation", org.id, label=org.name,
                                   division_code=org.division_code, before=before, after={**after, "batchId": batch.id})
                out.append(view_of(OrgView, org))
            batch.summary = counts
            uow.record("distributor.sync", BATCH, batch.id, label=cmd.batch_key, division_code=who.division_code,
                       after=counts)
            await uow.commit()
        return BatchResult(view_of(BatchView, batch), False, out)
